import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readFileChunks } from '../../src/io/file-chunks.js';

const dir = mkdtempSync(join(tmpdir(), 'arner-chunks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function collect(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array[]> {
  const all: Uint8Array[] = [];
  for await (const c of chunks) all.push(c);
  return all;
}

describe('readFileChunks', () => {
  it('gives a regular file back whole, in chunks of the size asked (the last one shorter)', async () => {
    const path = join(dir, 'a.txt');
    const bytes = Buffer.from('قال محمد\n'.repeat(100));
    writeFileSync(path, bytes);
    const chunks = await collect(readFileChunks(path, 64));
    expect(chunks.slice(0, -1).every((c) => c.length === 64)).toBe(true);
    expect(Buffer.concat(chunks)).toEqual(bytes);
  });

  it('gives nothing for an empty file', async () => {
    const path = join(dir, 'empty.txt');
    writeFileSync(path, '');
    expect(await collect(readFileChunks(path, 64))).toEqual([]);
  });

  it('gives each chunk its own memory: chunks kept until the end are intact (a decoder may keep one while the next is read)', async () => {
    const path = join(dir, 'b.txt');
    const bytes = Buffer.from(Array.from({ length: 200 }, (_, i) => i));
    writeFileSync(path, bytes);
    const chunks = await collect(readFileChunks(path, 32));
    expect(Buffer.concat(chunks)).toEqual(bytes);
  });

  it('lets the event loop turn between chunks', async () => {
    const path = join(dir, 'c.txt');
    writeFileSync(path, 'y'.repeat(10));
    let turned = false;
    setImmediate(() => (turned = true));
    const seen: boolean[] = [];
    for await (const _chunk of readFileChunks(path, 2)) seen.push(turned);
    expect(seen[0]).toBe(false);
    expect(seen.at(-1)).toBe(true);
  });

  it('fails on a missing file as a read stream does', async () => {
    await expect(collect(readFileChunks(join(dir, 'missing.txt'), 64))).rejects.toThrow(/ENOENT: no such file or directory, open '.*missing\.txt'/);
  });
});
