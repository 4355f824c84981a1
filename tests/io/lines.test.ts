import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeLineBytes, readLineBatches, readLineBatchesAsBytes, readLines, type InputLine } from '../../src/io/lines.js';
import { DecodeError, firstInvalidUtf8 } from '../../src/io/decode.js';
import { ARTICLE, BOM_UTF8, PARAGRAPH, concatBytes, encodeCodePage, utf16, utf8 } from './encode.js';

/** The bytes as a stream of chunks of the given sizes (cycled). */
async function* chunked(bytes: Uint8Array, sizes: number[] = [65536]): AsyncGenerator<Uint8Array> {
  let at = 0;
  for (let k = 0; at < bytes.length; k++) {
    const size = Math.max(1, sizes[k % sizes.length]);
    yield bytes.subarray(at, at + size);
    at += size;
  }
}

async function collect(stream: AsyncIterable<Uint8Array | string>, options?: Parameters<typeof readLines>[1]): Promise<InputLine[]> {
  const out: InputLine[] = [];
  for await (const line of readLines(stream, options)) out.push(line);
  return out;
}

async function failure(stream: AsyncIterable<Uint8Array | string>, options?: Parameters<typeof readLines>[1]): Promise<DecodeError> {
  try {
    await collect(stream, options);
  } catch (e) {
    expect(e).toBeInstanceOf(DecodeError);
    return e as DecodeError;
  }
  throw new Error('expected a DecodeError');
}

const TEXT = 'السطر الأول\r\nالسطر الثاني 👋🏽\n\nالأخير بلا نهاية';
const LINES = ['السطر الأول', 'السطر الثاني 👋🏽', '', 'الأخير بلا نهاية'];

describe('readLines', () => {
  it('splits UTF-8 at \\n, drops the \\r of CRLF, keeps a last line without a line end', async () => {
    expect(await collect(chunked(utf8(TEXT)))).toEqual(LINES);
    expect(await collect(chunked(utf8(TEXT + '\n')))).toEqual(LINES);
  });

  it('gives the same lines whatever the chunk boundaries (inside characters, between \\r and \\n)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 10 }), async (sizes) => {
        expect(await collect(chunked(utf8(TEXT), sizes))).toEqual(LINES);
        expect(await collect(chunked(utf16(TEXT, true, true), sizes))).toEqual(LINES);
      }),
      { numRuns: 200 },
    );
  });

  it('removes a UTF-8 BOM and reports the encoding before the first line', async () => {
    const seen: string[] = [];
    const lines = await collect(chunked(concatBytes(BOM_UTF8, utf8(TEXT)), [1]), { onEncoding: (e) => seen.push(e) });
    expect(lines).toEqual(LINES);
    expect(seen).toEqual(['utf-8']);
  });

  it('reads UTF-16 LE and BE after their BOM', async () => {
    for (const [le, name] of [[true, 'utf-16le'], [false, 'utf-16be']] as const) {
      const seen: string[] = [];
      expect(await collect(chunked(utf16(TEXT, le, true), [3]), { onEncoding: (e) => seen.push(e) })).toEqual(LINES);
      expect(seen).toEqual([name]);
    }
  });

  it('empty input: no lines, and the encoding is still reported', async () => {
    const seen: string[] = [];
    expect(await collect(chunked(new Uint8Array(0)), { onEncoding: (e) => seen.push(e) })).toEqual([]);
    expect(seen).toEqual(['utf-8']);
    expect(await collect(chunked(utf8('x')))).toEqual(['x']);
  });

  it('still accepts string chunks', async () => {
    async function* strings(): AsyncGenerator<string> {
      yield 'a\nب';
      yield 'ج\r\n';
    }
    expect(await collect(strings())).toEqual(['a', 'بج']);
  });

  it('a line with invalid UTF-8 comes as an InvalidLine naming the byte offset in the stream, and the next lines still come', async () => {
    const good = utf8('سطر\n');
    const bytes = concatBytes(good, Uint8Array.of(0xd8, 0x28), utf8('\nبعده\n'));
    const expected = ['سطر', { invalid: `invalid UTF-8 at byte ${good.length}`, offset: good.length }, 'بعده'];
    for (const sizes of [[65536], [1], [good.length + 1], [2, 3]]) expect(await collect(chunked(bytes, sizes))).toEqual(expected);
    // A 3-byte sequence split over three chunks, broken at its last byte.
    const three = concatBytes(utf8('ab'), Uint8Array.of(0xe2, 0x82, 0x41));
    expect(await collect(chunked(three, [3, 1, 1]))).toEqual([{ invalid: 'invalid UTF-8 at byte 2', offset: 2 }]);
  });

  it('gives the same lines, valid and invalid, whatever the chunk boundaries', async () => {
    const [before, middle] = [utf8('الأول\r\nفي '), utf8(' وسطه\n\n')];
    const bytes = concatBytes(before, Uint8Array.of(0xff), middle, Uint8Array.of(0xe2, 0x82), utf8('\nالأخير'));
    const [first, second] = [before.length, before.length + 1 + middle.length];
    const expected = ['الأول', { invalid: `invalid UTF-8 at byte ${first}`, offset: first }, '', { invalid: `invalid UTF-8 at byte ${second}`, offset: second }, 'الأخير'];
    expect(await collect(chunked(bytes))).toEqual(expected);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 10 }), async (sizes) => {
        expect(await collect(chunked(bytes, sizes))).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('agrees with a line-by-line model on random bytes, valid or not, whatever the chunks', async () => {
    // A line: text, or text with stray bytes (continuation bytes, a lead byte without its tail, 0xFF) inside.
    const line = fc.tuple(fc.string({ unit: 'grapheme', maxLength: 12 }), fc.array(fc.constantFrom(0x80, 0xbf, 0xc3, 0xd9, 0xe2, 0xf0, 0xff), { maxLength: 2 }), fc.string({ maxLength: 4 }));
    const ending = fc.constantFrom('\n', '\r\n');
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(line, ending), { maxLength: 8 }), fc.boolean(), fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 6 }), async (lines, lastEnds, sizes) => {
        const pieces = lines.map(([[a, bad, b], end], k) => concatBytes(utf8(a.replace(/[\r\n]/g, '')), Uint8Array.from(bad), utf8(b.replace(/[\r\n]/g, '')), k < lines.length - 1 || lastEnds ? utf8(end) : new Uint8Array(0)));
        const bytes = concatBytes(...pieces);
        // The model: each line's bytes decoded alone; the offset of a bad one is its line's start plus the first bad
        // byte. An empty last piece (the input ends with a line feed, or is empty) is no line.
        const expected: InputLine[] = [];
        let offset = 0;
        pieces.forEach((piece, k) => {
          const isLast = k === pieces.length - 1;
          const ended = piece[piece.length - 1] === 0x0a;
          const body = ended ? piece.subarray(0, piece.length - 1) : piece;
          const at = firstInvalidUtf8(body);
          if (isLast && piece.length === 0) return;
          if (at < 0) expected.push(new TextDecoder().decode(body).replace(/\r$/, ''));
          else {
            const cut = isLast && !ended && truncatedAt(body) === at ? ' (incomplete at the end of the input)' : '';
            expected.push({ invalid: `invalid UTF-8 at byte ${offset + at}${cut}`, offset: offset + at });
          }
          offset += piece.length;
        });
        expect(await collect(chunked(bytes, sizes))).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('a truncated sequence at the end makes the last line invalid, naming where the sequence starts', async () => {
    const whole = utf8('مصر');
    const at = whole.length - 2;
    expect(await collect(chunked(whole.subarray(0, whole.length - 1), [1]))).toEqual([
      { invalid: `invalid UTF-8 at byte ${at} (incomplete at the end of the input)`, offset: at },
    ]);
  });

  it('UTF-16 with a BOM is strict too, line by line', async () => {
    const bytes = concatBytes(utf16('ab\n', true, true), utf16('\uDC00\nc', true));
    for (const sizes of [[65536], [1], [3]]) {
      expect(await collect(chunked(bytes, sizes))).toEqual(['ab', { invalid: 'invalid UTF-16LE at byte 8', offset: 8 }, 'c']);
    }
    // An odd byte at the end: the last code unit is cut off.
    const odd = concatBytes(utf16('ab\nc', false, true), Uint8Array.of(0x00));
    expect(await collect(chunked(odd, [1]))).toEqual(['ab', { invalid: 'invalid UTF-16BE at byte 10 (incomplete at the end of the input)', offset: 10 }]);
  });

  it('a U+FEFF after the start of the stream is text, not a BOM to remove', async () => {
    expect(await collect(chunked(utf8('أ\n\uFEFFب'), [1]))).toEqual(['أ', '\uFEFFب']);
  });

  it('a forced encoding decodes lossily', async () => {
    const seen: string[] = [];
    const bytes = encodeCodePage(PARAGRAPH + 'سطر ثان\r\n', 'windows-1256');
    expect(await collect(chunked(bytes, [5]), { encoding: 'cp1256', onEncoding: (e) => seen.push(e) })).toEqual([PARAGRAPH.trimEnd(), 'سطر ثان']);
    expect(seen).toEqual(['windows-1256']);
    // 0xFF is unassigned in ISO-8859-6: a replacement character, not an error.
    expect(await collect(chunked(Uint8Array.of(0xc7, 0xff, 0x0a, 0xc8)), { encoding: 'iso-8859-6' })).toEqual(['ا\uFFFD', 'ب']);
    expect(await collect(chunked(Uint8Array.of(0x41, 0xff, 0x42)), { encoding: 'utf-8' })).toEqual(['A\uFFFDB']);
  });

  it('an unknown encoding label is a DecodeError', async () => {
    expect((await failure(chunked(utf8('x')), { encoding: 'klingon' })).message).toMatch(/^unknown encoding "klingon"/);
  });

  it('one long line in many chunks stays one line, in linear time', async () => {
    const line = ARTICLE.replace(/\n/g, ' ').repeat(400); // about 2 MB of UTF-8
    const started = Date.now();
    const lines = await collect(chunked(utf8(line + '\r\nتم'), [4096]));
    expect(lines).toEqual([line, 'تم']);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe('readLineBatches', () => {
  it('gives the lines readLines gives, whatever the chunks, in non-empty batches', async () => {
    const bytes = utf8(ARTICLE);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 1, max: 300 }), { minLength: 1, maxLength: 8 }), async (sizes) => {
        const batches: InputLine[][] = [];
        for await (const batch of readLineBatches(chunked(bytes, sizes))) batches.push(batch);
        expect(batches.every((b) => b.length > 0)).toBe(true);
        expect(batches.flat()).toEqual(await collect(chunked(bytes)));
      }),
      { numRuns: 40 },
    );
  });

  it('answers each chunk with the lines it completed before reading the next (a live pipe is not kept waiting)', async () => {
    const seen: InputLine[] = [];
    let reads = 0;
    async function* live(): AsyncGenerator<Uint8Array> {
      for (const part of ['الأول\nالثا', 'ني\n', 'الثالث\nالرابع']) {
        reads++;
        yield utf8(part);
      }
    }
    const batchesAtRead: number[] = [];
    for await (const batch of readLineBatches(live())) {
      batchesAtRead.push(reads);
      seen.push(...batch);
    }
    expect(seen).toEqual(['الأول', 'الثاني', 'الثالث', 'الرابع']);
    // The first batch came out after the first read, before the second.
    expect(batchesAtRead).toEqual([1, 2, 3, 3]);
  });
});

/** Where a UTF-8 sequence cut off by the end of `bytes` starts, or -1 (the model's view of an incomplete end). */
function truncatedAt(bytes: Uint8Array): number {
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const b = bytes[bytes.length - back];
    if ((b & 0xc0) === 0x80) continue;
    const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return length > back ? bytes.length - back : -1;
  }
  return -1;
}

describe('readLineBatchesAsBytes', () => {
  /** Every line of the stream: LineBytes decoded as a worker decodes them (in a copy of their own, as transferred). */
  async function viaBytes(stream: AsyncIterable<Uint8Array>): Promise<{ lines: InputLine[]; counts: boolean; own: boolean }> {
    const lines: InputLine[] = [];
    let counts = true;
    let own = true;
    for await (const batch of readLineBatchesAsBytes(stream)) {
      if (Array.isArray(batch)) {
        lines.push(...batch);
        continue;
      }
      own &&= batch.bytes.byteOffset === 0 && batch.bytes.buffer.byteLength === batch.bytes.length;
      const decoded = decodeLineBytes({ ...batch, bytes: new Uint8Array(batch.bytes) });
      counts &&= decoded.length === batch.count;
      lines.push(...decoded);
    }
    return { lines, counts, own };
  }

  // Arabic and Latin text, line feeds, CRLF, a BOM, bytes that are not UTF-8 (a lone continuation byte, a cut-off
  // sequence, 0xFF), blank lines, and a last line with or without its line feed.
  const piece = fc.constantFrom('زار ماكرون باريس', 'abc', ' ', '\n', '\r\n', '\n\n', '👋🏽', '\x80', '\xe2\x82', '\xff', 'é');
  const anyBytes = fc.tuple(fc.boolean(), fc.array(piece, { maxLength: 30 })).map(([bom, parts]) => {
    const chunks = parts.map((p) => (/^[\x80-\xff]+$/.test(p) ? Uint8Array.from(p, (c) => c.charCodeAt(0)) : utf8(p)));
    return concatBytes([...(bom ? [BOM_UTF8] : []), ...chunks]);
  });

  it('gives the lines readLines gives, invalid ones with their offsets, whatever the chunks; bytes in buffers of their own', async () => {
    await fc.assert(
      fc.asyncProperty(anyBytes, fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 6 }), async (bytes, sizes) => {
        const { lines, counts, own } = await viaBytes(chunked(bytes, sizes));
        expect(lines).toEqual(await collect(chunked(bytes)));
        expect(counts).toBe(true);
        expect(own).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('decodes as readLineBatches does where an encoding is forced or a UTF-16 BOM is there: no bytes then', async () => {
    const forced: unknown[] = [];
    for await (const batch of readLineBatchesAsBytes(chunked(utf8('أ\nب\n')), { encoding: 'windows-1256' })) forced.push(batch);
    expect(forced.every(Array.isArray)).toBe(true);
    const sixteen: unknown[] = [];
    for await (const batch of readLineBatchesAsBytes(chunked(utf16('أ\nب\n', true, true)))) sixteen.push(batch);
    expect(sixteen.every(Array.isArray)).toBe(true);
    expect(sixteen.flat()).toEqual(['أ', 'ب']);
  });
});
