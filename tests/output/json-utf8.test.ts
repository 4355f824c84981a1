import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_JSON_BYTES_PER_UNIT, MAX_JSON_NUMBER_BYTES, writeBytes, writeJsonNumber, writeJsonString } from '../../src/output/json-utf8.js';

/** What JSON.stringify writes, as UTF-8 (JSON.stringify's output is well-formed: lone surrogates come escaped). */
const expected = (value: unknown): Buffer => Buffer.from(JSON.stringify(value), 'utf8');

function writtenString(s: string): Buffer {
  const buf = new Uint8Array(s.length * MAX_JSON_BYTES_PER_UNIT + 2);
  return Buffer.from(buf.subarray(0, writeJsonString(s, buf, 0)));
}

function writtenNumber(x: number): Buffer {
  const buf = new Uint8Array(MAX_JSON_NUMBER_BYTES);
  return Buffer.from(buf.subarray(0, writeJsonNumber(x, buf, 0)));
}

/** Strings of any UTF-16 code units: lone and reversed surrogates, controls, quotes, backslashes, astral pairs. */
const anyUnits = fc.array(fc.oneof(fc.integer({ min: 0, max: 0xffff }), fc.integer({ min: 0xd7f0, max: 0xe010 }), fc.constantFrom(0x22, 0x5c, 0x7f, 0x2028)), { maxLength: 40 }).map((units) => String.fromCharCode(...units));

describe('writeJsonString', () => {
  it('writes what JSON.stringify writes, as UTF-8, for any string of code units', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), anyUnits), (s) => {
        expect(writtenString(s)).toEqual(expected(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('escapes as JSON.stringify does: names for \\b \\t \\n \\f \\r, lowercase \\u00xx, lone surrogates as \\udxxx', () => {
    for (let c = 0; c < 0x80; c++) expect(writtenString(String.fromCharCode(c))).toEqual(expected(String.fromCharCode(c)));
    for (const s of ['\ud800', '\udfff', 'a\udc00\ud800b', '\ud83d\ude00', '\ud83d', 'x\ud83d', '"\\', '\u2028\u2029', 'قال "محمد"\n']) {
      expect(writtenString(s)).toEqual(expected(s));
    }
  });

  it('stays within its bound: six bytes a code unit and the quotes', () => {
    const worst = '\u0001\ud800'.repeat(5);
    expect(writtenString(worst).length).toBe(worst.length * MAX_JSON_BYTES_PER_UNIT + 2);
  });

  it('writes at the offset given and returns the offset after the string', () => {
    const buf = new Uint8Array(16).fill(0x2a);
    expect(writeJsonString('ab', buf, 3)).toBe(7);
    expect(Buffer.from(buf.subarray(0, 8)).toString()).toBe('***"ab"*');
  });
});

describe('writeJsonNumber', () => {
  it('writes what JSON.stringify writes for any number, null for NaN and infinities', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.integer(), fc.nat(), fc.constantFrom(0, -0, 0.85, 0.9, 1, 2 ** 31 - 1, 2 ** 31, -1, NaN, Infinity, -Infinity, Number.MIN_VALUE, -Number.MAX_VALUE, -1.2345678901234567e-300)), (x) => {
        expect(writtenNumber(x)).toEqual(expected(x));
      }),
      { numRuns: 2000 },
    );
  });

  it('writes every confidence of two decimals as JSON.stringify does', () => {
    for (let k = 0; k <= 100; k++) expect(writtenNumber(k / 100)).toEqual(expected(k / 100));
  });
});

describe('writeBytes', () => {
  it('copies the bytes to the offset given and returns the offset after them', () => {
    const buf = new Uint8Array(6);
    expect(writeBytes(new Uint8Array([1, 2, 3]), buf, 2)).toBe(5);
    expect([...buf]).toEqual([0, 0, 1, 2, 3, 0]);
  });
});
