/**
 * Bytes -> text. Never silent garbage: UTF-8 is strict and an invalid sequence is an error naming its byte offset,
 * unless the bytes are clearly Arabic in windows-1256 or ISO-8859-6, or the caller forces an encoding (then the
 * decode is lossy: U+FFFD for what does not decode).
 *
 * Order: a BOM decides (UTF-8, UTF-16 LE/BE; strict); UTF-16 without a BOM (NULs on every other byte); valid UTF-8;
 * windows-1256 / ISO-8859-6 by Arabic byte statistics; otherwise DecodeError("invalid UTF-8 at byte N").
 * Use `isBinary` (binary.ts) first: NUL bytes are valid UTF-8, so decode alone does not refuse binary files.
 */
import { TextDecoder } from 'node:util';
import { utf8SequenceAt } from './utf8.js';
import { bomOf, detectArabicSingleByte, detectUtf16, type ArabicSingleByte, type Utf16Encoding } from './detect.js';

export class DecodeError extends Error {
  /** Byte offset of the problem in the input, when there is one. */
  readonly offset: number | undefined;
  constructor(message: string, offset?: number) {
    super(message);
    this.name = 'DecodeError';
    this.offset = offset;
  }
}

/** The encodings decode detects by itself; a forced encoding may be any label TextDecoder accepts. */
export type DetectedEncoding = 'utf-8' | Utf16Encoding | ArabicSingleByte;

export interface Decoded {
  text: string;
  /** The WHATWG name of the encoding used: 'utf-8', 'utf-16le', 'utf-16be', 'windows-1256', 'iso-8859-6', … */
  encoding: string;
}

export interface DecodeOptions {
  /**
   * Force this encoding (any label TextDecoder accepts: 'windows-1256', 'cp1256', 'iso-8859-6', 'latin1', …):
   * no detection, and a lossy decode (U+FFFD replaces what does not decode). An unknown label is a DecodeError.
   */
  encoding?: string;
}

/** Byte offset of the first invalid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const length = utf8SequenceAt(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return -1;
}

/** Byte offset (from the start of `bytes`) of the first unpaired surrogate or odd trailing byte in UTF-16, or -1. */
export function firstInvalidUtf16(bytes: Uint8Array, littleEndian: boolean): number {
  const units = Math.floor(bytes.length / 2);
  for (let u = 0; u < units; u++) {
    const unit = littleEndian ? bytes[2 * u] | (bytes[2 * u + 1] << 8) : (bytes[2 * u] << 8) | bytes[2 * u + 1];
    if (unit >= 0xdc00 && unit <= 0xdfff) return 2 * u;
    if (unit >= 0xd800 && unit <= 0xdbff) {
      if (u + 1 >= units) return 2 * u;
      const next = littleEndian ? bytes[2 * u + 2] | (bytes[2 * u + 3] << 8) : (bytes[2 * u + 2] << 8) | bytes[2 * u + 3];
      if (next < 0xdc00 || next > 0xdfff) return 2 * u;
      u++;
    }
  }
  return bytes.length % 2 === 0 ? -1 : bytes.length - 1;
}

/** The WHATWG name TextDecoder uses for a label ('cp1256' -> 'windows-1256', 'latin1' -> 'windows-1252'), or undefined. */
export function canonicalEncoding(label: string): string | undefined {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
}

/** A TextDecoder for a label, or a DecodeError naming the label. */
export function decoderFor(label: string, options: { fatal?: boolean; ignoreBOM?: boolean } = {}): TextDecoder {
  try {
    return new TextDecoder(label, options);
  } catch {
    throw new DecodeError(`unknown encoding "${label}" (expected a label such as utf-8, utf-16le, windows-1256, iso-8859-6)`);
  }
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true });
const utf16leStrict = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true });
const utf16beStrict = new TextDecoder('utf-16be', { fatal: true, ignoreBOM: true });

/**
 * TextDecoder.decode, or undefined when it fails. It fails on invalid data (fatal decoders) and also on inputs too
 * large for one string (ERR_STRING_TOO_LONG; a TypeError "not valid" from ICU above 256 MiB of UTF-16): callers
 * tell the two apart by looking for the invalid byte.
 */
function attempt(decoder: TextDecoder, bytes: Uint8Array): string | undefined {
  try {
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
}

/** Bytes that may well be valid but make a string longer than V8 allows (~512 MiB of UTF-16). */
export class TooLargeToDecode extends DecodeError {}

function tooLarge(bytes: Uint8Array): DecodeError {
  return new TooLargeToDecode(`input too large to decode as one string (${bytes.length} bytes)`);
}

function utf16Error(bytes: Uint8Array, start: number, encoding: Utf16Encoding): DecodeError {
  const at = firstInvalidUtf16(bytes.subarray(start), encoding === 'utf-16le');
  if (at < 0) return tooLarge(bytes);
  return new DecodeError(`invalid ${encoding === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE'} at byte ${start + at}`, start + at);
}

export function decode(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  if (options.encoding !== undefined) {
    // Forced: lossy, and TextDecoder drops the BOM of its own encoding (UTF-8, UTF-16) by itself.
    const decoder = decoderFor(options.encoding);
    const text = attempt(decoder, bytes);
    if (text === undefined) throw tooLarge(bytes);
    return { text, encoding: decoder.encoding };
  }
  const bom = bomOf(bytes);
  if (bom !== undefined && bom.encoding !== 'utf-8') {
    const text = attempt(bom.encoding === 'utf-16le' ? utf16leStrict : utf16beStrict, bytes.subarray(bom.length));
    if (text === undefined) throw utf16Error(bytes, bom.length, bom.encoding);
    return { text, encoding: bom.encoding };
  }
  if (bom === undefined) {
    const guess = detectUtf16(bytes);
    if (guess !== undefined) {
      const text = attempt(guess === 'utf-16le' ? utf16leStrict : utf16beStrict, bytes);
      if (text !== undefined) return { text, encoding: guess };
      if (firstInvalidUtf16(bytes, guess === 'utf-16le') < 0) throw tooLarge(bytes);
    }
  }
  // TextDecoder drops a leading UTF-8 BOM by itself.
  const text = attempt(utf8Strict, bytes);
  if (text !== undefined) return { text, encoding: 'utf-8' };
  const at = firstInvalidUtf8(bytes);
  if (at < 0) throw tooLarge(bytes);
  if (bom === undefined) {
    const legacy = detectArabicSingleByte(bytes);
    if (legacy !== undefined) {
      const decoded = attempt(new TextDecoder(legacy), bytes);
      if (decoded === undefined) throw tooLarge(bytes);
      return { text: decoded, encoding: legacy };
    }
  }
  throw new DecodeError(`invalid UTF-8 at byte ${at}`, at);
}
