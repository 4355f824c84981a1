/**
 * Command-line inputs -> sources, in a stable order: each argument in the order given; the files of a folder or a
 * glob sorted by path. An input that cannot be found is an error item in its place; the others go on.
 */
import { stat } from './fs-async.js';
import { basename } from 'node:path';

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

export async function expandInputs(inputs: readonly string[]): Promise<SourceItem[]> {
  if (inputs.length === 0) return [{ kind: 'stdin' }];
  const items: SourceItem[] = [];
  for (const input of inputs) {
    if (input === '-') {
      items.push({ kind: 'stdin' });
      continue;
    }
    let st;
    try {
      st = await stat(input);
    } catch {
      st = undefined;
    }
    if (st?.isDirectory()) {
      const fg = await glob();
      const files = await fg('**/*', { cwd: input, onlyFiles: true, dot: false, followSymbolicLinks: false, absolute: false, suppressErrors: true });
      const base = input.endsWith('/') ? input : input + '/';
      for (const f of files.sort(byPath)) items.push({ kind: 'file', path: base + f, rel: f });
      if (files.length === 0) items.push({ kind: 'error', label: input, message: 'folder has no files' });
    } else if (st) {
      items.push({ kind: 'file', path: input, rel: basename(input) });
    } else if ((await glob()).isDynamicPattern(input)) {
      const fg = await glob();
      const files = await fg(input, { onlyFiles: true, dot: false, suppressErrors: true });
      if (files.length === 0) items.push({ kind: 'error', label: input, message: 'no files match this pattern' });
      const base = globBase(fg, input);
      for (const f of files.sort(byPath)) items.push({ kind: 'file', path: f, rel: f.startsWith(base) ? f.slice(base.length) : basename(f) });
    } else {
      items.push({ kind: 'error', label: input, message: 'no such file or folder' });
    }
  }
  return items;
}
