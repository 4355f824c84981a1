/**
 * Byte fixtures built in code, never hand-typed: UTF-8 through TextEncoder, UTF-16 from the string's code units, and
 * single-byte code pages from a table derived at test time by decoding all 256 bytes with TextDecoder and inverting.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

export const BOM_UTF8 = utf8('\uFEFF');

/** UTF-16 code units of `s` as bytes, little- or big-endian, optionally after a BOM (U+FEFF in that byte order). */
export function utf16(s: string, littleEndian: boolean, bom = false): Uint8Array {
  const text = bom ? '\uFEFF' + s : s;
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    out[2 * i + (littleEndian ? 0 : 1)] = unit & 0xff;
    out[2 * i + (littleEndian ? 1 : 0)] = unit >> 8;
  }
  return out;
}

/** Character -> byte for a single-byte code page, from decoding each of the 256 bytes (unassigned bytes skipped). */
const tables = new Map<string, Map<string, number>>();

export function codePageTable(label: string): Map<string, number> {
  const cached = tables.get(label);
  if (cached) return cached;
  const decoder = new TextDecoder(label);
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) {
    const ch = decoder.decode(Uint8Array.of(b));
    if (ch !== '\uFFFD' && !table.has(ch)) table.set(ch, b);
  }
  tables.set(label, table);
  return table;
}

/** `s` encoded in a single-byte code page; throws on a character the code page lacks. */
export function encodeCodePage(s: string, label: string): Uint8Array {
  const table = codePageTable(label);
  return Uint8Array.from(Array.from(s, (ch) => {
    const b = table.get(ch);
    if (b === undefined) throw new Error(`${label} has no byte for U+${ch.codePointAt(0)!.toString(16).toUpperCase()}`);
    return b;
  }));
}

export const concatBytes = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

/** The seed news article (UTF-8): a real Arabic paragraph with diacritics, ، and ؟, digits and ASCII quotes. */
export const ARTICLE = readFileSync(fileURLToPath(new URL('../../fixtures/news/000_c4aff9e3ec424988.txt', import.meta.url)), 'utf8');

/** A short paragraph, written for these tests, using only characters both Arabic code pages have. */
export const PARAGRAPH =
  'قالت وزارة الخارجية المصرية في بيان صدر يوم الأحد إن الوزير التقى نظيره الأردني في عمّان، ' +
  'وبحث الجانبان تطورات الأوضاع في المنطقة وسبل تعزيز التعاون الاقتصادي بين البلدين؟ ' +
  'وأكد الطرفان أهمية التنسيق المشترك.\n';

/** Western European prose, for "Latin-1 is not Arabic". */
export const LATIN =
  'El niño comió más jamón en España, también café. Crème brûlée à la française, naïve façade, ' +
  'Müller läuft über die Straße, größer und schöner; São João, coração; Ångström, smörgåsbord.\n';
