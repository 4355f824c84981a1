import { endianness } from 'node:os';
import { compileCharmap, DELETE, MULTI, type CompiledCharmap } from './charmap.js';

export interface Normalized {
  /** The text the matcher sees. */
  text: string;
  /**
   * `toOriginal[i]` is the index in the original text of the character that produced normalized character `i`;
   * `toOriginal[text.length]` is the original length. Several normalized characters may share one original
   * index (a ligature expands), and original characters that were deleted have no normalized index.
   */
  toOriginal: Uint32Array;
}

let defaultMap: CompiledCharmap | undefined;
function charmap(): CompiledCharmap {
  return (defaultMap ??= compileCharmap());
}

/**
 * UTF-16 code units -> string, keeping lone surrogates as they are (a decoder would replace them). Node decodes
 * `utf16le` bytes by copying the code units as they are, which is many times faster than `String.fromCharCode` on
 * chunks; the bytes of a Uint16Array are little-endian only on a little-endian machine.
 */
function fromCodeUnits(units: Uint16Array): string {
  if (LITTLE_ENDIAN) return Buffer.from(units.buffer, units.byteOffset, units.byteLength).toString('utf16le');
  const CHUNK = 8192;
  const parts: string[] = [];
  for (let i = 0; i < units.length; i += CHUNK) {
    parts.push(String.fromCharCode.apply(null, units.subarray(i, i + CHUNK) as unknown as number[]));
  }
  return parts.join('');
}

const LITTLE_ENDIAN = endianness() === 'LE';

/**
 * Work buffers kept from one document to the next: making a typed array (zeroed memory) costs more per document
 * than filling it. A document longer than SCRATCH_MAX gets buffers of its own, so that one huge input does not stay
 * in memory.
 */
class Scratch {
  out = new Uint16Array(0);
  toOriginal = new Uint32Array(0);

  /** Buffers for a text of `len` characters: these, grown if need be, or new ones past SCRATCH_MAX. */
  reserve(len: number): Scratch {
    if (len + 16 > SCRATCH_MAX) {
      const own = new Scratch();
      own.out = new Uint16Array(len + 16);
      own.toOriginal = new Uint32Array(len + 17);
      return own;
    }
    if (this.out.length < len + 16) {
      this.out = new Uint16Array(Math.min(SCRATCH_MAX, Math.max(len + 16, 2 * this.out.length)));
      this.toOriginal = new Uint32Array(this.out.length + 1);
    }
    return this;
  }
}

const SCRATCH_MAX = 1 << 20;
/** normalize's buffers; its result is copied out of them. */
const copied = new Scratch();
/** normalizeBorrowed's own: its offset map is lent from them until its next call. */
const lent = new Scratch();

/** The normalized text and its offset map, `toOriginal` holding `length + 1` offsets from its start. */
interface Filled {
  text: string;
  toOriginal: Uint32Array;
  length: number;
}

function fill(original: string, map: CompiledCharmap, scratch: Scratch): Filled {
  const len = original.length;
  const { single, multi } = map;
  let { out, toOriginal } = scratch.reserve(len);
  let k = 0;
  for (let i = 0; i < len; i++) {
    const c = original.charCodeAt(i);
    const m = single[c];
    if (m === 0) {
      out[k] = c;
      toOriginal[k++] = i;
    } else if (m === DELETE) {
      continue;
    } else if (m === MULTI) {
      const rep = multi.get(c)!;
      if (k + rep.length + 1 >= out.length) {
        const grow = Math.max(out.length * 2, k + rep.length + 16);
        const o2 = new Uint16Array(grow);
        o2.set(out);
        out = o2;
        const t2 = new Uint32Array(grow + 1);
        t2.set(toOriginal);
        toOriginal = t2;
      }
      for (let j = 0; j < rep.length; j++) {
        out[k] = rep.charCodeAt(j);
        toOriginal[k++] = i;
      }
    } else {
      out[k] = m;
      toOriginal[k++] = i;
    }
    if (k >= out.length - 1) {
      const o2 = new Uint16Array(out.length * 2);
      o2.set(out);
      out = o2;
      const t2 = new Uint32Array(out.length + 1);
      t2.set(toOriginal);
      toOriginal = t2;
    }
  }
  toOriginal[k] = len;
  return { text: fromCodeUnits(out.subarray(0, k)), toOriginal, length: k };
}

export function normalize(original: string, map: CompiledCharmap = charmap()): Normalized {
  const filled = fill(original, map, copied);
  return { text: filled.text, toOriginal: filled.toOriginal.slice(0, filled.length + 1) };
}

/**
 * As `normalize`, but the offset map is a view into work buffers that the next call of this function overwrites:
 * for a caller that is done with it by then (extractDocument, which returns original offsets), and is spared a
 * copy of four bytes per character. `normalize` has buffers of its own, so calling it meanwhile changes nothing.
 */
export function normalizeBorrowed(original: string, map: CompiledCharmap = charmap()): Normalized {
  const filled = fill(original, map, lent);
  return { text: filled.text, toOriginal: filled.toOriginal.subarray(0, filled.length + 1) };
}

/**
 * The normalized text alone, without the offset map: for short strings such as lexicon forms, where building the
 * map would cost more than the work itself.
 */
export function normalizeText(original: string, map: CompiledCharmap = charmap()): string {
  const { single, multi } = map;
  let i = 0;
  while (i < original.length && single[original.charCodeAt(i)] === 0) i++;
  if (i === original.length) return original;
  let out = original.slice(0, i);
  for (; i < original.length; i++) {
    const c = original.charCodeAt(i);
    const m = single[c];
    if (m === 0) out += original[i];
    else if (m === MULTI) out += multi.get(c)!;
    else if (m !== DELETE) out += String.fromCharCode(m);
  }
  return out;
}

/** Original start offset of the normalized position `start`. */
export function originalStart(n: Normalized, start: number): number {
  return n.toOriginal[start];
}

/**
 * Original end offset of a span ending at normalized position `end`: just after the source character of the last
 * normalized character, extended over the marks and tatweel that belong to it (so `غداً` keeps its tanween).
 */
export function originalEnd(original: string, n: Normalized, end: number, map: CompiledCharmap = charmap()): number {
  if (end <= 0) return n.toOriginal[0] ?? 0;
  let pos = n.toOriginal[end - 1];
  const c = original.charCodeAt(pos);
  pos += c >= 0xd800 && c <= 0xdbff && pos + 1 < original.length ? 2 : 1;
  while (pos < original.length && map.attached[original.charCodeAt(pos)] === 1) pos++;
  return pos;
}
