/** A folder's files listed as they are reached, in the order of their sorted paths. */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import fg from 'fast-glob';
import { filesBelow } from '../../src/io/walk.js';
import { expandInputs, sourcesOf } from '../../src/io/sources.js';

const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

function tree(paths: readonly string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'arner-walk-'));
  roots.push(root);
  for (const p of paths) {
    mkdirSync(dirname(join(root, p)), { recursive: true });
    writeFileSync(join(root, p), p);
  }
  return root;
}

async function walked(root: string): Promise<string[]> {
  const out: string[] = [];
  for await (const e of filesBelow(root)) out.push(e.kind === 'file' ? e.rel : `error:${e.rel}`);
  return out;
}

/** What the listing was before it was streamed: every path at once from fast-glob, sorted by code unit. */
function globbed(root: string): string[] {
  return fg.sync('**/*', { cwd: root, onlyFiles: true, dot: false, followSymbolicLinks: false }).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

describe('filesBelow', () => {
  it('gives the order of the sorted paths where a name and a folder share a beginning (why: "a-b" < "a/…" < "a0")', async () => {
    const root = tree(['a-b', 'a/b', 'a/c/d', 'a0', 'A', 'b.txt', 'ب/ا', 'a/.hidden', '.git/config']);
    expect(await walked(root)).toEqual(['A', 'a-b', 'a/b', 'a/c/d', 'a0', 'b.txt', 'ب/ا']);
    expect(await walked(root)).toEqual(globbed(root));
  });

  it('property: the same files in the same order as sorting every path (fast-glob, as before)', async () => {
    const segment = fc.stringMatching(/^[ab.\-_Aب0]{1,3}$/);
    const path = fc.array(segment, { minLength: 1, maxLength: 3 }).map((parts) => parts.join('/'));
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(path, { maxLength: 12 }), async (paths) => {
        // A path cannot be a file and a folder at once, and `.` or `..` is not a name.
        const ok = paths.filter((p) => !p.split('/').some((s) => s === '.' || s === '..'));
        const files = ok.filter((p) => !ok.some((q) => q.startsWith(p + '/')));
        const root = tree(files);
        expect(await walked(root)).toEqual(globbed(root));
      }),
      { numRuns: 60 },
    );
  });

  it('leaves out symbolic links, as the glob did (not followed)', async () => {
    const root = tree(['x/a.txt']);
    symlinkSync(join(root, 'x'), join(root, 'link'));
    symlinkSync(join(root, 'x', 'a.txt'), join(root, 'y.txt'));
    expect(await walked(root)).toEqual(['x/a.txt']);
  });

  it('reports a subfolder it cannot read in its place and goes on (why: one bad input must not end a run)', async () => {
    const root = tree(['a/x.txt', 'b/y.txt', 'c.txt']);
    const out: string[] = [];
    for await (const e of filesBelow(root)) {
      out.push(e.kind === 'file' ? e.rel : `error:${e.rel}:${e.message}`);
      // Folders are read as they are reached: b/ goes away before it is.
      if (e.kind === 'file' && e.rel === 'a/x.txt') rmSync(join(root, 'b'), { recursive: true });
    }
    expect(out).toEqual(['a/x.txt', 'error:b/:cannot read this folder (ENOENT)', 'c.txt']);
  });
});

describe('sourcesOf', () => {
  it('lists a folder lazily: a subfolder is read when the run reaches it, not before the first file', async () => {
    const root = tree(Array.from({ length: 50 }, (_, i) => `d${String(i).padStart(2, '0')}/f.txt`));
    const sources = sourcesOf([root])[Symbol.asyncIterator]();
    const first = await sources.next();
    expect(first.value).toEqual({ kind: 'file', path: `${root}/d00/f.txt`, rel: 'd00/f.txt' });
    // Written after the first file came: a listing made up front would not have it.
    writeFileSync(join(root, 'd49', 'g.txt'), 'late');
    const rest: string[] = [];
    for (let r = await sources.next(); !r.done; r = await sources.next()) if (r.value.kind === 'file') rest.push(r.value.rel);
    expect(rest).toHaveLength(50);
    expect(rest.slice(-2)).toEqual(['d49/f.txt', 'd49/g.txt']);
  });

  it('an empty folder and a missing input are error items in their place', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'arner-walk-empty-'));
    roots.push(empty);
    const items = await expandInputs([empty, '/no/such/arner/input']);
    expect(items).toEqual([
      { kind: 'error', label: empty, message: 'folder has no files' },
      { kind: 'error', label: '/no/such/arner/input', message: 'no such file or folder' },
    ]);
  });
});
