/**
 * Whether the lexicon files are still those a snapshot was built from. The content hash decides; the size and
 * modification time of every file, recorded beside it, let a process skip reading and hashing the files when none
 * of them changed (as make does). Any difference in the stamps, a file added or removed included, falls back to the
 * hash, so touching a file costs a hash and editing one always invalidates the snapshot.
 *
 * Stamps alone would miss an edit that keeps a file's size and lands within the same clock tick as the build read
 * it (file times are coarse). As git does with its index, a file modified less than RACY_MS before the stamps were
 * taken makes them untrusted: such a snapshot is checked by its hash every time.
 */
import type { Hash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** node:crypto is loaded only when a hash is needed: loading it costs a few milliseconds of every start. */
const newSha1 = (): Hash => (createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto')).createHash('sha1');

/** A lexicon file's path (relative to the lexicon folder), size in bytes and modification time in ms. */
export type Stamp = [string, number, number];

export interface LexiconState {
  hash: string;
  stamps: Stamp[];
}

/**
 * Every file under `dir`, in a fixed order (sorted names, depth first), with its path relative to `dir` (joined as
 * path.relative would give it) and its stats. Folders are known from their directory entries, not stat'ed: this runs
 * at every start, where each stat costs tens of microseconds in a virtual machine.
 */
function walk(dir: string, visit: (path: string, rel: string, size: number, mtimeMs: number) => void): void {
  const go = (d: string, relDir: string) => {
    const entries = readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(d, entry.name);
      const rel = relDir === '' ? entry.name : join(relDir, entry.name);
      if (entry.isDirectory()) {
        go(path, rel);
        continue;
      }
      const stats = statSync(path);
      if (stats.isDirectory()) go(path, rel); // a symbolic link to a folder
      else visit(path, rel, stats.size, stats.mtimeMs);
    }
  };
  go(dir, '');
}

export function lexiconStamps(dir: string): Stamp[] {
  const stamps: Stamp[] = [];
  walk(dir, (_, rel, size, mtimeMs) => stamps.push([rel, size, mtimeMs]));
  return stamps;
}

/** A hash of every lexicon file's path and content; `salt` (the snapshot format) is part of it. */
export function lexiconHash(dir: string, salt: string): string {
  const hash = newSha1();
  walk(dir, (path, rel) => hash.update(rel).update('\0').update(readFileSync(path)).update('\0'));
  return `${salt}:${hash.digest('hex')}`;
}

/** Longer than any file system's time granularity (FAT's is 2 s). */
const RACY_MS = 3000;

export function lexiconState(dir: string, salt: string): LexiconState {
  const stampedAt = Date.now();
  const stamps = lexiconStamps(dir);
  const hash = lexiconHash(dir, salt);
  const racy = stamps.some((s) => s[2] > stampedAt - RACY_MS);
  return { hash, stamps: racy ? [] : stamps };
}

/**
 * Times within a millisecond are the same: a copy that keeps modification times (cp -p, fs.cpSync) keeps them to
 * the millisecond. An edit after the build cannot land that close: the stamps of files modified within RACY_MS of
 * the build are not trusted.
 */
function sameStamps(a: readonly Stamp[], b: readonly Stamp[]): boolean {
  return a.length === b.length && a.every((s, i) => s[0] === b[i][0] && s[1] === b[i][1] && Math.abs(s[2] - b[i][2]) < 1);
}

/** Whether the files under `dir` are those `saved` describes: by their stamps if unchanged, else by their content. */
export function isCurrent(dir: string, saved: LexiconState, salt: string): boolean {
  return sameStamps(lexiconStamps(dir), saved.stamps) || lexiconHash(dir, salt) === saved.hash;
}
