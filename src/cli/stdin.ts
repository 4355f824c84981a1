/**
 * Standard input as the CLI reads it: chunks of bytes. A pipe, a socket (what a parent process spawning arner
 * usually gives it) or a regular file is read on its descriptor with node:fs; a terminal or another device, or a
 * descriptor that would not wait for data (made non-blocking by another process), through the stream Node makes of
 * it (process.stdin). For a pipe or a socket that stream is a net.Socket, and making it loads Node's net and stream
 * modules: ~10 M instructions, ~3 ms, of a one-line run whose output goes to a file.
 */
import { fstatSync, read } from 'node:fs';

const CHUNK = 64 * 1024;

export type Chunks = AsyncIterable<Uint8Array | string>;

/** The chunks of descriptor `fd`, or of `stream()` (made only if needed) where the descriptor cannot be read so. */
export function stdinChunks(fd: number, stream: () => Chunks): Chunks {
  return {
    async *[Symbol.asyncIterator]() {
      if (readableByDescriptor(fd)) {
        for (;;) {
          // A buffer per chunk: the decoder may keep a chunk's last bytes until the next one comes.
          const chunk = Buffer.allocUnsafe(CHUNK);
          const n = await readSome(fd, chunk);
          if (n === undefined) break; // would block: the stream reads on from here
          if (n === 0) return;
          yield chunk.subarray(0, n);
        }
      }
      yield* stream();
    },
  };
}

/**
 * Pipes, sockets and files, where a read waits for data in libuv's thread pool; not a terminal, whose stream also
 * knows its modes, and not on Windows, whose pipes are not read as files.
 */
function readableByDescriptor(fd: number): boolean {
  if (process.platform === 'win32') return false;
  try {
    const stats = fstatSync(fd);
    return stats.isFIFO() || stats.isSocket() || stats.isFile();
  } catch {
    return false;
  }
}

/** Bytes read into `buffer` (0 at the end), or undefined if the descriptor would block. */
function readSome(fd: number, buffer: Buffer): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    read(fd, buffer, 0, buffer.length, null, (error, n) => {
      if (error?.code === 'EAGAIN') resolve(undefined);
      else if (error) reject(error);
      else resolve(n);
    });
  });
}
