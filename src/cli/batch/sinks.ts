/**
 * Where records go: stdout (one stream for the run), one file per input mirroring the input tree (`--out DIR`), or
 * one file for the run (`--out report.html`). Files are written to a temporary name and renamed when complete, so an
 * interrupted run never leaves a half-written output; `--resume` skips inputs whose output exists.
 */
import { createWriteStream, existsSync, mkdirSync, renameSync, rmSync, type WriteStream } from 'node:fs';
import { dirname, join } from 'node:path';
import { Output } from '../io.js';
import type { Printer } from '../../output/printers.js';
import type { OutputRecord } from '../../output/record.js';
import type { OutputStream } from '../stdout.js';

export interface Sink {
  readonly closed: boolean;
  beginSource(rel: string): Promise<void>;
  record(r: OutputRecord): Promise<void>;
  /**
   * Records already printed in this sink's format and encoded (a worker's batch). `release` is called when the bytes
   * are no longer needed (written, or dropped), so that their memory can go back to a worker.
   */
  printed(bytes: Uint8Array, release?: () => void): Promise<void>;
  endSource(complete: boolean): Promise<void>;
  close(): Promise<void>;
  /** Removes temporary files (on interruption). */
  abort(): void;
}

/** Records are written in chunks of this many bytes: a stream write per record costs more than the record's encoding. */
const CHUNK = 64 * 1024;
/** A UTF-16 code unit takes at most this many bytes in UTF-8. */
const MAX_UTF8_PER_UNIT = 3;

/**
 * One stream for the run. Records are encoded into a chunk as they come and the chunk is written when it fills, when
 * the event loop next turns (so a record reaches a reader as soon as the input pauses: a live pipe sees each one),
 * and at the end. (Joining the records' strings first costs more than writing them one by one.)
 */
export class StreamSink implements Sink {
  private readonly out: Output;
  private begun = false;
  private chunk = Buffer.allocUnsafe(CHUNK);
  private used = 0;
  private flushScheduled = false;
  constructor(
    stream: OutputStream,
    private readonly printer: Printer,
  ) {
    this.out = new Output(stream);
  }
  get closed(): boolean {
    return this.out.closed;
  }
  private async begin(): Promise<void> {
    if (this.begun) return;
    this.begun = true;
    await this.out.write(this.printer.begin());
  }
  async beginSource(): Promise<void> {
    await this.begin();
  }
  async record(r: OutputRecord): Promise<void> {
    await this.begin();
    const text = this.printer.record(r);
    const most = text.length * MAX_UTF8_PER_UNIT;
    if (this.used + most > CHUNK) await this.flush();
    if (most > CHUNK) return this.out.write(text);
    this.used += this.chunk.write(text, this.used, 'utf8');
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      setImmediate(() => {
        this.flushScheduled = false;
        void this.flush();
      });
    }
  }
  async printed(bytes: Uint8Array, release?: () => void): Promise<void> {
    await this.begin();
    await this.flush();
    await this.out.write(bytes, release);
  }
  private async flush(): Promise<void> {
    if (this.used === 0) return;
    // The stream may still hold the chunk after write() returns: the next records go to a new one.
    const full = this.chunk.subarray(0, this.used);
    this.chunk = Buffer.allocUnsafe(CHUNK);
    this.used = 0;
    await this.out.write(full);
  }
  async endSource(): Promise<void> {
    await this.flush();
  }
  async close(): Promise<void> {
    await this.begin();
    await this.flush();
    await this.out.write(this.printer.end());
  }
  abort(): void {}
}

let tmpCounter = 0;
function temporaryName(target: string): string {
  return `${target}.tmp-${process.pid}-${tmpCounter++}`;
}

async function endStream(stream: WriteStream): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    stream.once('error', reject);
    stream.end(() => resolve());
  });
}

/** One output file per input, at `<dir>/<input path relative to its root>.<ext>`. */
export class DirectorySink implements Sink {
  private current: { target: string; tmp: string; stream: WriteStream; out: Output; printer: Printer } | undefined;
  readonly closed = false;
  constructor(
    private readonly dir: string,
    private readonly extension: string,
    private readonly makePrinter: () => Printer,
  ) {}

  targetOf(rel: string): string {
    return join(this.dir, `${rel}.${this.extension}`);
  }

  exists(rel: string): boolean {
    return existsSync(this.targetOf(rel));
  }

  async beginSource(rel: string): Promise<void> {
    const target = this.targetOf(rel);
    mkdirSync(dirname(target), { recursive: true });
    const tmp = temporaryName(target);
    const stream = createWriteStream(tmp);
    const printer = this.makePrinter();
    this.current = { target, tmp, stream, out: new Output(stream), printer };
    await this.current.out.write(printer.begin());
  }

  async record(r: OutputRecord): Promise<void> {
    if (this.current) await this.current.out.write(this.current.printer.record(r));
  }

  async printed(bytes: Uint8Array, release?: () => void): Promise<void> {
    if (this.current) await this.current.out.write(bytes, release);
    else release?.();
  }

  async endSource(complete: boolean): Promise<void> {
    const c = this.current;
    if (!c) return;
    this.current = undefined;
    await c.out.write(c.printer.end());
    await endStream(c.stream);
    if (complete) renameSync(c.tmp, c.target);
    else rmSync(c.tmp, { force: true });
  }

  async close(): Promise<void> {
    await this.endSource(false);
  }

  abort(): void {
    if (this.current) rmSync(this.current.tmp, { force: true });
  }
}

/** One output file for the whole run (an HTML report), renamed into place when the run completes. */
export class FileSink implements Sink {
  private readonly tmp: string;
  private readonly stream: WriteStream;
  private readonly inner: StreamSink;
  constructor(
    private readonly target: string,
    printer: Printer,
  ) {
    mkdirSync(dirname(target), { recursive: true });
    this.tmp = temporaryName(target);
    this.stream = createWriteStream(this.tmp);
    this.inner = new StreamSink(this.stream, printer);
  }
  get closed(): boolean {
    return this.inner.closed;
  }
  beginSource(): Promise<void> {
    return this.inner.beginSource();
  }
  record(r: OutputRecord): Promise<void> {
    return this.inner.record(r);
  }
  printed(bytes: Uint8Array, release?: () => void): Promise<void> {
    return this.inner.printed(bytes, release);
  }
  endSource(): Promise<void> {
    return this.inner.endSource();
  }
  async close(): Promise<void> {
    await this.inner.close();
    await endStream(this.stream);
    renameSync(this.tmp, this.target);
  }
  abort(): void {
    rmSync(this.tmp, { force: true });
  }
}
