/**
 * JSON values written straight into a byte buffer as UTF-8, byte for byte what `JSON.stringify` followed by UTF-8
 * encoding gives: printing a record this way builds no intermediate strings (JSON.stringify's text, then its UTF-8
 * copy), which on the CLI's JSON Lines path cost more than the rest of the printing.
 */

/** The most bytes a UTF-16 code unit takes in a JSON string: a control character or lone surrogate as `\uXXXX`. */
export const MAX_JSON_BYTES_PER_UNIT = 6;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const HEX_DIGITS = '0123456789abcdef';

/** The letter after the backslash for the control characters JSON.stringify escapes by name (\b \t \n \f \r), or 0. */
const SHORT_ESCAPE = new Uint8Array(0x20);
SHORT_ESCAPE[0x08] = 0x62; // b
SHORT_ESCAPE[0x09] = 0x74; // t
SHORT_ESCAPE[0x0a] = 0x6e; // n
SHORT_ESCAPE[0x0c] = 0x66; // f
SHORT_ESCAPE[0x0d] = 0x72; // r

/**
 * Writes `s` as a quoted JSON string at `at` and returns the offset after it. The caller guarantees room for
 * `s.length * MAX_JSON_BYTES_PER_UNIT + 2` bytes. Escapes exactly as JSON.stringify: `"` and `\`, control characters
 * (by name where JSON has one, else `\u00xx`), and lone surrogates (`\udxxx`, lowercase hex); a surrogate pair is one
 * character of four bytes.
 */
export function writeJsonString(s: string, buf: Uint8Array, at: number): number {
  let u = at;
  buf[u++] = QUOTE;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 0x20 && c !== QUOTE && c !== BACKSLASH) buf[u++] = c;
      else u = writeAsciiEscape(c, buf, u);
    } else if (c < 0x800) {
      buf[u++] = 0xc0 | (c >> 6);
      buf[u++] = 0x80 | (c & 0x3f);
    } else if (c < 0xd800 || c > 0xdfff) {
      buf[u++] = 0xe0 | (c >> 12);
      buf[u++] = 0x80 | ((c >> 6) & 0x3f);
      buf[u++] = 0x80 | (c & 0x3f);
    } else {
      const next = i + 1 < n ? s.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        u = writeAstral(0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00), buf, u);
        i++;
      } else {
        u = writeUnicodeEscape(c, buf, u);
      }
    }
  }
  buf[u++] = QUOTE;
  return u;
}

/** `"` and `\` after a backslash; a control character by its short name or as `\u00xx`. */
function writeAsciiEscape(c: number, buf: Uint8Array, at: number): number {
  if (c === QUOTE || c === BACKSLASH) {
    buf[at] = BACKSLASH;
    buf[at + 1] = c;
    return at + 2;
  }
  const short = SHORT_ESCAPE[c];
  if (short !== 0) {
    buf[at] = BACKSLASH;
    buf[at + 1] = short;
    return at + 2;
  }
  return writeUnicodeEscape(c, buf, at);
}

/** `\uxxxx`, lowercase hex as JSON.stringify writes it. */
function writeUnicodeEscape(c: number, buf: Uint8Array, at: number): number {
  buf[at] = BACKSLASH;
  buf[at + 1] = 0x75; // u
  buf[at + 2] = HEX_DIGITS.charCodeAt(c >> 12);
  buf[at + 3] = HEX_DIGITS.charCodeAt((c >> 8) & 0xf);
  buf[at + 4] = HEX_DIGITS.charCodeAt((c >> 4) & 0xf);
  buf[at + 5] = HEX_DIGITS.charCodeAt(c & 0xf);
  return at + 6;
}

/** A code point above U+FFFF (from a surrogate pair) in four bytes. */
function writeAstral(cp: number, buf: Uint8Array, at: number): number {
  buf[at] = 0xf0 | (cp >> 18);
  buf[at + 1] = 0x80 | ((cp >> 12) & 0x3f);
  buf[at + 2] = 0x80 | ((cp >> 6) & 0x3f);
  buf[at + 3] = 0x80 | (cp & 0x3f);
  return at + 4;
}

/** The most bytes `writeJsonNumber` writes (`String` of a double is at most 24 characters, e.g. -1.2345678901234567e-300). */
export const MAX_JSON_NUMBER_BYTES = 25;

/** Writes a number as JSON.stringify does (`null` when not finite) and returns the offset after it. */
export function writeJsonNumber(x: number, buf: Uint8Array, at: number): number {
  // Offsets and line numbers: digits without a string. (-0 passes too, and JSON.stringify writes it as 0.)
  if ((x | 0) === x && x >= 0) return writeSmallInteger(x, buf, at);
  // Other numbers (confidences) as String writes them: V8 keeps recent numbers' strings, so this allocates little.
  const text = Number.isFinite(x) ? String(x) : 'null';
  for (let i = 0; i < text.length; i++) buf[at + i] = text.charCodeAt(i);
  return at + text.length;
}

/** A non-negative integer below 2^31 in decimal. */
function writeSmallInteger(x: number, buf: Uint8Array, at: number): number {
  let digits = 1;
  for (let rest = x; rest >= 10; rest = (rest / 10) | 0) digits++;
  let rest = x;
  for (let i = at + digits - 1; i >= at; i--) {
    buf[i] = 0x30 + (rest % 10);
    rest = (rest / 10) | 0;
  }
  return at + digits;
}

/** Copies bytes already encoded (a constant piece of output) to `at`; returns the offset after them. */
export function writeBytes(bytes: Uint8Array, buf: Uint8Array, at: number): number {
  // Pieces are short (a JSON key, a lexicon entry's fields): a loop costs less than set()'s call.
  const n = bytes.length;
  for (let i = 0; i < n; i++) buf[at + i] = bytes[i];
  return at + n;
}
