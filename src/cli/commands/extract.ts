/**
 * The default command: inputs -> documents -> entities -> records, written as they complete and in input order.
 * Many documents go to worker threads (`--jobs`); `--out` writes one file per input; `stats` counts instead.
 */
import type { ExtractArgs } from '../args.js';
import type { CliIo } from '../io.js';
import { EXIT_INTERRUPTED, EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, describe, labelOf, loadModel, readAll, warn } from '../common.js';
import { extractDocument, type Extraction, type ExtractOptions, type Model } from '../../extract.js';
import { readLineBatches, readLineBatchesAsBytes, readLines } from '../../io/lines.js';
import { nextTurn, readFileChunks } from '../../io/file-chunks.js';
import { countFiles, sizeOf, sourcesOf, SourcesAhead, type SourceItem } from '../../io/sources.js';
import { FORMATS_WITH_TEXT, type Format } from '../../output/printers.js';
import { printerMaker } from '../printer-for.js';
import { documentRecord, errorRecord, optionsFor, placeOf, type Doc, type RecordShape } from '../records.js';
import { documentOfLine, runLineBatch, type LineBatch, type LineInput } from '../batch/line-batch.js';
import { BatchesAhead } from '../batch/read-ahead.js';
import { runFileTask, type FileResult, type FileTask } from '../batch/file-task.js';
import { FilesAhead } from '../batch/files-ahead.js';
import { inputsAhead } from '../batch/inputs-ahead.js';
import { BATCH_FORMATS, type BatchFormat, type BatchResult, type BatchSettings } from '../batch/printed.js';
import { BinaryInput, documentOfBytes } from '../document-file.js';
import type { Progress } from '../batch/progress.js';
import type { ExtractionPool } from '../batch/pool.js';
import { boundHeapNow, LONG_INPUT_BYTES, textProcessed } from '../heap-growth.js';
import { InOrder, type Commit } from '../batch/in-order.js';
import { AUTO_BYTES_PER_WORKER, workersFor } from '../batch/workers-for.js';
import { DirectorySink, FileSink, StreamSink, type Sink } from '../batch/sinks.js';
import { SpareBuffers } from '../../output/byte-builder.js';
import { RunSummary } from '../batch/summary.js';

const EXTENSIONS: Record<Format, string> = { json: 'json', jsonl: 'jsonl', tsv: 'tsv', table: 'txt', html: 'html', inline: 'txt', conll: 'conll' };
/** Documents or batches of lines in flight at once, per worker: enough to keep every worker busy, few enough to bound memory. */
const IN_FLIGHT_PER_JOB = 8;
/**
 * Bytes read at a time from an input file of lines: one batch. Measured on 100 MB of news with 2 workers (three runs
 * each): 16 and 32 KB peaked at 178–185 MiB, 64 KB at 275–293 MiB (at the same speed, ~7 s); 4–8 KB sent too many
 * messages (slower, and more memory). With --jobs 1, 256 KB kept more documents alive (30 MB: 168 MiB against 132).
 */
const LINES_CHUNK = 32 * 1024;
/**
 * Batches of lines held by a run without workers, the one extracted included: their English runs are read together
 * (read-ahead.ts). 256 KB of a file's text, 512 KB of a pipe's (stdin is read 64 KB at a time).
 */
const BATCHES_AHEAD = 8;
/**
 * Characters of files extracted on this thread, one file at a time, between two turns of the event loop. Nothing else
 * on that path waits (a file is read, extracted and written synchronously), and a run that never let the loop turn
 * neither answered Ctrl-C nor let V8 finish its collections' work: 12,000 articles (120 MB) with `--jobs 1` grew to
 * 413–423 MiB peak RSS, 173–181 MiB with a turn every 64 KB of text (CPU unchanged).
 */
const CHARS_BETWEEN_TURNS = 64 * 1024;

/** `p`, marked as handled: a read that fails while batches are being extracted is reported when it is awaited. */
function handled<T>(p: Promise<T>): Promise<T> {
  p.catch(() => undefined);
  return p;
}

/** Whether `p` settles within a millisecond: whether more input is at hand or must be waited for. */
function settlesSoon(p: Promise<unknown>): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), 1);
    const settled = () => {
      clearTimeout(timer);
      resolve(true);
    };
    p.then(settled, settled);
  });
}

/** The bytes of an input of lines (`--input lines|jsonl`): a file, read a batch's worth at a time, or stdin. */
function bytesOfLines(item: Exclude<SourceItem, { kind: 'error' }>, io: CliIo): AsyncIterable<Uint8Array | string> {
  return item.kind === 'file' ? readFileChunks(item.path, LINES_CHUNK) : io.stdin;
}

/** The documents of one source, by input mode; lines and jsonl are streamed. */
async function* documentsOf(item: Exclude<SourceItem, { kind: 'error' }>, args: ExtractArgs, io: CliIo): AsyncGenerator<Doc> {
  if (args.input === 'text') {
    yield documentOfBytes(await readAll(item, io), args.encoding);
    return;
  }
  const stream = bytesOfLines(item, io);
  const how: LineInput = { input: args.input, textField: args.textField, dateField: args.dateField };
  let encoding: string | undefined;
  let line = 0;
  for await (const raw of readLines(stream, { encoding: args.encoding, onEncoding: (e) => (encoding = e) })) {
    const doc = documentOfLine(raw, ++line, how, encoding);
    if (doc) yield doc;
  }
}

export async function runExtract(args: ExtractArgs, io: CliIo): Promise<number> {
  if (args.dateField !== undefined && args.input !== 'jsonl') {
    warn(io, '--date-field needs --input jsonl (only a JSON record has fields)');
    return EXIT_USAGE;
  }
  const model = loadModel(args, io);
  if (!model) return EXIT_USAGE;
  const sources = new SourcesAhead(sourcesOf(args.inputs));
  const inputs = await inputsAhead(sources, Math.max(args.jobs * AUTO_BYTES_PER_WORKER, LONG_INPUT_BYTES));
  const format: Format = args.format ?? (io.stdout.isTTY && !args.out ? 'table' : 'jsonl');
  const toTerminal = Boolean(io.stdout.isTTY) && !args.out;
  const printer = await printerMaker(format, io, args);
  // A report is one file for the whole run; every other format writes one file per input.
  const fileSink = args.out && format === 'html' ? new FileSink(args.out, printer(false)) : undefined;
  const dirSink = args.out && !fileSink ? new DirectorySink(args.out, EXTENSIONS[format], () => printer(false)) : undefined;
  const sink: Sink | undefined = args.statsOnly ? undefined : (fileSink ?? dirSink ?? new StreamSink(io.stdout, printer(toTerminal)));

  // The input count first: asking stderr whether it is a terminal makes process.stderr (see bin/arner.js).
  const showProgress = args.progress !== false && inputs.several && Boolean(io.stderr.isTTY);
  // The progress line and the worker pool load their code only when used. The line's totals are counted beside the
  // run, which does not wait for them.
  const progress = showProgress ? new (await import('../batch/progress.js')).Progress(io.stderr) : undefined;
  const counting = new AbortController();
  if (progress) void countFiles(args.inputs, counting.signal).then((t) => t && progress.setTotals(t.files, t.bytes));
  const manyDocuments = inputs.several || args.input !== 'text';
  const jobs = args.jobsAuto && manyDocuments ? workersFor(args.jobs, inputs.stdin || inputs.many ? undefined : inputs.fileBytes) : args.jobs;
  const pool = jobs > 1 && manyDocuments ? new (await import('../batch/pool.js')).ExtractionPool(jobs, { builtin: args.builtin, lexicons: args.lexicon }) : undefined;
  // Workers bound their own heaps; this thread's is bounded at once if its inputs are known to be long.
  if (!pool && (inputs.fileBytes >= LONG_INPUT_BYTES || inputs.many)) boundHeapNow();

  const run = new ExtractRun(args, io, model, format, sink, progress, pool, pool ? undefined : new FilesAhead(sources));
  const onInterrupt = () => {
    run.interrupted = true;
    sink?.abort();
  };
  process.once('SIGINT', onInterrupt);
  try {
    for await (const item of sources) {
      if (run.stopped) break;
      await run.input(item, dirSink);
    }
    await run.finish();
    if (!run.interrupted) await sink?.close();
  } finally {
    counting.abort();
    process.removeListener('SIGINT', onInterrupt);
    progress?.done();
    await pool?.close();
  }
  const { summary } = run;
  if (run.interrupted) {
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
  return run.failed > 0 ? EXIT_SOME_FAILED : EXIT_OK;
}

/** What one input's commits share: whether reading it failed (then its output is not kept). */
interface InputState {
  failure?: unknown;
}

/**
 * One run over the inputs. Documents (or batches of lines) are extracted concurrently, across inputs too, so that
 * a folder of small files keeps every worker busy; what they produce is written, counted and warned about in input
 * order (InOrder).
 */
class ExtractRun {
  interrupted = false;
  failed = 0;
  readonly summary: RunSummary;
  private readonly inOrder: InOrder;
  private readonly shape: RecordShape;
  private readonly options: ExtractOptions;
  /**
   * To JSON Lines or TSV, or only counted: lines go in batches, and files are read, where they are extracted and
   * printed (a worker), the main thread writing the bytes that come back.
   */
  private readonly batched: boolean;
  private readonly settings: BatchSettings;
  /**
   * Without workers, the buffers of batches already written, for the next batches to print into: a new buffer per
   * batch, grown as it filled, cost an allocation and a copy each, and their memory outside the heap brought on
   * collections.
   */
  private readonly spares = new SpareBuffers();

  constructor(
    private readonly args: ExtractArgs,
    private readonly io: CliIo,
    private readonly model: Model,
    format: Format,
    private readonly sink: Sink | undefined,
    private readonly progress: Progress | undefined,
    private readonly pool: ExtractionPool | undefined,
    /** The run's files read ahead on this thread (no pool). */
    private readonly filesAhead?: FilesAhead,
  ) {
    this.summary = new RunSummary(args.summary || Boolean(args.statsOnly));
    this.inOrder = new InOrder(pool ? pool.size * IN_FLIGHT_PER_JOB : 0);
    this.shape = { text: FORMATS_WITH_TEXT.has(format), line: args.line !== false };
    this.options = { refDate: args.refDate, prefer: args.preferDates, types: args.types, minConfidence: args.minConfidence };
    this.batched = !this.shape.text && (Boolean(args.statsOnly) || BATCH_FORMATS.has(format));
    this.settings = { format: format as BatchFormat, options: this.options, tally: this.summary.needsEntities, countOnly: Boolean(args.statsOnly), line: this.shape.line };
  }

  get stopped(): boolean {
    return this.interrupted || Boolean(this.sink?.closed);
  }

  async input(item: SourceItem, dirSink: DirectorySink | undefined): Promise<void> {
    const { io, summary } = this;
    const source = labelOf(item);
    if (item.kind === 'error') {
      return this.inOrder.push(() => {
        warn(io, `${source}: ${item.message}`);
        this.failed++;
        summary.errors++;
      });
    }
    const rel = item.kind === 'file' ? item.rel : 'stdin';
    if (dirSink && this.args.resume && dirSink.exists(rel)) {
      // A file read ahead is let go of: it will not be extracted.
      if (item.kind === 'file') this.filesAhead?.drop(item.path);
      return this.inOrder.push(() => {
        summary.skipped++;
        this.fileDone(item);
      });
    }
    await this.inOrder.push(() => this.sink?.beginSource(rel));
    const state: InputState = {};
    try {
      if (this.batched && this.args.input !== 'text') await this.lineBatches(item, source, state);
      else if (this.batched && item.kind === 'file') await this.file(item.path, source, state);
      else {
        for await (const doc of documentsOf(item, this.args, io)) {
          if (this.stopped) break;
          await this.inOrder.push(doc.kind === 'error' ? () => this.inputError(source, doc) : this.document(source, doc));
        }
      }
    } catch (e) {
      state.failure ??= e;
    }
    await this.inOrder.push(async () => {
      if (state.failure !== undefined) {
        warn(io, `${source}: ${describe(state.failure)}`);
        if (state.failure instanceof BinaryInput) summary.skipped++;
        else {
          this.failed++;
          summary.errors++;
        }
      }
      summary.files += item.kind === 'file' ? 1 : 0;
      this.fileDone(item);
      await this.sink?.endSource(state.failure === undefined && !this.interrupted);
    });
  }

  /** An input done, for the progress line: its size is read only when there is a line. */
  private fileDone(item: Exclude<SourceItem, { kind: 'error' }>): void {
    this.progress?.file(item.kind === 'file' ? sizeOf(item.path) : 0);
  }

  finish(): Promise<void> {
    return this.inOrder.drain();
  }

  private extract(doc: Extract<Doc, { kind: 'document' }>): Promise<Extraction> {
    const options = optionsFor(this.options, doc);
    return this.pool ? this.pool.extract(doc.text, options) : Promise.resolve(extractDocument(doc.text, this.model, options));
  }

  /** A document's extraction, then (in order) its record. */
  private document(source: string, doc: Extract<Doc, { kind: 'document' }>): Promise<Commit> {
    return this.extract(doc).then(
      (result) => async () => {
        this.summary.add(result.entities);
        this.progress?.document();
        if (!this.pool) textProcessed(doc.text.length);
        await this.sink?.record(documentRecord(source, doc, result, this.shape));
      },
      (e: unknown) => async () => {
        warn(this.io, `${placeOf(source, doc)}: ${describe(e)}`);
        this.failed++;
        this.summary.errors++;
        this.progress?.document();
        await this.sink?.record(errorRecord(source, doc, describe(e), this.shape));
      },
    );
  }

  private async inputError(source: string, doc: Extract<Doc, { kind: 'error' }>): Promise<void> {
    warn(this.io, `${placeOf(source, doc)}: ${doc.message}`);
    this.failed++;
    this.summary.errors++;
    await this.sink?.record(errorRecord(source, doc, doc.message, this.shape));
  }

  /** The lines of one input, batch by batch; a batch that fails (a worker lost) fails its input. */
  private async lineBatches(item: Exclude<SourceItem, { kind: 'error' }>, source: string, state: InputState): Promise<void> {
    const batches = this.lineBatchesOf(item, source);
    const { pool } = this;
    if (!pool) return this.extractHere(batches, state);
    for await (const batch of batches) {
      if (this.stopped) break;
      await this.batchResult(pool.runBatch(batch), state);
    }
  }

  /** An input's lines as batches: one per chunk read. */
  private async *lineBatchesOf(item: Exclude<SourceItem, { kind: 'error' }>, source: string): AsyncGenerator<LineBatch> {
    const { args } = this;
    let encoding: string | undefined;
    let firstLine = 1;
    // With workers, a UTF-8 input's lines go to them as bytes, decoded there: this thread only reads and writes.
    const chunks = (this.pool ? readLineBatchesAsBytes : readLineBatches)(bytesOfLines(item, this.io), { encoding: args.encoding, onEncoding: (e) => (encoding = e) });
    for await (const lines of chunks) {
      yield {
        source,
        firstLine,
        lines,
        input: args.input === 'jsonl' ? 'jsonl' : 'lines',
        textField: args.textField,
        dateField: args.dateField,
        encoding,
        settings: this.settings,
      };
      firstLine += Array.isArray(lines) ? lines.length : lines.count;
    }
  }

  /**
   * Batches extracted on this thread, with the ones that come without waiting read ahead (read-ahead.ts): up to
   * BATCHES_AHEAD of them from a file or a pipe that has more to give; a live pipe's batch is extracted as soon as no
   * other has come within a millisecond.
   */
  private async extractHere(batches: AsyncGenerator<LineBatch>, state: InputState): Promise<void> {
    const ahead = new BatchesAhead(BATCHES_AHEAD);
    let next = handled(batches.next());
    try {
      for (;;) {
        const r = await next;
        if (r.done || this.stopped) break;
        ahead.add(r.value);
        next = handled(batches.next());
        // A second batch before the first is extracted: more than a chunk of input at hand (32 KB of a file, 64 KB
        // piped), whose extraction dwarfs node:v8's ~3 ms; the heap is bounded before its second full collection.
        if (ahead.size > 1) boundHeapNow();
        while (ahead.size > 0 && !this.stopped && (ahead.full || !(await settlesSoon(next)))) await this.runAhead(ahead, state);
      }
      while (ahead.size > 0 && !this.stopped) await this.runAhead(ahead, state);
    } finally {
      // A read still pending when a run stops closes its input once it completes: not awaited, a pipe may never answer.
      void batches.return(undefined).catch(() => undefined);
    }
  }

  /** The next batch read ahead, extracted on this thread. */
  private runAhead(ahead: BatchesAhead, state: InputState): Promise<void> {
    const { batch, docs } = ahead.take();
    return this.batchResult(Promise.resolve(runLineBatch(batch, this.model, this.spares.take(), docs)), state);
  }

  /** Queues a batch's result to be written in its turn; a batch that fails fails its input. */
  private batchResult(result: Promise<BatchResult>, state: InputState): Promise<void> {
    return this.inOrder.push(
      result.then(
        (r) => () => this.collect(r),
        (e: unknown) => () => {
          state.failure ??= e;
        },
      ),
    );
  }

  /** A file as one document, read where it is extracted; a file that cannot be read or decoded fails its input. */
  private async file(path: string, source: string, state: InputState): Promise<void> {
    const task = { path, source, encoding: this.args.encoding, settings: this.settings };
    const result: Promise<FileResult> = this.pool ? this.pool.runFile(task) : this.fileHere(task);
    await this.inOrder.push(
      result.then(
        (r) => () => {
          if (r.failure) state.failure = r.failure.binary ? new BinaryInput(r.failure.message) : new Error(r.failure.message);
          return this.collect(r);
        },
        (e: unknown) => () => {
          state.failure ??= e;
        },
      ),
    );
  }

  /** Characters extracted here since the event loop last turned (CHARS_BETWEEN_TURNS). */
  private charsSinceTurn = 0;

  /** A file extracted on this thread; the event loop turns first when enough text went by without a turn. */
  private async fileHere(task: FileTask): Promise<FileResult> {
    if (this.charsSinceTurn >= CHARS_BETWEEN_TURNS) {
      this.charsSinceTurn = 0;
      await nextTurn();
    }
    const read = await this.filesAhead?.take(task.path, task.encoding);
    const r = runFileTask(task, this.model, this.spares.take(), read);
    this.charsSinceTurn += r.chars;
    return r;
  }

  /** Counts, warns about and writes a batch's result. */
  private async collect(r: BatchResult): Promise<void> {
    for (const w of r.warnings) warn(this.io, w);
    this.failed += r.failed;
    this.summary.errors += r.failed;
    this.summary.addBatch(r.documents, r.byType, r.tally);
    this.progress?.documents(r.documents);
    if (!this.pool) textProcessed(r.chars);
    const release = () => this.recycle(r.output);
    if (r.output.length > 0 && this.sink) await this.sink.printed(r.output, release);
    else release();
  }

  /** A batch's output memory, once written, goes back to where the next batches are printed. */
  private recycle(output: Uint8Array): void {
    if (this.pool) this.pool.recycle(output);
    else this.spares.give(output.buffer as ArrayBuffer);
  }
}
