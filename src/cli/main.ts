/**
 * The command line: the only module that deals with stdin/stdout/stderr and exit codes. Everything it prints as
 * data comes from the library core; errors on one input are reported on stderr and the run goes on.
 */
import { readFile } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { CommanderError } from 'commander';
import { buildProgram, type Action, type ExtractArgs, type NormalizeArgs } from './args.js';
import { Output, type CliIo } from './io.js';
import { colorLevel, makeChalk } from './color.js';
import { createModel } from '../model.js';
import { extractDocument, type Model } from '../extract.js';
import { normalize } from '../text/normalize.js';
import { decode } from '../io/decode.js';
import { readLines } from '../io/lines.js';
import { expandInputs, type SourceItem } from '../io/sources.js';
import { parseJsonlLine, type DocumentItem } from '../documents.js';
import { jsonPrinter, jsonlPrinter, tablePrinter, tsvPrinter, type Format, type Printer } from '../output/printers.js';
import type { OutputRecord } from '../output/record.js';
import { LexiconError } from '../lexicon/types.js';

export const EXIT_OK = 0;
export const EXIT_SOME_FAILED = 1;
export const EXIT_USAGE = 2;

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let action: Action | undefined;
  const program = buildProgram((a) => (action = a));
  program.exitOverride();
  program.configureOutput({
    writeOut: (s) => void io.stdout.write(s),
    writeErr: (s) => void io.stderr.write(s),
  });
  for (const sub of program.commands) {
    sub.exitOverride();
    sub.configureOutput({ writeOut: (s) => void io.stdout.write(s), writeErr: (s) => void io.stderr.write(s) });
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help' ? EXIT_OK : EXIT_USAGE;
    }
    throw e;
  }
  if (!action) return EXIT_OK;
  const chosen = action as Action;
  return chosen.command === 'normalize' ? runNormalize(chosen.args, io) : runExtract(chosen.args, io);
}

function warn(io: CliIo, message: string): void {
  io.stderr.write(`arner: ${message}\n`);
}

function printerFor(format: Format, io: CliIo, args: ExtractArgs): Printer {
  switch (format) {
    case 'json':
      return jsonPrinter();
    case 'jsonl':
      return jsonlPrinter();
    case 'tsv':
      return tsvPrinter();
    case 'table':
      return tablePrinter(makeChalk(colorLevel(args.color, io.env, Boolean(io.stdout.isTTY))));
  }
}

function labelOf(item: SourceItem): string {
  return item.kind === 'file' ? item.path : item.kind === 'stdin' ? '-' : item.label;
}

async function readAll(item: SourceItem, io: CliIo): Promise<Buffer> {
  if (item.kind === 'file') return readFile(item.path);
  const chunks: Buffer[] = [];
  for await (const chunk of io.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

/** The documents of one source, by input mode; lines and jsonl are streamed. */
async function* documentsOf(item: SourceItem, args: ExtractArgs, io: CliIo): AsyncGenerator<DocumentItem & { encoding?: string }> {
  if (args.input === 'text') {
    const { text, encoding } = decode(await readAll(item, io));
    yield { kind: 'document', text, encoding };
    return;
  }
  const stream = item.kind === 'file' ? createReadStream(item.path) : io.stdin;
  let line = 0;
  for await (const raw of readLines(stream)) {
    line++;
    if (args.input === 'lines') {
      if (raw.trim() !== '') yield { kind: 'document', text: raw, line };
    } else if (raw.trim() !== '') {
      yield parseJsonlLine(raw, line, args.textField);
    }
  }
}

function describe(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err.code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder';
    default:
      return err.message ?? String(e);
  }
}

async function runExtract(args: ExtractArgs, io: CliIo): Promise<number> {
  let model: Model;
  try {
    model = createModel({ builtin: args.builtin, lexicons: args.lexicon });
  } catch (e) {
    if (e instanceof LexiconError) {
      warn(io, e.message);
      return EXIT_USAGE;
    }
    throw e;
  }
  const format: Format = args.format ?? (io.stdout.isTTY ? 'table' : 'jsonl');
  const printer = printerFor(format, io, args);
  const out = new Output(io.stdout);
  let failed = 0;
  await out.write(printer.begin());
  for (const item of await expandInputs(args.inputs)) {
    if (out.closed) break;
    const source = labelOf(item);
    if (item.kind === 'error') {
      warn(io, `${source}: ${item.message}`);
      failed++;
      continue;
    }
    try {
      for await (const doc of documentsOf(item, args, io)) {
        if (out.closed) break;
        let record: OutputRecord;
        if (doc.kind === 'error') {
          failed++;
          record = { source, line: doc.line, ...(doc.id !== undefined ? { id: doc.id } : {}), error: doc.message };
          warn(io, `${source}:${doc.line}: ${doc.message}`);
        } else {
          const result = extractDocument(doc.text, model, { refDate: args.refDate, prefer: args.preferDates, types: args.types, minConfidence: args.minConfidence });
          record = {
            source,
            ...(doc.id !== undefined ? { id: doc.id } : {}),
            ...(doc.line !== undefined ? { line: doc.line } : {}),
            ...(doc.encoding && doc.encoding !== 'utf-8' ? { encoding: doc.encoding } : {}),
            refDate: result.refDate,
            entities: result.entities,
          };
        }
        await out.write(printer.record(record));
      }
    } catch (e) {
      warn(io, `${source}: ${describe(e)}`);
      failed++;
    }
  }
  await out.write(printer.end());
  return failed > 0 && !out.closed ? EXIT_SOME_FAILED : EXIT_OK;
}

async function runNormalize(args: NormalizeArgs, io: CliIo): Promise<number> {
  const out = new Output(io.stdout);
  let failed = 0;
  for (const item of await expandInputs(args.inputs)) {
    if (out.closed) break;
    if (item.kind === 'error') {
      warn(io, `${item.label}: ${item.message}`);
      failed++;
      continue;
    }
    try {
      const { text } = decode(await readAll(item, io));
      const normalized = normalize(text).text;
      await out.write(normalized.endsWith('\n') || normalized === '' ? normalized : normalized + '\n');
    } catch (e) {
      warn(io, `${labelOf(item)}: ${describe(e)}`);
      failed++;
    }
  }
  return failed > 0 && !out.closed ? EXIT_SOME_FAILED : EXIT_OK;
}
