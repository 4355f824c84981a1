/**
 * The command line: the only module that deals with stdin/stdout/stderr and exit codes. Everything it prints as
 * data comes from the library core; errors on one input are reported on stderr and the run goes on.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { buildLexiconFromConll } from '../lexicon/build-from-conll.js';
import { createReadStream } from 'node:fs';
import { CommanderError } from 'commander';
import { buildProgram, type Action, type EvalArgs, type LexiconArgs, type ExtractArgs, type NormalizeArgs } from './args.js';
import { findCollisions, findName, lexiconStats } from '../lexicon/inspect.js';
import { evaluateConll, formatErrors, formatScore } from '../eval/evaluate.js';
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
  switch (chosen.command) {
    case 'normalize':
      return runNormalize(chosen.args, io);
    case 'eval':
      return runEval(chosen.args, io);
    case 'lexicon':
      return runLexicon(chosen.args, io);
    default:
      return runExtract(chosen.args, io);
  }
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

/** The model, or undefined after reporting a bad lexicon. */
function loadModel(args: { builtin: boolean; lexicon: string[] }, io: CliIo): Model | undefined {
  try {
    return createModel({ builtin: args.builtin, lexicons: args.lexicon });
  } catch (e) {
    if (e instanceof LexiconError) {
      warn(io, e.message);
      return undefined;
    }
    throw e;
  }
}

async function runLexiconBuild(args: LexiconArgs, io: CliIo): Promise<number> {
  let conll: string;
  try {
    conll = decode(await readFile(args.fromConll ?? '')).text;
  } catch (e) {
    warn(io, `${args.fromConll}: ${describe(e)}`);
    return EXIT_SOME_FAILED;
  }
  const tsv = buildLexiconFromConll(conll, { typeMap: args.typeMap });
  if (args.out) {
    try {
      await writeFile(args.out, tsv);
    } catch (e) {
      warn(io, `${args.out}: ${describe(e)}`);
      return EXIT_SOME_FAILED;
    }
  } else await new Output(io.stdout).write(tsv);
  return EXIT_OK;
}

async function runLexicon(args: LexiconArgs, io: CliIo): Promise<number> {
  if (args.action === 'build') return runLexiconBuild(args, io);
  const model = loadModel(args, io);
  if (!model) return EXIT_USAGE;
  const out = new Output(io.stdout);
  const lex = model.lexicon;
  if (args.action === 'stats') {
    const stats = lexiconStats(lex);
    if (args.json) await out.write(JSON.stringify(stats, null, 2) + '\n');
    else {
      const rows = [`entries ${stats.entries}`, `forms   ${stats.forms}`, '', ...Object.entries(stats.byType).map(([t, n]) => `${t.padEnd(5)} ${String(n).padStart(6)}`), ''];
      rows.push(...Object.entries(stats.bySubtype).sort().map(([t, n]) => `${t.padEnd(16)} ${String(n).padStart(6)}`));
      await out.write(rows.join('\n') + '\n');
    }
    return EXIT_OK;
  }
  if (args.action === 'find') {
    const found = findName(lex, args.name ?? '');
    if (args.json) await out.write(JSON.stringify(found, null, 2) + '\n');
    else {
      await out.write(`normalized: ${found.normalized}\ntokens: ${found.keys.join(' | ')}\n`);
      if (found.matches.length === 0) await out.write('no match\n');
      for (const m of found.matches) {
        const origin = m.form ? `${m.form.origin.file}:${m.form.origin.line}` : '';
        await out.write(`${m.type}\t${m.id}\t${m.label}\t${m.prefix ? `proclitic ${m.prefix} + ` : ''}form "${m.form?.text ?? ''}"${m.ambiguous ? ' (ambiguous)' : ''}\t${origin}\n`);
      }
    }
    return found.matches.length ? EXIT_OK : EXIT_SOME_FAILED;
  }
  const collisions = findCollisions(lex);
  if (args.json) await out.write(JSON.stringify({ entries: lex.entries.length, collisions }, null, 2) + '\n');
  else {
    await out.write(`${lex.entries.length} entries valid\n`);
    for (const c of collisions) await out.write(`collision: "${c.keys.join(' ')}" -> ${c.ids.join(', ')}\n`);
  }
  return collisions.length ? EXIT_SOME_FAILED : EXIT_OK;
}

async function runEval(args: EvalArgs, io: CliIo): Promise<number> {
  const model = loadModel(args, io);
  if (!model) return EXIT_USAGE;
  let conll: string;
  try {
    conll = decode(await readFile(args.gold)).text;
  } catch (e) {
    warn(io, `${args.gold}: ${describe(e)}`);
    return EXIT_SOME_FAILED;
  }
  const ev = evaluateConll(conll, model, { typeMap: args.types, column: args.column, extract: { minConfidence: args.minConfidence } });
  const out = new Output(io.stdout);
  if (args.json) await out.write(JSON.stringify(ev.score, null, 2) + '\n');
  else await out.write(formatScore(ev.score));
  if (args.errors) await out.write(formatErrors(ev));
  return EXIT_OK;
}

async function runExtract(args: ExtractArgs, io: CliIo): Promise<number> {
  const model = loadModel(args, io);
  if (!model) return EXIT_USAGE;
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
