/**
 * A record as one line of JSON Lines, written straight into a ByteBuilder: the same bytes as
 * `JSON.stringify(record) + '\n'` encoded as UTF-8, without the JSON text or its UTF-8 copy in between. What an
 * entity shares with the other mentions of its lexicon entry (id, label, subtype, source, rule) is encoded once, keys
 * included, and copied after that; only the mention's own parts (type, text, offsets, date, confidence) are written
 * each time.
 */
import type { Entity } from '../extract.js';
import type { ByteBuilder } from './byte-builder.js';
import { MAX_JSON_BYTES_PER_UNIT, MAX_JSON_NUMBER_BYTES, writeBytes, writeJsonNumber, writeJsonString } from './json-utf8.js';
import { isErrorRecord, type DocumentRecord, type OutputRecord } from './record.js';

const encoder = new TextEncoder();
const ascii = (s: string): Uint8Array => encoder.encode(s);

/** Fields of an entity this writer prints. It prints them in the output contract's order (README), extract.ts's. */
type WrittenEntityField = 'type' | 'text' | 'start' | 'end' | 'id' | 'label' | 'subtype' | 'source' | 'rule' | 'value' | 'grain' | 'hijri' | 'confidence';
/** True only while every field of Entity is printed: a field added to Entity must be added here, in its place. */
type EveryEntityFieldWritten = Exclude<keyof Entity, WrittenEntityField> extends never ? true : false;
/** Does not compile when Entity has a field this writer would leave out. */
export const EVERY_ENTITY_FIELD_WRITTEN: EveryEntityFieldWritten = true;

/** A bound on the fragments remembered: the lexicons' entries fit many times over; a stream of new values cannot grow memory. */
const MAX_REMEMBERED = 100_000;

/** The fields of an entity that come from its lexicon entry or recognizer, and their JSON (`,"id":…,"source":…`). */
interface SharedFields {
  id: string | undefined;
  label: string | undefined;
  subtype: string | undefined;
  source: string;
  rule: string | undefined;
  json: Uint8Array;
}

/** The JSON of the fields between an entity's `end` and `value`, by the entry (or recognizer) they come from. */
class SharedFragments {
  private readonly byKey = new Map<string, SharedFields>();

  of(e: Entity): Uint8Array {
    const key = e.id ?? e.source;
    let shared = this.byKey.get(key);
    // The entry's mentions share these fields, nearly always (a rule may give a subtype of its own): check them all.
    if (shared === undefined || shared.id !== e.id || shared.label !== e.label || shared.subtype !== e.subtype || shared.source !== e.source || shared.rule !== e.rule) {
      if (this.byKey.size >= MAX_REMEMBERED) this.byKey.clear();
      shared = { id: e.id, label: e.label, subtype: e.subtype, source: e.source, rule: e.rule, json: ascii(sharedJson(e)) };
      this.byKey.set(key, shared);
    }
    return shared.json;
  }
}

/** `,"id":…,"label":…,"subtype":…,"source":…,"rule":…`, the fields present, as JSON.stringify writes them. */
function sharedJson(e: Entity): string {
  const field = (key: string, value: string | undefined) => (value === undefined ? '' : `,"${key}":${JSON.stringify(value)}`);
  return field('id', e.id) + field('label', e.label) + field('subtype', e.subtype) + field('source', e.source) + field('rule', e.rule);
}

/** An entity's opening up to its text, by type: `{"type":"PER","text":`. */
class TypeFragments {
  private readonly byType = new Map<string, Uint8Array>();

  of(type: string): Uint8Array {
    let json = this.byType.get(type);
    if (json === undefined) {
      json = ascii(`{"type":${JSON.stringify(type)},"text":`);
      this.byType.set(type, json);
    }
    return json;
  }
}

const KEY = {
  source: ascii('{"source":'),
  id: ascii(',"id":'),
  line: ascii(',"line":'),
  encoding: ascii(',"encoding":'),
  refDate: ascii(',"refDate":'),
  entities: ascii(',"entities":['),
  text: ascii(',"text":'),
  start: ascii(',"start":'),
  end: ascii(',"end":'),
  value: ascii(',"value":'),
  grain: ascii(',"grain":'),
  hijri: ascii(',"hijri":'),
  confidence: ascii(',"confidence":'),
};
const COMMA = 0x2c;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const NEWLINE = 0x0a;
/** The most bytes an entity's keys and punctuation take: every key, the braces, the comma before it. */
const ENTITY_KEYS_MAX = Object.values(KEY).reduce((sum, key) => sum + key.length, 0) + 3;

/** The most bytes `s` takes as a JSON string. */
function jsonStringMax(s: string | undefined): number {
  return s === undefined ? 0 : s.length * MAX_JSON_BYTES_PER_UNIT + 2;
}

/**
 * Writes records as JSON Lines. Keep one for many records (one per thread): what it encodes once serves them all.
 * Keys follow the record's own order (documentRecord's, record.ts), as JSON.stringify would.
 */
export class JsonlRecordWriter {
  private readonly types = new TypeFragments();
  private readonly shared = new SharedFragments();

  write(out: ByteBuilder, r: OutputRecord): void {
    // An error record is rare (a malformed input line): JSON.stringify serves.
    if (isErrorRecord(r)) out.append(JSON.stringify(r) + '\n');
    else this.document(out, r);
  }

  private document(out: ByteBuilder, r: DocumentRecord): void {
    this.head(out, r);
    const entities = r.entities;
    for (let i = 0; i < entities.length; i++) this.entity(out, entities[i], i > 0);
    this.tail(out, r);
  }

  /** The record up to its first entity: `{"source":…,"refDate":…,"entities":[`. */
  private head(out: ByteBuilder, r: DocumentRecord): void {
    // An input record's id is any JSON value; JSON.stringify leaves the key out when the value has no JSON.
    const id = r.id === undefined ? undefined : (JSON.stringify(r.id) as string | undefined);
    const most = ENTITY_KEYS_MAX + jsonStringMax(r.source) + jsonStringMax(id) + MAX_JSON_NUMBER_BYTES + jsonStringMax(r.encoding) + jsonStringMax(r.refDate);
    const buf = out.reserve(most);
    let at = writeBytes(KEY.source, buf, out.length);
    at = writeJsonString(r.source, buf, at);
    if (id !== undefined) {
      at = writeBytes(KEY.id, buf, at);
      // Already JSON: only its UTF-8 is wanted.
      at += encoder.encodeInto(id, buf.subarray(at)).written;
    }
    if (r.line !== undefined) at = writeJsonNumber(r.line, buf, writeBytes(KEY.line, buf, at));
    if (r.encoding !== undefined) at = writeJsonString(r.encoding, buf, writeBytes(KEY.encoding, buf, at));
    at = writeJsonString(r.refDate, buf, writeBytes(KEY.refDate, buf, at));
    out.commit(writeBytes(KEY.entities, buf, at));
  }

  /** The record after its last entity: `]`, the document's text if it has it, `}` and the newline. */
  private tail(out: ByteBuilder, r: DocumentRecord): void {
    const buf = out.reserve(KEY.text.length + jsonStringMax(r.text) + 3);
    let at = out.length;
    buf[at++] = CLOSE_BRACKET;
    if (r.text !== undefined) at = writeJsonString(r.text, buf, writeBytes(KEY.text, buf, at));
    buf[at++] = CLOSE_BRACE;
    buf[at++] = NEWLINE;
    out.commit(at);
  }

  private entity(out: ByteBuilder, e: Entity, afterAnother: boolean): void {
    const opening = this.types.of(e.type);
    const shared = this.shared.of(e);
    const most = ENTITY_KEYS_MAX + opening.length + shared.length + jsonStringMax(e.text) + jsonStringMax(e.value) + jsonStringMax(e.grain) + jsonStringMax(e.hijri) + 3 * MAX_JSON_NUMBER_BYTES;
    const buf = out.reserve(most);
    let at = out.length;
    if (afterAnother) buf[at++] = COMMA;
    at = writeBytes(opening, buf, at);
    at = writeJsonString(e.text, buf, at);
    at = writeJsonNumber(e.start, buf, writeBytes(KEY.start, buf, at));
    at = writeJsonNumber(e.end, buf, writeBytes(KEY.end, buf, at));
    at = writeBytes(shared, buf, at);
    if (e.value !== undefined) at = writeJsonString(e.value, buf, writeBytes(KEY.value, buf, at));
    if (e.grain !== undefined) at = writeJsonString(e.grain, buf, writeBytes(KEY.grain, buf, at));
    if (e.hijri !== undefined) at = writeJsonString(e.hijri, buf, writeBytes(KEY.hijri, buf, at));
    at = writeJsonNumber(e.confidence, buf, writeBytes(KEY.confidence, buf, at));
    buf[at++] = CLOSE_BRACE;
    out.commit(at);
  }
}
