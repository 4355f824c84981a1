/**
 * Where records go: stdout (one stream for the run), one file per input mirroring the input tree (`--out DIR`), or
 * one file for the run (`--out report.html`). Files are written to a temporary name and renamed when complete, so an
 * interrupted run never leaves a half-written output; `--resume` skips inputs whose output exists.
 */
import { closeSync, createWriteStream, existsSync, mkdirSync, openSync, renameSync, rmSync, writeSync, type WriteStream } from 'node:fs';
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

/**
 * One output file per input, at `<dir>/<input path relative to its root>.<ext>`, written through its descriptor: a
 * regular file's writes do not wait on a reader, and a stream per file (opened, written and closed through libuv's
 * thread pool, each awaited in turn) made a folder's run with `--jobs 1` ×1.2 slower: 4,000 articles 10.6–10.9 s
 * against 8.8 s (5 s to stdout: making files costs this machine's file system ~0.6 ms each). Holding each output and
 * writing it in the background gained another ×0.94 there, and nothing measurable with workers: not kept.
 */
export class DirectorySink implements Sink {
  private current: { target: string; tmp: string; fd: number; printer: Printer } | undefined;
  /** Folders already made for outputs: each is made once, not once per file in it. */
  private readonly made = new Set<string>();
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
    const folder = dirname(target);
    if (!this.made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      this.made.add(folder);
    }
    const tmp = temporaryName(target);
    const printer = this.makePrinter();
    this.current = { target, tmp, fd: openSync(tmp, 'w'), printer };
    writeAll(this.current.fd, printer.begin());
  }

  async record(r: OutputRecord): Promise<void> {
    if (this.current) writeAll(this.current.fd, this.current.printer.record(r));
  }

  async printed(bytes: Uint8Array, release?: () => void): Promise<void> {
    try {
      if (this.current) writeAll(this.current.fd, bytes);
    } finally {
      release?.();
    }
  }

  async endSource(complete: boolean): Promise<void> {
    const c = this.current;
    if (!c) return;
    this.current = undefined;
    try {
      writeAll(c.fd, c.printer.end());
    } finally {
      closeSync(c.fd);
    }
    if (complete) renameSync(c.tmp, c.target);
    else rmSync(c.tmp, { force: true });
  }

  async close(): Promise<void> {
    await this.endSource(false);
  }

  abort(): void {
    const c = this.current;
    if (!c) return;
    this.current = undefined;
    closeSync(c.fd);
    rmSync(c.tmp, { force: true });
  }
}

/** Writes all of `chunk` to the file open as `fd`. */
function writeAll(fd: number, chunk: string | Uint8Array): void {
  const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
  let done = 0;
  while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done);
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
