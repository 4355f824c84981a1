import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ByteBuilder, SpareBuffers } from '../../src/output/byte-builder.js';

describe('ByteBuilder', () => {
  it('gives the UTF-8 of what was appended, growing past its first buffer', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 300 }), { maxLength: 40 }), (pieces) => {
        const b = new ByteBuilder(undefined, 16);
        for (const p of pieces) b.append(p);
        expect(Buffer.from(b.bytes()).toString('utf8')).toBe(pieces.join(''));
      }),
    );
  });

  it('writes into a spare buffer large enough, and into its own otherwise', () => {
    const spare = new ArrayBuffer(64 * 1024);
    const used = new ByteBuilder(spare);
    used.append('زار ماكرون باريس');
    expect(used.bytes().buffer).toBe(spare);
    const small = new ArrayBuffer(8);
    expect(new ByteBuilder(small).bytes().buffer).not.toBe(small);
  });
});

describe('SpareBuffers', () => {
  it('keeps at most its maximum, gives the last one back first, and ignores detached buffers', () => {
    const spares = new SpareBuffers(2);
    const [a, b, c] = [new ArrayBuffer(4), new ArrayBuffer(4), new ArrayBuffer(4)];
    spares.give(a);
    spares.give(b);
    spares.give(c);
    spares.give(new ArrayBuffer(0));
    expect(spares.take()).toBe(b);
    expect(spares.take()).toBe(a);
    expect(spares.take()).toBeUndefined();
  });
});
