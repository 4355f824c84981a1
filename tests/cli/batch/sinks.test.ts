/** One output file per input: written under a temporary name and renamed when complete, or removed. */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DirectorySink } from '../../../src/cli/batch/sinks.js';
import type { Printer } from '../../../src/output/printers.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function sink(): { dir: string; sink: DirectorySink } {
  const dir = mkdtempSync(join(tmpdir(), 'arner-sink-'));
  dirs.push(dir);
  // A printer with a beginning and an end, as JSON's array has.
  const printer = { begin: () => '[', record: () => '{}', end: () => ']\n' } as unknown as Printer;
  return { dir, sink: new DirectorySink(dir, 'json', () => printer) };
}

const files = (dir: string) => readdirSync(dir, { recursive: true }).map(String).sort();

describe('DirectorySink', () => {
  it('writes a complete output under its own name, in the input\'s folder, and nothing else', async () => {
    const { dir, sink: s } = sink();
    await s.beginSource('a/b.txt');
    await s.printed(new TextEncoder().encode('{"x":1}'));
    await s.endSource(true);
    await s.beginSource('a/c.txt');
    await s.endSource(true);
    await s.close();
    expect(files(dir)).toEqual(['a', 'a/b.txt.json', 'a/c.txt.json']);
    expect(readFileSync(join(dir, 'a/b.txt.json'), 'utf8')).toBe('[{"x":1}]\n');
  });

  it('leaves nothing of an input that failed, or of one under way when the run is interrupted', async () => {
    const { dir, sink: s } = sink();
    await s.beginSource('failed.txt');
    await s.printed(new TextEncoder().encode('{}'));
    await s.endSource(false);
    await s.beginSource('interrupted.txt');
    await s.printed(new TextEncoder().encode('{}'));
    s.abort();
    await s.endSource(true);
    expect(files(dir)).toEqual([]);
  });

  it('releases printed bytes once written, also when no input is open', async () => {
    const { sink: s } = sink();
    let released = 0;
    await s.printed(new Uint8Array(4), () => released++);
    await s.beginSource('x.txt');
    await s.printed(new Uint8Array(4), () => released++);
    await s.endSource(true);
    expect(released).toBe(2);
  });
});
