import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalEncoding, decode, DecodeError, firstInvalidUtf16, firstInvalidUtf8 } from '../../src/io/decode.js';
import { ARTICLE, BOM_UTF8, LATIN, PARAGRAPH, concatBytes, encodeCodePage, utf16, utf8 } from './encode.js';

function decodeError(bytes: Uint8Array, options?: { encoding?: string }): DecodeError {
  try {
    decode(bytes, options);
  } catch (e) {
    expect(e).toBeInstanceOf(DecodeError);
    return e as DecodeError;
  }
  throw new Error('expected a DecodeError');
}

describe('decode: Unicode', () => {
  it('UTF-8 without a BOM', () => {
    expect(decode(utf8(PARAGRAPH))).toEqual({ text: PARAGRAPH, encoding: 'utf-8' });
    expect(decode(utf8(ARTICLE))).toEqual({ text: ARTICLE, encoding: 'utf-8' });
  });

  it('UTF-8 with a BOM: the BOM is removed, so offsets count from the first real character', () => {
    const r = decode(concatBytes(BOM_UTF8, utf8(PARAGRAPH)));
    expect(r).toEqual({ text: PARAGRAPH, encoding: 'utf-8' });
    expect(r.text.indexOf('قالت')).toBe(0);
  });

  it('UTF-16 LE and BE with a BOM', () => {
    expect(decode(utf16(PARAGRAPH, true, true))).toEqual({ text: PARAGRAPH, encoding: 'utf-16le' });
    expect(decode(utf16(PARAGRAPH, false, true))).toEqual({ text: PARAGRAPH, encoding: 'utf-16be' });
    expect(decode(utf16(ARTICLE, true, true))).toEqual({ text: ARTICLE, encoding: 'utf-16le' });
  });

  it('UTF-16 without a BOM, from NULs on every other byte and Arabic (0x06) high bytes', () => {
    expect(decode(utf16(PARAGRAPH, true))).toEqual({ text: PARAGRAPH, encoding: 'utf-16le' });
    expect(decode(utf16(PARAGRAPH, false))).toEqual({ text: PARAGRAPH, encoding: 'utf-16be' });
    expect(decode(utf16('plain ASCII, written by Notepad\r\n', true))).toEqual({ text: 'plain ASCII, written by Notepad\r\n', encoding: 'utf-16le' });
    // Arabic with no space at all has no NUL byte, but every other byte is 0x06.
    expect(decode(utf16('بيروت', true))).toEqual({ text: 'بيروت', encoding: 'utf-16le' });
  });

  it('UTF-16 with a BOM is strict: an unpaired surrogate or an odd trailing byte is an error naming the byte', () => {
    const lone = concatBytes(utf16('مصر', true, true), utf16('\uD800', true), utf16('x', true));
    expect(decodeError(lone).message).toBe('invalid UTF-16LE at byte 8');
    expect(decodeError(lone).offset).toBe(8);
    const odd = concatBytes(utf16('مصر', false, true), Uint8Array.of(0x06));
    expect(decodeError(odd).message).toBe('invalid UTF-16BE at byte 8');
  });

  it('empty and whitespace-only input decode to themselves', () => {
    expect(decode(new Uint8Array(0))).toEqual({ text: '', encoding: 'utf-8' });
    expect(decode(utf8(' \n\t\r\n  '))).toEqual({ text: ' \n\t\r\n  ', encoding: 'utf-8' });
    expect(decode(BOM_UTF8)).toEqual({ text: '', encoding: 'utf-8' });
    expect(decode(utf16('', true, true))).toEqual({ text: '', encoding: 'utf-16le' });
  });

  it('emoji and other astral characters keep JavaScript string offsets (UTF-16 code units)', () => {
    const s = 'قال 👋🏽 ماكرون 𝕏 في باريس 🇫🇷.';
    for (const bytes of [utf8(s), concatBytes(BOM_UTF8, utf8(s)), utf16(s, true, true), utf16(s, false, true)]) {
      const { text } = decode(bytes);
      expect(text).toBe(s);
      expect(text.length).toBe(s.length);
      expect(text.indexOf('ماكرون')).toBe(s.indexOf('ماكرون'));
      expect(text.slice(text.indexOf('باريس'), text.indexOf('باريس') + 5)).toBe('باريس');
    }
  });
});

describe('decode: Arabic single-byte code pages', () => {
  it('detects windows-1256 (a paragraph and the seed article)', () => {
    expect(decode(encodeCodePage(PARAGRAPH, 'windows-1256'))).toEqual({ text: PARAGRAPH, encoding: 'windows-1256' });
    expect(decode(encodeCodePage(ARTICLE, 'windows-1256'))).toEqual({ text: ARTICLE, encoding: 'windows-1256' });
  });

  it('detects windows-1256 with its own characters: « », Persian letters, Latin words', () => {
    const s = 'قال «الرئيس» إن شركة Microsoft وگوگل… ستفتتح مكتباً في طهران.';
    expect(decode(encodeCodePage(s, 'windows-1256'))).toEqual({ text: s, encoding: 'windows-1256' });
  });

  it('detects ISO-8859-6 (a paragraph and the seed article)', () => {
    expect(decode(encodeCodePage(PARAGRAPH, 'iso-8859-6'))).toEqual({ text: PARAGRAPH, encoding: 'iso-8859-6' });
    expect(decode(encodeCodePage(ARTICLE, 'iso-8859-6'))).toEqual({ text: ARTICLE, encoding: 'iso-8859-6' });
  });

  it('text that reads as Arabic in both code pages goes to windows-1256, the more common one', () => {
    // جاء is made of letters at the same bytes in both.
    expect(decode(encodeCodePage('جاء ', 'iso-8859-6')).encoding).toBe('windows-1256');
  });

  it('Latin-1 (windows-1252) prose is not mistaken for Arabic: an error at the first non-UTF-8 byte', () => {
    const bytes = encodeCodePage(LATIN, 'windows-1252');
    const e = decodeError(bytes);
    expect(e.message).toBe(`invalid UTF-8 at byte ${LATIN.indexOf('ñ')}`);
    expect(e.offset).toBe(LATIN.indexOf('ñ'));
  });

  it('a stray byte between ASCII letters is an error, not a one-letter Arabic document', () => {
    // The CLI test's bad.txt: "A", 0xD9, "(B".
    expect(decodeError(Uint8Array.of(0x41, 0xd9, 0x28, 0x42)).message).toBe('invalid UTF-8 at byte 1');
  });

  it('damaged UTF-8 Arabic is an error at the damaged byte, not read as windows-1256', () => {
    const bytes = utf8(ARTICLE);
    const damaged = bytes.slice();
    const at = damaged.findIndex((b, i) => i >= 1000 && b >= 0xc0);
    damaged[at] = 0xff;
    expect(decodeError(damaged).message).toBe(`invalid UTF-8 at byte ${at}`);
    // Cut inside the last letter, as a truncated download or a split file would.
    const whole = utf8(PARAGRAPH + 'مصر');
    const cut = whole.subarray(0, whole.length - 1);
    expect(decodeError(cut).message).toBe(`invalid UTF-8 at byte ${whole.length - 2}`);
  });

  it('a UTF-8 BOM decides: invalid bytes after it are an error even when they look Arabic', () => {
    const bytes = concatBytes(BOM_UTF8, encodeCodePage(PARAGRAPH, 'windows-1256'));
    expect(decodeError(bytes).message).toBe('invalid UTF-8 at byte 3');
  });

  it('random high bytes are not Arabic', () => {
    // Every byte 0x80–0xFF once, between spaces: half of them are not Arabic in windows-1256, many unassigned in ISO.
    const bytes = Uint8Array.from(Array.from({ length: 128 }, (_, i) => [0x80 + i, 0x20]).flat());
    expect(decodeError(bytes).message).toBe('invalid UTF-8 at byte 0');
  });
});

describe('decode: a forced encoding', () => {
  it('decodes with the given code page, lossily, and reports its WHATWG name', () => {
    expect(decode(encodeCodePage(PARAGRAPH, 'windows-1256'), { encoding: 'windows-1256' })).toEqual({ text: PARAGRAPH, encoding: 'windows-1256' });
    expect(decode(encodeCodePage(PARAGRAPH, 'windows-1256'), { encoding: 'cp1256' }).encoding).toBe('windows-1256');
    expect(decode(encodeCodePage(PARAGRAPH, 'iso-8859-6'), { encoding: 'arabic' })).toEqual({ text: PARAGRAPH, encoding: 'iso-8859-6' });
    // Forcing wins over detection: UTF-8 bytes read as windows-1256 are mojibake, as asked.
    const forced = decode(utf8('مصر'), { encoding: 'windows-1256' });
    expect(forced.encoding).toBe('windows-1256');
    expect(forced.text).not.toBe('مصر');
  });

  it('is lossy: what does not decode becomes U+FFFD instead of an error', () => {
    expect(decode(Uint8Array.of(0x41, 0xff, 0x42), { encoding: 'utf-8' })).toEqual({ text: 'A\uFFFDB', encoding: 'utf-8' });
    // 0xFF is unassigned in ISO-8859-6.
    expect(decode(Uint8Array.of(0xc7, 0xff), { encoding: 'iso-8859-6' }).text).toBe('ا\uFFFD');
    expect(decode(concatBytes(BOM_UTF8, utf8('x')), { encoding: 'utf-8' }).text).toBe('x');
  });

  it('an unknown label is a clear DecodeError', () => {
    const e = decodeError(utf8('x'), { encoding: 'klingon' });
    expect(e.message).toMatch(/^unknown encoding "klingon"/);
    expect(canonicalEncoding('klingon')).toBeUndefined();
    expect(canonicalEncoding('CP1256')).toBe('windows-1256');
    expect(canonicalEncoding('ISO_8859-6')).toBe('iso-8859-6');
    expect(canonicalEncoding('utf8')).toBe('utf-8');
  });
});

describe('firstInvalidUtf8 / firstInvalidUtf16', () => {
  it('name the first bad byte', () => {
    expect(firstInvalidUtf8(utf8('أهلاً'))).toBe(-1);
    expect(firstInvalidUtf8(Uint8Array.of(0x41, 0xc0, 0x80))).toBe(1); // overlong
    expect(firstInvalidUtf8(Uint8Array.of(0xed, 0xa0, 0x80))).toBe(0); // a surrogate
    expect(firstInvalidUtf16(utf16('a\uDC00', true), true)).toBe(2);
    expect(firstInvalidUtf16(utf16('a😀', true), true)).toBe(-1);
  });
});

// Strings a text file can hold: no lone surrogates (fast-check's 'binary' unit never makes them), no leading BOM
// (it is the BOM), no C0 controls other than whitespace (NUL-patterned bytes are how UTF-16 is detected).
const textual = fc
  .string({ unit: 'binary', maxLength: 300 })
  .filter((s) => !s.startsWith('\uFEFF') && !/[\u0000-\u0008\u000e-\u001f]/.test(s));

describe('decode: properties', () => {
  it('decode(utf8(s)) returns s exactly, as UTF-8', () => {
    fc.assert(
      fc.property(textual, (s) => {
        expect(decode(utf8(s))).toEqual({ text: s, encoding: 'utf-8' });
      }),
      { numRuns: 500 },
    );
  });

  it('decode(utf8(s)) returns s for Arabic-heavy strings too', () => {
    const arabic = fc.string({ unit: fc.constantFrom(...'ابتثجحخدذرزسشصضطظعغفقكلمنهوي ءآأؤإئةىًٌٍَُِّْ،؟0123456789\n😀🇪🇬'), maxLength: 300 });
    fc.assert(
      fc.property(arabic, (s) => {
        expect(decode(utf8(s)).text).toBe(s.startsWith('\uFEFF') ? s.slice(1) : s);
      }),
    );
  });

  it('any string: decode(utf8(s)) never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        decode(utf8(s));
      }),
    );
  });

  it('any bytes: decode returns or throws a DecodeError, and a detected code page never yields U+FFFD', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        let r;
        try {
          r = decode(bytes);
        } catch (e) {
          expect(e).toBeInstanceOf(DecodeError);
          return;
        }
        if (r.encoding === 'windows-1256' || r.encoding === 'iso-8859-6') expect(r.text).not.toContain('\uFFFD');
      }),
      { numRuns: 500 },
    );
  });

  it('a detected code page round-trips: the text re-encodes to the same bytes', () => {
    const arabicWords = fc.array(fc.constantFrom('مصر', 'الرئيس', 'وزارة', 'الخارجية', 'بيان', 'عمّان', 'قال', 'في', 'إن', '،', '؟', '2025', 'the'), {
      minLength: 3,
      maxLength: 40,
    });
    let runs = 0;
    let exact = 0;
    fc.assert(
      fc.property(arabicWords, fc.constantFrom('windows-1256', 'iso-8859-6'), (words, label) => {
        runs++;
        const s = words.join(' ');
        const bytes = encodeCodePage(s, label);
        let r;
        try {
          r = decode(bytes);
        } catch (e) {
          expect(e).toBeInstanceOf(DecodeError);
          return;
        }
        expect(encodeCodePage(r.text, r.encoding)).toEqual(bytes);
        if (r.text === s) exact++;
      }),
      { numRuns: 300 },
    );
    // Short word lists made only of letters both code pages share are ambiguous; the rest decode exactly.
    expect(exact).toBeGreaterThan(runs * 0.7);
  });
});
