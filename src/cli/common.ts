/** What the CLI commands share: messages, exit codes, reading a source, loading the model. */
import { readFile } from '../io/fs-async.js';
import type { CliIo } from './io.js';
import type { SourceItem } from '../io/sources.js';
import { compileModel, createModel } from '../model.js';
import type { Model } from '../extract.js';
import { LexiconError } from '../lexicon/types.js';

export const EXIT_OK = 0;
export const EXIT_SOME_FAILED = 1;
export const EXIT_USAGE = 2;
export const EXIT_INTERRUPTED = 130;

export function warn(io: CliIo, message: string): void {
  io.stderr.write(`arner: ${message}\n`);
}

export function describe(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err.code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    default:
      return err.message ?? String(e);
  }
}

export function labelOf(item: SourceItem): string {
  return item.kind === 'file' ? item.path : item.kind === 'stdin' ? '-' : item.label;
}

export async function readAll(item: SourceItem, io: CliIo): Promise<Buffer> {
  if (item.kind === 'file') return readFile(item.path);
  const chunks: Buffer[] = [];
  for await (const chunk of io.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

/** The model, or undefined after reporting a bad lexicon (the caller exits 2 before any output). */
export function loadModel(args: { builtin: boolean; lexicon: string[] }, io: CliIo, options: { withForms?: boolean } = {}): Model | undefined {
  try {
    // The snapshot keeps no forms; looking into the lexicons needs them, so those commands compile.
    const make = options.withForms ? compileModel : createModel;
    return make({ builtin: args.builtin, lexicons: args.lexicon });
  } catch (e) {
    if (e instanceof LexiconError) {
      warn(io, e.message);
      return undefined;
    }
    throw e;
  }
}
