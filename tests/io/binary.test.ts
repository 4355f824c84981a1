import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { binaryReason, isBinary, magicType } from '../../src/io/binary.js';
import { ARTICLE, BOM_UTF8, PARAGRAPH, concatBytes, encodeCodePage, utf16, utf8 } from './encode.js';

/** A header from a signature written as text and byte values, followed by filler like the rest of such a file. */
function file(...parts: Array<string | number>): Uint8Array {
  const bytes: number[] = [];
  for (const p of parts) {
    if (typeof p === 'number') bytes.push(p);
    else bytes.push(...utf8(p));
  }
  return concatBytes(Uint8Array.from(bytes), utf8(' some more bytes of the format follow here '));
}

describe('isBinary: known formats', () => {
  const cases: Array<[string, Uint8Array]> = [
    ['PNG image', file(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a)],
    ['JPEG image', file(0xff, 0xd8, 0xff, 0xe0)],
    ['GIF image', file('GIF89a')],
    ['PDF document', file('%PDF-1.7\n')],
    ['ZIP archive (also DOCX, XLSX, EPUB, JAR)', file('PK', 0x03, 0x04, 0x14)],
    ['GZIP archive', file(0x1f, 0x8b, 0x08)],
    ['ELF executable', file(0x7f, 'ELF', 0x02, 0x01)],
    ['WebP image', file('RIFF', 0x24, 0x10, 0x01, 0x02, 'WEBPVP8 ')],
    ['BZIP2 archive', file('BZh91AY&SY')],
  ];
  for (const [name, bytes] of cases) {
    it(`${name}`, () => {
      expect(magicType(bytes)).toBe(name);
      expect(isBinary(bytes)).toBe(true);
    });
  }

  it('text that merely starts with the letters of a signature is text', () => {
    for (const s of ['MZ was here', 'BM is a bank', 'BZh is not bzip2', 'PK fire', 'RIFF raff', 'ID3 tags']) {
      expect(isBinary(utf8(s))).toBe(false);
    }
  });
});

describe('isBinary: statistics', () => {
  it('Arabic text is not binary, in any of the encodings decode reads', () => {
    for (const bytes of [
      utf8(ARTICLE),
      concatBytes(BOM_UTF8, utf8(PARAGRAPH)),
      utf16(ARTICLE, true, true),
      utf16(ARTICLE, false, true),
      utf16(PARAGRAPH, true),
      utf16(PARAGRAPH, false),
      encodeCodePage(ARTICLE, 'windows-1256'),
      encodeCodePage(ARTICLE, 'iso-8859-6'),
    ]) {
      expect(binaryReason(bytes)).toBeUndefined();
    }
  });

  it('empty and whitespace-only input is text', () => {
    expect(isBinary(new Uint8Array(0))).toBe(false);
    expect(isBinary(utf8(' \r\n\t\f\v'))).toBe(false);
  });

  it('a NUL byte outside UTF-16 makes binary', () => {
    expect(binaryReason(concatBytes(utf8(PARAGRAPH), Uint8Array.of(0), utf8(PARAGRAPH)))).toBe('NUL bytes');
    // Far beyond the first 8 KB as well, when the whole input is passed.
    expect(binaryReason(concatBytes(utf8(ARTICLE.repeat(4)), Uint8Array.of(0)))).toBe('NUL bytes');
  });

  it('many control characters make binary; ESC (coloured logs) and form feeds do not', () => {
    const controls = Uint8Array.from(Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x01 + (i % 7) : 0x41 + (i % 26))));
    expect(binaryReason(controls)).toBe('control characters');
    expect(isBinary(utf8('\u001b[31mخطأ\u001b[0m: ملف مفقود\f\n'.repeat(20)))).toBe(false);
  });

  it('UTF-16 full of control characters is binary', () => {
    expect(binaryReason(utf16('\u0001\u0002\u0003abc'.repeat(50), true, true))).toBe('control characters');
  });

  it('random bytes with NULs are binary', () => {
    // (Four random bytes can spell UTF-16 text, e.g. 00 20 06 27 is " ا" in UTF-16BE: the inputs are not tiny.)
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 2000 }), fc.nat(), (bytes, where) => {
        const b = bytes.slice();
        b[where % b.length] = 0;
        fc.pre(!(b[0] === 0xff && b[1] === 0xfe) && !(b[0] === 0xfe && b[1] === 0xff));
        expect(isBinary(b)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('text (no control characters but whitespace) is never binary', () => {
    const text = fc.string({ unit: 'binary', maxLength: 500 }).filter((s) => !/[\u0000-\u0008\u000e-\u001f\u007f]/.test(s));
    fc.assert(
      fc.property(text, (s) => {
        expect(binaryReason(utf8(s))).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });
});
