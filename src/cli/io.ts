/** The process boundary, injected so the CLI runs in-process in tests. */
import type { Chunks } from './stdin.js';
import type { OutputStream } from './stdout.js';
import { once } from 'node:events';

export interface CliIo {
  /** Standard input's chunks: stdinChunks (stdin.ts) in bin/arner.js, a Readable in tests. */
  stdin: Chunks;
  /** stdoutStream (stdout.ts) in bin/arner.js, a Writable in tests. */
  stdout: OutputStream;
  /** Messages (warnings, the summary, the progress line): bin/arner.js makes process.stderr only when one comes. */
  stderr: MessageOutput;
  env: Record<string, string | undefined>;
}

/** What the CLI needs of stderr: text written, and whether it is a terminal. */
export interface MessageOutput {
  write(text: string): unknown;
  readonly isTTY?: boolean;
}

/**
 * Writes with back-pressure: a slow reader slows us down instead of filling memory. A closed pipe (EPIPE, as in
 * `arner … | head`) marks the output closed; the run then ends quietly.
 */
export class Output {
  closed = false;
  constructor(private readonly stream: OutputStream) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') this.closed = true;
      else throw e;
    });
  }

  /** The wait for the stream to drain, shared by every writer that finds it full. */
  private draining: Promise<void> | undefined;

  /** `written`: called once the stream is done with `chunk` (so its memory can be reused), also if it never writes it. */
  async write(chunk: string | Uint8Array, written?: () => void): Promise<void> {
    if (this.closed || chunk.length === 0) {
      written?.();
      return;
    }
    if (!this.stream.write(chunk, written)) await (this.draining ??= this.drained().finally(() => (this.draining = undefined)));
  }

  /**
   * One set of listeners however many writers wait (with --jobs, several records finish while the reader is slow);
   * the listeners of the events that did not come are removed afterwards.
   */
  private async drained(): Promise<void> {
    const done = new AbortController();
    const { signal } = done;
    await Promise.race([once(this.stream, 'drain', { signal }), once(this.stream, 'close', { signal }), once(this.stream, 'error', { signal })])
      .catch(() => {
        this.closed = true;
      })
      .finally(() => done.abort());
  }
}
