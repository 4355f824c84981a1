/** The process boundary, injected so the CLI runs in-process in tests. */
import type { Readable, Writable } from 'node:stream';
import { once } from 'node:events';

export interface CliIo {
  stdin: Readable;
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  env: Record<string, string | undefined>;
}

/**
 * Writes with back-pressure: a slow reader slows us down instead of filling memory. A closed pipe (EPIPE, as in
 * `arner … | head`) marks the output closed; the run then ends quietly.
 */
export class Output {
  closed = false;
  constructor(private readonly stream: Writable) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') this.closed = true;
      else throw e;
    });
  }

  async write(chunk: string): Promise<void> {
    if (this.closed || chunk === '') return;
    if (!this.stream.write(chunk)) {
      await Promise.race([once(this.stream, 'drain'), once(this.stream, 'close'), once(this.stream, 'error')]).catch(() => {
        this.closed = true;
      });
    }
  }
}
