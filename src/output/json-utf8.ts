/**
 * JSON written straight into UTF-8 bytes, the same bytes as `Buffer.from(JSON.stringify(value))`. JSON Lines output
 * is most of what a long run writes (about 2.5 bytes per byte of news text read), and `JSON.stringify` builds each
 * record as a UTF-16 string (two bytes a character as soon as one Arabic letter is in it) that is then encoded again.
 * Here each character is encoded once, where it ends up.
 *
 * Values written here: plain objects and arrays, strings, numbers, booleans, null; `undefined` (and functions and
 * symbols) are left out of objects and written as null in arrays, as JSON.stringify does. Anything else (an object
 * with another prototype, such as one with `toJSON`, or a BigInt) goes through JSON.stringify itself.
 */

import type { ByteBuilder } from './byte-builder.js';
import type { DocumentMentions, Entity } from '../extract.js';
import type { LexiconEntry } from '../lexicon/types.js';
import type { OutputRecord } from './record.js';

// The value being written, its sink and position: module state because a record is written in one synchronous call,
// and locals of recursive functions would have to be passed and returned at every level.
let sink: ByteBuilder;
let out: Uint8Array;
let pos = 0;

/** Bytes enough for any number, `true`, `false`, `null` or punctuation written between two reservations. */
const SMALL = 32;
/** The most bytes one UTF-16 code unit of a string takes here: a control character as `\u00XX`. */
const MOST_PER_UNIT = 6;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const NEWLINE = 0x0a;

/** JSON's short escapes, by code unit. */
const SHORT_ESCAPES: Readonly<Record<number, number>> = { 0x08: 0x62, 0x09: 0x74, 0x0a: 0x6e, 0x0c: 0x66, 0x0d: 0x72 };
const HEX = '0123456789abcdef';
/** 1 for the ASCII code units JSON escapes: controls, the quote, the backslash. */
const ESCAPED = new Uint8Array(0x80).map((_, c) => (c < 0x20 || c === QUOTE || c === BACKSLASH ? 1 : 0));

/**
 * String.prototype.charCodeAt, called on each string rather than looked up on it: the strings written come in many of
 * V8's representations (keys, slices of a document, lexicon names, numbers' texts), and once a look-up of
 * `s.charCodeAt` has met more than four, it goes through V8's generic look-up at every character. Measured with two
 * workers on 100 MB: in one of them (whichever met the most kinds first) the writer took 23 % of its time instead of
 * 10 %.
 */
const charCodeAt = String.prototype.charCodeAt;

/** Appends `value` as JSON and a line feed. */
export function appendJsonLine(into: ByteBuilder, value: unknown): void {
  appendLine(into, value, false);
}

/**
 * Appends an output record as JSON and a line feed: the same bytes as `appendJsonLine`, its entities written by
 * `writeEntity`. Most of what a long run prints is entities, and most of an entity is the same for every mention of
 * its lexicon entry.
 */
export function appendRecordLine(into: ByteBuilder, record: OutputRecord): void {
  appendLine(into, record, true);
}

/**
 * Appends a document's record with `m` as its entities: the same bytes as `appendRecordLine` of the record whose
 * entities are `entityOf(m, k)` for each k, without those objects and their texts (`record.entities` is not read).
 */
export function appendDocumentLine(into: ByteBuilder, record: OutputRecord, m: DocumentMentions): void {
  mentions = m;
  try {
    appendLine(into, record, true);
  } finally {
    mentions = undefined;
  }
}

/** The mentions `appendDocumentLine` is writing as a record's entities. */
let mentions: DocumentMentions | undefined;

/** `record`: `value` is an output record (see `writeObject`). */
function appendLine(into: ByteBuilder, value: unknown, record: boolean): void {
  const start = into.used;
  sink = into;
  out = into.target;
  pos = start;
  try {
    if (prototypeHasEnumerable()) writeStringified(value);
    else if (record) writeObject(value as Record<string, unknown>, true);
    else if (!writeValue(value)) writeAscii('null');
    room(1);
    out[pos++] = NEWLINE;
    into.used = pos;
  } catch (e) {
    // What JSON.stringify refuses (a BigInt, a cycle) leaves no half-written record behind.
    into.used = start;
    throw e;
  }
}

function room(n: number): void {
  if (pos + n <= out.length) return;
  sink.used = pos;
  sink.reserve(n);
  out = sink.target;
}

/** Writes `value`; false (and nothing written) where JSON.stringify would leave it out. */
function writeValue(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
      writeString(value);
      return true;
    case 'number':
      writeNumber(value);
      return true;
    case 'boolean':
      writeAscii(value ? 'true' : 'false');
      return true;
    case 'object':
      if (value === null) writeAscii('null');
      else if (Array.isArray(value)) writeArray(value);
      else if (isPlain(value)) writeObject(value as Record<string, unknown>);
      else writeStringified(value);
      return true;
    case 'undefined':
    case 'function':
    case 'symbol':
      return false;
    default:
      writeStringified(value);
      return true;
  }
}

/**
 * Whether something made a property of Object.prototype enumerable, which for…in would then give for every plain
 * object as JSON.stringify would not. Checked once a value rather than with a look-up per key.
 */
function prototypeHasEnumerable(): boolean {
  for (const _ in Object.prototype) return true;
  return false;
}

function isPlain(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function writeArray(values: readonly unknown[]): void {
  room(SMALL);
  out[pos++] = 0x5b;
  for (let i = 0; i < values.length; i++) {
    if (i > 0) {
      room(SMALL);
      out[pos++] = COMMA;
    }
    if (!writeValue(values[i])) writeAscii('null');
  }
  room(SMALL);
  out[pos++] = 0x5d;
}

/** `record`: an output record, whose `entities` array is written entity by entity (`writeEntity`). */
function writeObject(object: Record<string, unknown>, record = false): void {
  room(SMALL);
  out[pos++] = 0x7b;
  let first = true;
  for (const key in object) {
    const value = object[key];
    if (value === undefined || typeof value === 'function' || typeof value === 'symbol') continue;
    if (!first) {
      room(SMALL);
      out[pos++] = COMMA;
    }
    first = false;
    writeString(key);
    room(SMALL);
    out[pos++] = COLON;
    if (record && key === 'entities' && mentions !== undefined) writeMentions(mentions);
    else if (record && key === 'entities' && Array.isArray(value)) writeEntities(value as Entity[]);
    else writeValue(value);
  }
  room(SMALL);
  out[pos++] = 0x7d;
}

function writeNumber(n: number): void {
  if (n >= 0 && n <= 0x7fffffff && (n | 0) === n) writeUint(n);
  else writeAscii(numberText(n));
}

/**
 * Numbers other than small whole ones, as JSON writes them, the last few remembered: they are mostly the handful of
 * confidences, and String(n) makes a new string each time.
 */
const recentNumbers: number[] = [];
const recentTexts: string[] = [];
const RECENT_MAX = 8;

function numberText(n: number): string {
  for (let i = 0; i < recentNumbers.length; i++) if (recentNumbers[i] === n) return recentTexts[i];
  const text = Number.isFinite(n) ? String(n) : 'null';
  if (recentNumbers.length === RECENT_MAX) {
    recentNumbers.pop();
    recentTexts.pop();
  }
  recentNumbers.unshift(n);
  recentTexts.unshift(text);
  return text;
}

function writeUint(n: number): void {
  room(SMALL);
  let digits = 1;
  for (let p = 10; p <= n; p *= 10) digits++;
  const o = out;
  const end = pos + digits;
  for (let at = end - 1; at >= pos; at--) {
    o[at] = 0x30 + (n % 10);
    n = (n / 10) | 0;
  }
  pos = end;
}

/** `text`, all of it ASCII that JSON leaves as it is (numbers, literals, JSON.stringify's own output). */
function writeAscii(text: string): void {
  room(text.length + SMALL);
  const o = out;
  let p = pos;
  for (let i = 0; i < text.length; i++) o[p++] = charCodeAt.call(text, i);
  pos = p;
}

function writeStringified(value: unknown): void {
  const json = JSON.stringify(value);
  room(json.length * 3);
  pos += Buffer.from(out.buffer, out.byteOffset, out.length).write(json, pos, 'utf8');
}

function writeString(s: string): void {
  writeStringRange(s, 0, s.length);
}

/** `s.slice(from, to)` as a JSON string, without the slice. */
function writeStringRange(s: string, from: number, to: number): void {
  room((to - from) * MOST_PER_UNIT + 2);
  // The buffer and the position in locals for the loop: module variables would be read and written at every byte.
  const o = out;
  let p = pos;
  o[p++] = QUOTE;
  for (let i = from; i < to; i++) {
    const c = charCodeAt.call(s, i);
    if (c < 0x80) {
      if (ESCAPED[c] === 0) o[p++] = c;
      else p = writeEscape(o, p, c);
    } else if (c < 0x800) {
      o[p++] = 0xc0 | (c >> 6);
      o[p++] = 0x80 | (c & 0x3f);
    } else if (c < 0xd800 || c > 0xdfff) {
      o[p++] = 0xe0 | (c >> 12);
      o[p++] = 0x80 | ((c >> 6) & 0x3f);
      o[p++] = 0x80 | (c & 0x3f);
    } else {
      // A high surrogate ending the range is lone there, as at the end of a slice.
      const next = i + 1 < to ? charCodeAt.call(s, i + 1) : 0;
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        const cp = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
        o[p++] = 0xf0 | (cp >> 18);
        o[p++] = 0x80 | ((cp >> 12) & 0x3f);
        o[p++] = 0x80 | ((cp >> 6) & 0x3f);
        o[p++] = 0x80 | (cp & 0x3f);
        i++;
      } else {
        // A lone surrogate: JSON.stringify writes it as an escape, as it does control characters.
        p = writeEscape(o, p, c);
      }
    }
  }
  o[p++] = QUOTE;
  pos = p;
}

/** `c` escaped as JSON.stringify escapes it, at `p` in `o` (`writeString` reserved room for it); the next position. */
function writeEscape(o: Uint8Array, p: number, c: number): number {
  o[p++] = BACKSLASH;
  const short = SHORT_ESCAPES[c];
  if (c === QUOTE || c === BACKSLASH) o[p++] = c;
  else if (short !== undefined) o[p++] = short;
  else {
    o[p++] = 0x75;
    for (let shift = 12; shift >= 0; shift -= 4) o[p++] = HEX.charCodeAt((c >> shift) & 0xf);
  }
  return p;
}

function writeEntities(entities: readonly Entity[]): void {
  room(SMALL);
  out[pos++] = 0x5b;
  for (let i = 0; i < entities.length; i++) {
    if (i > 0) {
      room(SMALL);
      out[pos++] = COMMA;
    }
    writeEntity(entities[i]);
  }
  room(SMALL);
  out[pos++] = 0x5d;
}

/**
 * An entity as JSON.stringify writes one made by extract.ts: its fields in the order of the output contract, an
 * absent or undefined field left out. The parts that repeat (keys, type, source, rule, grain, and a lexicon entry's
 * id, label and subtype) are encoded once and copied.
 */
function writeEntity(e: Entity): void {
  writeBytes(fragment(typeFragments, e.type, TYPE_FRAGMENT));
  writeString(e.text);
  writeBytes(START_KEY);
  writeNumber(e.start);
  writeBytes(END_KEY);
  writeNumber(e.end);
  if (e.id !== undefined) writeBytes(entryFragment(e));
  else {
    if (e.label !== undefined) writeField(',"label":', e.label);
    if (e.subtype !== undefined) writeField(',"subtype":', e.subtype);
  }
  writeEntityEnd(e.source, e.rule, e.value, e.grain, e.hijri, e.confidence);
}

/**
 * An entity's fields from `source` on, and its closing brace. Values rather than the entity: an entity and a
 * candidate (writeMention) have these fields, and either kind of object reaching one function would make its reads
 * polymorphic.
 */
function writeEntityEnd(source: string, rule: string | undefined, value: string | undefined, grain: string | undefined, hijri: string | undefined, confidence: number): void {
  writeBytes(fragment(sourceFragments, source, SOURCE_FRAGMENT));
  if (rule !== undefined) writeBytes(fragment(ruleFragments, rule, RULE_FRAGMENT));
  if (value !== undefined) writeField(',"value":', value);
  if (grain !== undefined) writeBytes(fragment(grainFragments, grain, GRAIN_FRAGMENT));
  if (hijri !== undefined) writeField(',"hijri":', hijri);
  writeBytes(CONFIDENCE_KEY);
  if (!writeValue(confidence)) writeAscii('null');
  room(1);
  out[pos++] = 0x7d;
}

const utf8 = (text: string): Uint8Array => Buffer.from(text, 'utf8');
const START_KEY = utf8(',"start":');
const END_KEY = utf8(',"end":');
const CONFIDENCE_KEY = utf8(',"confidence":');
const TYPE_FRAGMENT = (type: string) => `{"type":${JSON.stringify(type)},"text":`;
const SOURCE_FRAGMENT = (source: string) => `,"source":${JSON.stringify(source)}`;
const RULE_FRAGMENT = (rule: string) => `,"rule":${JSON.stringify(rule)}`;
const GRAIN_FRAGMENT = (grain: string) => `,"grain":${JSON.stringify(grain)}`;

/** Encoded fragments by the value they write; each map holds the few values of one field (at most FRAGMENTS_MAX). */
const typeFragments = new Map<string, Uint8Array>();
const sourceFragments = new Map<string, Uint8Array>();
const ruleFragments = new Map<string, Uint8Array>();
const grainFragments = new Map<string, Uint8Array>();
const FRAGMENTS_MAX = 1024;

function fragment(cache: Map<string, Uint8Array>, value: string, json: (value: string) => string): Uint8Array {
  let bytes = cache.get(value);
  if (bytes === undefined) {
    bytes = utf8(json(value));
    if (cache.size >= FRAGMENTS_MAX) cache.clear();
    cache.set(value, bytes);
  }
  return bytes;
}

/** The id, label and subtype of an entity linked to a lexicon entry, by id: checked against the entity's own. */
interface EntryFragment {
  label: string | undefined;
  subtype: string | undefined;
  bytes: Uint8Array;
}
const entryFragments = new Map<string, EntryFragment>();
/** More than the lexicons' entries: a run that links every entry keeps them all. */
const ENTRY_FRAGMENTS_MAX = 1 << 16;

function entryFragment(e: Entity): Uint8Array {
  const id = e.id!;
  let f = entryFragments.get(id);
  if (f === undefined || f.label !== e.label || f.subtype !== e.subtype) {
    f = linkFragment(id, e.label, e.subtype);
    if (entryFragments.size >= ENTRY_FRAGMENTS_MAX) entryFragments.clear();
    entryFragments.set(id, f);
  }
  return f.bytes;
}

function linkFragment(id: string, label: string | undefined, subtype: string | undefined): EntryFragment {
  let json = `,"id":${JSON.stringify(id)}`;
  if (label !== undefined) json += `,"label":${JSON.stringify(label)}`;
  if (subtype !== undefined) json += `,"subtype":${JSON.stringify(subtype)}`;
  return { label, subtype, bytes: utf8(json) };
}

/**
 * The same fragments for mentions, by entry index in each lexicon's entries (a model's, kept as long as it is): an
 * array look-up rather than a map's by id, and no look-up of the entry itself once its fragment is made, unless the
 * entry has no subtype of its own (the candidate's then counts, and may differ from one mention to the next).
 */
interface LinkFragment {
  /** The entry has a subtype: the fragment is the same for every mention of it. */
  fixed: boolean;
  subtype: string | undefined;
  bytes: Uint8Array;
}
const linkFragments = new WeakMap<readonly LexiconEntry[], Array<LinkFragment | undefined>>();

function writeMentions(m: DocumentMentions): void {
  let links = linkFragments.get(m.entries);
  if (links === undefined) {
    links = [];
    linkFragments.set(m.entries, links);
  }
  room(SMALL);
  out[pos++] = 0x5b;
  for (let k = 0; k < m.candidates.length; k++) {
    if (k > 0) {
      room(SMALL);
      out[pos++] = COMMA;
    }
    writeMention(m, k, links);
  }
  room(SMALL);
  out[pos++] = 0x5d;
}

/** Mention k as `writeEntity` writes `entityOf(m, k)`. */
function writeMention(m: DocumentMentions, k: number, links: Array<LinkFragment | undefined>): void {
  const c = m.candidates[k];
  const start = m.starts[k];
  const end = m.ends[k];
  writeBytes(fragment(typeFragments, c.type, TYPE_FRAGMENT));
  writeStringRange(m.text, start, end);
  writeBytes(START_KEY);
  writeNumber(start);
  writeBytes(END_KEY);
  writeNumber(end);
  // As entityOf: the entry's id and label, and its subtype, else the candidate's, left out when empty.
  if (c.entry !== undefined) {
    let f = links[c.entry];
    if (f === undefined || (!f.fixed && f.subtype !== (c.subtype || undefined))) {
      const entry = m.entries[c.entry];
      const subtype = entry.subtype || c.subtype || undefined;
      f = links[c.entry] = { fixed: Boolean(entry.subtype), subtype, bytes: linkFragment(entry.id, entry.en, subtype).bytes };
    }
    writeBytes(f.bytes);
  } else if (c.subtype) writeField(',"subtype":', c.subtype);
  writeEntityEnd(c.source, c.rule, c.value, c.grain, c.hijri, c.confidence);
}

/** `key` (a JSON fragment such as `,"value":`, ASCII) and the string `value`. */
function writeField(key: string, value: string): void {
  writeAscii(key);
  writeString(value);
}

function writeBytes(bytes: Uint8Array): void {
  room(bytes.length);
  out.set(bytes, pos);
  pos += bytes.length;
}
