import { describe, expect, it, vi } from 'vitest';

// decode refuses only inputs of hundreds of MB as too large: stood in for here, so the test needs no such file.
vi.mock('../../src/io/decode.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/io/decode.js')>();
  return {
    ...actual,
    decode: () => {
      throw new actual.TooLargeToDecode('input too large to decode as one string (9 bytes)');
    },
  };
});

const { documentOfBytes } = await import('../../src/cli/document-file.js');
const { TooLargeToDecode } = await import('../../src/io/decode.js');

describe('documentOfBytes', () => {
  it('a file too large for one string says how to read it instead', () => {
    let error: unknown;
    try {
      documentOfBytes(new TextEncoder().encode('نص'), undefined);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TooLargeToDecode);
    expect((error as Error).message).toBe('input too large to decode as one string (9 bytes); read it line by line with --input lines');
  });
});
