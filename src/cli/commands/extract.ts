/**
 * The default command: inputs -> documents -> entities -> records, written as they complete and in input order.
 * Many documents go to worker threads (`--jobs`); `--out` writes one file per input; `stats` counts instead.
 */
import { createReadStream, statSync } from 'node:fs';
import type { ExtractArgs } from '../args.js';
import type { CliIo } from '../io.js';
import { EXIT_INTERRUPTED, EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, describe, labelOf, loadModel, readAll, warn } from '../common.js';
import { extractDocument, type EncodedExtraction, type Extraction, type ExtractOptions, type Model } from '../../extract.js';
import { decode } from '../../io/decode.js';
import { binaryReason } from '../../io/binary.js';
import { readLineBatches, readLines } from '../../io/lines.js';
import { expandInputs, type SourceItem } from '../../io/sources.js';
import { parseJsonlLine } from '../../documents.js';
import { FORMATS_WITH_TEXT, type Format } from '../../output/printers.js';
import { printerMaker } from '../printer-for.js';
import type { OutputRecord } from '../../output/record.js';
import { documentRecord, extractionErrorRecord, inputErrorRecord, placeOf, type Doc } from '../records.js';
import { BATCH_FORMATS, runLineBatch, type BatchFormat, type BatchResult, type LineBatch } from '../batch/line-batch.js';
import type { Progress } from '../batch/progress.js';
import { DirectorySink, FileSink, StreamSink, type Sink } from '../batch/sinks.js';
import { RunSummary } from '../batch/summary.js';

const EXTENSIONS: Record<Format, string> = { json: 'json', jsonl: 'jsonl', tsv: 'tsv', table: 'txt', html: 'html', inline: 'txt', conll: 'conll' };
/** Documents in flight at once: enough to keep every worker busy, few enough to bound memory. */
const IN_FLIGHT_PER_JOB = 8;
/** Batches of lines in flight at once, per worker (a batch is a read chunk's lines). */
const BATCHES_IN_FLIGHT_PER_JOB = 3;
/**
 * Bytes read at a time from an input file of lines (as a pipe gives them): one batch. Larger batches keep more
 * documents alive across collections: with 256 KB, 30 MB with --jobs 1 peaked at 168 MiB against 132, and was slower.
 */
const LINES_CHUNK = 64 * 1024;

/** A file that is not text (an image, a PDF, an archive): skipped with a warning, counted in the summary. */
export class BinaryInput extends Error {}

/** The documents of one source, by input mode; lines and jsonl are streamed. */
async function* documentsOf(item: SourceItem, args: ExtractArgs, io: CliIo): AsyncGenerator<Doc> {
  if (args.input === 'text') {
    const bytes = await readAll(item, io);
    const binary = args.encoding ? undefined : binaryReason(bytes);
    if (binary) throw new BinaryInput(`binary file, skipped (${binary})`);
    const { text, encoding } = decode(bytes, { encoding: args.encoding });
    yield { kind: 'document', text, encoding };
    return;
  }
  const stream = item.kind === 'file' ? createReadStream(item.path) : io.stdin;
  let encoding: string | undefined;
  let line = 0;
  for await (const raw of readLines(stream, { encoding: args.encoding, onEncoding: (e) => (encoding = e) })) {
    line++;
    if (raw.trim() === '') continue;
    const doc: Doc = args.input === 'lines' ? { kind: 'document', text: raw, line } : parseJsonlLine(raw, line, args.textField);
    if (encoding && doc.kind === 'document') doc.encoding = encoding;
    yield doc;
  }
}

/** In input order: a queue of pending extractions, drained from the head. */
type Pending = { kind: 'record'; source: string; doc: Doc; result: Promise<Extraction | EncodedExtraction> } | { kind: 'error'; record: OutputRecord; message: string };

export async function runExtract(args: ExtractArgs, io: CliIo): Promise<number> {
  const model = loadModel(args, io);
  if (!model) return EXIT_USAGE;
  const items = await expandInputs(args.inputs);
  const format: Format = args.format ?? (io.stdout.isTTY && !args.out ? 'table' : 'jsonl');
  const toTerminal = Boolean(io.stdout.isTTY) && !args.out;
  const summary = new RunSummary(args.summary || Boolean(args.statsOnly));
  const withText = FORMATS_WITH_TEXT.has(format);
  const printer = await printerMaker(format, io, args);
  // A report is one file for the whole run; every other format writes one file per input.
  const fileSink = args.out && format === 'html' ? new FileSink(args.out, printer(false)) : undefined;
  const dirSink = args.out && !fileSink ? new DirectorySink(args.out, EXTENSIONS[format], () => printer(false)) : undefined;
  const sink: Sink | undefined = args.statsOnly ? undefined : (fileSink ?? dirSink ?? new StreamSink(io.stdout, printer(toTerminal)));

  const files = items.filter((i) => i.kind === 'file');
  const showProgress = args.progress !== false && Boolean(io.stderr.isTTY) && items.length > 1;
  // The progress line and the worker pool load their code only when used.
  const progress: Progress | undefined = showProgress ? new (await import('../batch/progress.js')).Progress(io.stderr, files.length, files.reduce((n, f) => n + sizeOf(f), 0)) : undefined;
  const options: ExtractOptions = { refDate: args.refDate, prefer: args.preferDates, types: args.types, minConfidence: args.minConfidence };
  const manyDocuments = items.length > 1 || args.input !== 'text';
  const pool = args.jobs > 1 && manyDocuments ? new (await import('../batch/pool.js')).ExtractionPool(args.jobs, { builtin: args.builtin, lexicons: args.lexicon }) : undefined;
  // With JSON Lines out, workers send each document's entities as JSON text: the main thread, which reads, writes and
  // on few cores competes with the workers, then neither clones them back nor serializes them.
  const encode = format === 'jsonl' && !withText && !summary.needsEntities;
  const extract = (text: string): Promise<Extraction | EncodedExtraction> =>
    pool ? (encode ? pool.extract(text, options, true) : pool.extract(text, options)) : Promise.resolve(extractDocument(text, model as Model, options));

  // Lines to JSON Lines or TSV, or only counted: read and written in batches, each printed where it is extracted.
  const batched = args.input !== 'text' && !withText && (Boolean(args.statsOnly) || BATCH_FORMATS.has(format));
  const lineRun: LineRun = {
    batch: (source, firstLine, lines, encoding) => ({
      source,
      firstLine,
      lines,
      input: args.input === 'jsonl' ? 'jsonl' : 'lines',
      textField: args.textField,
      encoding: encoding && encoding !== 'utf-8' ? encoding : undefined,
      format: format as BatchFormat,
      options,
      tally: summary.needsEntities,
      countOnly: Boolean(args.statsOnly),
    }),
    run: (batch) => (pool ? pool.runBatch(batch) : Promise.resolve(runLineBatch(batch, model as Model))),
    inFlight: pool ? args.jobs * BATCHES_IN_FLIGHT_PER_JOB : 0,
    encoding: args.encoding,
    stopped: () => interrupted || Boolean(sink?.closed),
    collect: async (r) => {
      for (const w of r.warnings) warn(io, w);
      failed += r.failed;
      summary.errors += r.failed;
      summary.addBatch(r.documents, r.byType, r.tally);
      progress?.documents(r.documents, r.chars);
      if (r.output.length > 0) await sink?.printed(r.output);
    },
  };

  let interrupted = false;
  const onInterrupt = () => {
    interrupted = true;
    sink?.abort();
  };
  process.once('SIGINT', onInterrupt);
  let failed = 0;
  try {
    for (const item of items) {
      if (interrupted || sink?.closed) break;
      const source = labelOf(item);
      if (item.kind === 'error') {
        warn(io, `${source}: ${item.message}`);
        failed++;
        summary.errors++;
        continue;
      }
      const rel = item.kind === 'file' ? item.rel : 'stdin';
      if (dirSink && args.resume && dirSink.exists(rel)) {
        summary.skipped++;
        progress?.file();
        continue;
      }
      await sink?.beginSource(rel);
      let complete = true;
      const queue: Pending[] = [];
      const drain = async (keep: number) => {
        while (queue.length > keep) {
          const p = queue.shift()!;
          let record: OutputRecord;
          if (p.kind === 'error') {
            record = p.record;
            warn(io, p.message);
          } else {
            try {
              const result = await p.result;
              record = documentRecord(p.source, p.doc, result, withText);
              if ('entitiesJson' in result) summary.addCounts(result.byType);
              else summary.add(result.entities);
            } catch (e) {
              record = extractionErrorRecord(p.source, p.doc, describe(e));
              warn(io, `${placeOf(p.source, p.doc)}: ${describe(e)}`);
              failed++;
              summary.errors++;
            }
            progress?.document(p.doc.kind === 'document' ? p.doc.text.length : 0);
          }
          await sink?.record(record);
        }
      };
      try {
        if (batched) {
          const stream = item.kind === 'file' ? createReadStream(item.path, { highWaterMark: LINES_CHUNK }) : io.stdin;
          await runBatches(stream, source, lineRun);
        } else for await (const doc of documentsOf(item, args, io)) {
          if (interrupted || sink?.closed) break;
          if (doc.kind === 'error') {
            failed++;
            summary.errors++;
            queue.push({ kind: 'error', record: inputErrorRecord(source, doc), message: `${placeOf(source, doc)}: ${doc.message}` });
          } else {
            queue.push({ kind: 'record', source, doc, result: extract(doc.text) });
          }
          await drain(pool ? args.jobs * IN_FLIGHT_PER_JOB : 0);
        }
        await drain(0);
      } catch (e) {
        await drain(0);
        warn(io, `${source}: ${describe(e)}`);
        complete = false;
        if (e instanceof BinaryInput) summary.skipped++;
        else {
          failed++;
          summary.errors++;
        }
      }
      summary.files += item.kind === 'file' ? 1 : 0;
      progress?.file();
      await sink?.endSource(complete && !interrupted);
    }
    if (!interrupted) await sink?.close();
  } finally {
    process.removeListener('SIGINT', onInterrupt);
    progress?.done();
    await pool?.close();
  }
  if (interrupted) {
    warn(io, 'interrupted; no partial output was left');
    return EXIT_INTERRUPTED;
  }
  if (args.statsOnly) {
    io.stdout.write(args.format === 'json' ? JSON.stringify({ documents: summary.documents, byType: Object.fromEntries(summary.byType), top: summary.top(args.top) }, null, 2) + '\n' : summary.table(args.top));
  } else if (args.summary) {
    io.stderr.write(summary.table(args.top));
  }
  if (args.summary || showProgress) io.stderr.write(summary.line() + '\n');
  if (fileSink && args.out) io.stderr.write(`arner: wrote ${args.out} (${summary.documents} documents)\n`);
  if (sink?.closed) return EXIT_OK;
  return failed > 0 ? EXIT_SOME_FAILED : EXIT_OK;
}

/** What a run of line batches needs from the command: how to make and run a batch, and where its results go. */
interface LineRun {
  batch(source: string, firstLine: number, lines: string[], encoding: string | undefined): LineBatch;
  run(batch: LineBatch): Promise<BatchResult>;
  /** Batches extracted while the oldest is awaited (0: one at a time, on this thread). */
  inFlight: number;
  /** A forced input encoding (`--encoding`). */
  encoding: string | undefined;
  stopped(): boolean;
  /** Counts, warns about and writes a batch's result, in input order. */
  collect(result: BatchResult): Promise<void>;
}

/** The lines of one input, batch by batch, results kept in input order; a read error propagates once all are out. */
async function runBatches(stream: AsyncIterable<Uint8Array | string>, source: string, run: LineRun): Promise<void> {
  const queue: Promise<BatchResult>[] = [];
  const drain = async (keep: number): Promise<void> => {
    while (queue.length > keep) await run.collect(await queue.shift()!);
  };
  let encoding: string | undefined;
  let line = 1;
  try {
    for await (const lines of readLineBatches(stream, { encoding: run.encoding, onEncoding: (e) => (encoding = e) })) {
      if (run.stopped()) break;
      const result = run.run(run.batch(source, line, lines, encoding));
      // Awaited in order below; a failure of a later batch must not go unhandled while an earlier one is awaited.
      result.catch(() => {});
      queue.push(result);
      line += lines.length;
      await drain(run.inFlight);
    }
  } finally {
    await drain(0);
  }
}

function sizeOf(item: SourceItem): number {
  try {
    return item.kind === 'file' ? statSync(item.path).size : 0;
  } catch {
    return 0;
  }
}
