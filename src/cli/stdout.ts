/**
 * Standard output as the CLI writes it. A regular file, a pipe or a socket (what a shell's `>` or `|`, or a parent
 * process, usually gives arner) is written on its descriptor with blocking writes: a reader slower than arner makes
 * the write wait, which is the back-pressure a stream would give. A terminal or another device, anything on Windows,
 * and a descriptor that would not wait (made non-blocking by another process: the write fails with EAGAIN) go
 * through the stream Node makes of it (process.stdout), from that write on. For a pipe that stream is a net.Socket,
 * and making it loads Node's net and stream modules: ~5 ms of a one-line run (the reading side is stdin.ts).
 */
import { EventEmitter } from 'node:events';
import { fstatSync, writeSync } from 'node:fs';

/** What the CLI needs of a stream it writes its output to: a Writable, or the writer below. */
export interface OutputStream extends EventEmitter {
  /** `callback` runs once the stream is done with `chunk`, with the error if it could not write it. */
  write(chunk: string | Uint8Array, callback?: (error?: Error | null) => void): boolean;
  readonly isTTY?: boolean;
}

/**
 * Standard output on descriptor `fd`: written on the descriptor where it can be (see above), else `stream()` (made
 * only if needed).
 */
export function stdoutStream(fd: number, stream: () => OutputStream): OutputStream {
  return writesByDescriptor(fd) ? new DescriptorOutput(fd, stream) : stream();
}

function writesByDescriptor(fd: number): boolean {
  if (process.platform === 'win32') return false;
  try {
    const stats = fstatSync(fd);
    return stats.isFile() || stats.isFIFO() || stats.isSocket();
  } catch {
    return false;
  }
}

/** The events of the stream taken over from the descriptor that the CLI listens to (io.ts's Output). */
const FORWARDED = ['drain', 'close', 'error'] as const;

export class DescriptorOutput extends EventEmitter implements OutputStream {
  readonly isTTY = false;
  /** The stream written through once the descriptor would not wait. */
  private taken: OutputStream | undefined;
  /** Set when a write failed (EPIPE from a closed pipe, most often): nothing more is written. */
  private failed: Error | undefined;

  constructor(
    private readonly fd: number,
    private readonly stream: () => OutputStream,
  ) {
    super();
  }

  write(chunk: string | Uint8Array, callback?: (error?: Error | null) => void): boolean {
    if (this.taken) return this.taken.write(chunk, callback);
    if (this.failed) {
      if (callback) process.nextTick(callback, this.failed);
      return false;
    }
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let done = 0;
    try {
      while (done < bytes.length) done += writeSync(this.fd, bytes, done, bytes.length - done);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') return this.takeStream().write(bytes.subarray(done), callback);
      return this.fail(e as Error, callback);
    }
    // As a stream would: the callback comes after write() has returned.
    if (callback) process.nextTick(callback, null);
    return true;
  }

  private takeStream(): OutputStream {
    const taken = (this.taken = this.stream());
    for (const event of FORWARDED) taken.on(event, (...args: unknown[]) => this.emit(event, ...args));
    return taken;
  }

  /**
   * Reported as a stream reports a failed write: to the callback and as an 'error' event, after write() returns; but
   * not thrown when nothing listens (a stream would throw it), so that `arner --help | head -0` too ends quietly.
   */
  private fail(error: Error, callback: ((error?: Error | null) => void) | undefined): false {
    this.failed = error;
    process.nextTick(() => {
      callback?.(error);
      if (this.listenerCount('error') > 0) this.emit('error', error);
    });
    return false;
  }
}
