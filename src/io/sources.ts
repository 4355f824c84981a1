/**
 * Command-line inputs -> sources, in a stable order: each argument in the order given; the files of a folder or a
 * glob sorted by path (a folder's listed as they are reached, a glob's all at once). An input that cannot be found
 * is an error item in its place; the others go on.
 */
import { stat } from './fs-async.js';
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { filesBelow, unreadableFolder } from './walk.js';

/** `rel`: the path below the folder or glob base it was found under (a file argument: its name), for `--out`. */
export type SourceItem = { kind: 'file'; path: string; rel: string } | { kind: 'stdin' } | { kind: 'error'; label: string; message: string };

type FastGlob = typeof import('fast-glob');

/** fast-glob takes ~50 ms to load: loaded only when a folder or a pattern needs it, not for stdin or plain files. */
let fastGlob: FastGlob | undefined;
async function glob(): Promise<FastGlob> {
  return (fastGlob ??= (await import('fast-glob')).default);
}

/** The part of a glob pattern before its first segment with magic characters. */
function globBase(fg: FastGlob, pattern: string): string {
  const parts = pattern.split('/');
  const i = parts.findIndex((p) => p !== '' && fg.isDynamicPattern(p));
  return i <= 0 ? '' : parts.slice(0, i).join('/') + '/';
}

const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Every source of `inputs`, in a list (see sourcesOf; the `normalize` command and tests). */
export async function expandInputs(inputs: readonly string[]): Promise<SourceItem[]> {
  const items: SourceItem[] = [];
  for await (const item of sourcesOf(inputs)) items.push(item);
  return items;
}

/**
 * The sources of `inputs`, one by one: a folder's files are listed as the run reaches them (walk.ts), so a folder of
 * a million files is never a list of a million paths.
 */
export async function* sourcesOf(inputs: readonly string[]): AsyncGenerator<SourceItem> {
  if (inputs.length === 0) {
    yield { kind: 'stdin' };
    return;
  }
  for (const input of inputs) {
    if (input === '-') {
      yield { kind: 'stdin' };
      continue;
    }
    let st;
    try {
      st = await stat(input);
    } catch {
      st = undefined;
    }
    if (st?.isDirectory()) {
      yield* folderSources(input);
    } else if (st) {
      yield { kind: 'file', path: input, rel: basename(input) };
    } else if ((await glob()).isDynamicPattern(input)) {
      const fg = await glob();
      const files = await fg(input, { onlyFiles: true, dot: false, suppressErrors: true });
      if (files.length === 0) yield { kind: 'error', label: input, message: 'no files match this pattern' };
      const base = globBase(fg, input);
      for (const f of files.sort(byPath)) yield { kind: 'file', path: f, rel: f.startsWith(base) ? f.slice(base.length) : basename(f) };
    } else {
      yield { kind: 'error', label: input, message: 'no such file or folder' };
    }
  }
}

async function* folderSources(folder: string): AsyncGenerator<SourceItem> {
  const base = folder.endsWith('/') ? folder : folder + '/';
  let any = false;
  try {
    for await (const entry of filesBelow(folder)) {
      any = true;
      if (entry.kind === 'file') yield { kind: 'file', path: base + entry.rel, rel: entry.rel };
      else yield { kind: 'error', label: base + entry.rel, message: entry.message };
    }
  } catch (e) {
    yield { kind: 'error', label: folder, message: unreadableFolder(e) };
    return;
  }
  if (!any) yield { kind: 'error', label: folder, message: 'folder has no files' };
}

/**
 * Sources read ahead of a run, for what its set-up must know first (how many inputs, how large) and for what the run
 * reads ahead of its work (the next files' English runs); iterating gives every source once, in order.
 */
export class SourcesAhead implements AsyncIterable<SourceItem> {
  /** Sources read ahead and not yet given, from `head` on. */
  private ahead: SourceItem[] = [];
  private head = 0;
  private ended = false;

  constructor(private readonly sources: AsyncGenerator<SourceItem>) {}

  /** Reads sources ahead as long as `more` says so of each one read and there are more. */
  async readAhead(more: (item: SourceItem) => boolean): Promise<void> {
    while (await this.pull()) if (!more(this.ahead[this.ahead.length - 1])) return;
  }

  /** The next `n` sources (fewer at the end), read ahead if need be, still to be given by the iteration. */
  async peek(n: number): Promise<readonly SourceItem[]> {
    while (this.ahead.length - this.head < n) if (!(await this.pull())) break;
    return this.ahead.slice(this.head, this.head + n);
  }

  /** One more source read ahead; false at the end. */
  private async pull(): Promise<boolean> {
    if (this.ended) return false;
    const next = await this.sources.next();
    if (next.done) this.ended = true;
    else this.ahead.push(next.value);
    return !this.ended;
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<SourceItem> {
    try {
      for (;;) {
        if (this.head === this.ahead.length && !(await this.pull())) return;
        const item = this.ahead[this.head++];
        // Given sources are let go of: read ahead at the start may be thousands.
        if (this.head === this.ahead.length) {
          this.ahead = [];
          this.head = 0;
        }
        yield item;
      }
    } finally {
      // A run that stops early ends the listing too (a folder's walk).
      await this.sources.return(undefined);
    }
  }
}

/**
 * The files of `inputs` and their total size, counted without keeping them (a progress line's totals), with
 * asynchronous reads so that a run can go on beside it; `undefined` if `stop` came first (the walk then ends, and
 * leaves nothing pending to keep the process alive).
 */
export async function countFiles(inputs: readonly string[], stop?: AbortSignal): Promise<{ files: number; bytes: number } | undefined> {
  let files = 0;
  let bytes = 0;
  for await (const item of sourcesOf(inputs)) {
    if (stop?.aborted) return undefined;
    if (item.kind !== 'file') continue;
    files++;
    bytes += await stat(item.path).then(
      (s) => s.size,
      () => 0,
    );
  }
  return { files, bytes };
}

/** A file's size; 0 if it cannot be read (reading it will say why). */
export function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
