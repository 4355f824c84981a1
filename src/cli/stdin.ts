/**
 * Standard input as the CLI reads it: chunks of bytes. A regular file is read on its descriptor as an input file is
 * (io/file-chunks.ts, synchronously); a pipe or a socket (what a parent process spawning arner usually gives it) on
 * its descriptor too, in libuv's thread pool, so that a read waiting for data does not stop the event loop; a
 * terminal or another device, or a descriptor that would not wait for data (made non-blocking by another process),
 * through the stream Node makes of it (process.stdin). For a pipe or a socket that stream is a net.Socket, and
 * making it loads Node's net and stream modules: ~10 M instructions, ~3 ms, of a one-line run whose output goes to
 * a file.
 */
import { fstatSync, read } from 'node:fs';
import { regularFileChunksOf } from '../io/file-chunks.js';

const CHUNK = 64 * 1024;

export type Chunks = AsyncIterable<Uint8Array | string>;

/** The chunks of descriptor `fd`, or of `stream()` (made only if needed) where the descriptor cannot be read so. */
export function stdinChunks(fd: number, stream: () => Chunks): Chunks {
  return {
    async *[Symbol.asyncIterator]() {
      const kind = descriptorKind(fd);
      if (kind === 'file') {
        yield* regularFileChunksOf(fd, CHUNK);
        return;
      }
      if (kind === 'pipe') {
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
 * How `fd` is read: a regular file, a pipe or socket, or through the stream (a terminal, whose stream also knows its
 * modes, another device, anything on Windows, whose pipes are not read as files).
 */
function descriptorKind(fd: number): 'file' | 'pipe' | 'stream' {
  if (process.platform === 'win32') return 'stream';
  try {
    const stats = fstatSync(fd);
    return stats.isFile() ? 'file' : stats.isFIFO() || stats.isSocket() ? 'pipe' : 'stream';
  } catch {
    return 'stream';
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
