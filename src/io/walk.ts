/**
 * The files below a folder, listed one folder at a time as they are needed: a run over a million articles holds one
 * folder's names at each level of the tree it is in, not a list of every path (a sorted list cost ~350 bytes of heap
 * per file: 157 MiB peak RSS to list 200,000 files, 66 MiB walking them).
 *
 * The order is that of the whole relative paths sorted code unit by code unit, as a list of them would be sorted:
 * within a folder an entry's key is its name, and a subfolder's name followed by `/`, so that `a-b` (a file) comes
 * before the files in `a/` exactly where `a-b` sorts before `a/…`; all paths under one folder are then contiguous, and
 * a depth-first walk of entries sorted by key gives them in order.
 */
import { readdir } from './fs-async.js';

export type FolderEntry = { kind: 'file'; rel: string } | { kind: 'error'; rel: string; message: string };

const byKey = (a: Keyed, b: Keyed): number => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

interface Keyed {
  /** The name, with `/` after a folder's. */
  key: string;
  folder: boolean;
}

/**
 * The files below `root` (relative paths, `/` between their parts), hidden entries (a name starting with `.`) and
 * symbolic links left out; a subfolder that cannot be read is an error entry in its place and the rest goes on. A
 * root that cannot be read throws.
 */
export async function* filesBelow(root: string): AsyncGenerator<FolderEntry> {
  yield* below(root.endsWith('/') ? root : root + '/', '');
}

async function* below(base: string, prefix: string): AsyncGenerator<FolderEntry> {
  let keyed: Keyed[];
  try {
    keyed = entriesOf(await readdir(base + prefix, { withFileTypes: true }));
  } catch (e) {
    if (prefix === '') throw e;
    yield { kind: 'error', rel: prefix, message: unreadableFolder(e) };
    return;
  }
  for (const { key, folder } of keyed) {
    if (folder) yield* below(base, prefix + key);
    else yield { kind: 'file', rel: prefix + key };
  }
}

/** What is said of a folder that could not be listed. */
export function unreadableFolder(e: unknown): string {
  return `cannot read this folder (${(e as NodeJS.ErrnoException).code ?? String(e)})`;
}

function entriesOf(dirents: ReadonlyArray<{ name: string; isFile(): boolean; isDirectory(): boolean }>): Keyed[] {
  const keyed: Keyed[] = [];
  for (const d of dirents) {
    if (d.name.startsWith('.')) continue;
    if (d.isDirectory()) keyed.push({ key: d.name + '/', folder: true });
    else if (d.isFile()) keyed.push({ key: d.name, folder: false });
  }
  return keyed.sort(byKey);
}
