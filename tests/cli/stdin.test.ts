import { closeSync, constants, openSync, writeFileSync, writeSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stdinChunks, type Chunks } from '../../src/cli/stdin.js';
import { useDescriptors } from '../helpers/descriptors.js';

const { path: inDir, open: openFd, fifo } = useDescriptors('arner-stdin-');

/** A stream that says whether it was asked for. */
function fallback(): { stream: () => Chunks; used: () => boolean } {
  let used = false;
  return {
    stream: () => {
      used = true;
      return (async function* () {
        yield Buffer.from('from the stream');
      })();
    },
    used: () => used,
  };
}

async function read(chunks: Chunks): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of chunks) parts.push(typeof c === 'string' ? Buffer.from(c) : Buffer.from(c));
  return Buffer.concat(parts);
}

describe.skipIf(process.platform === 'win32')('standard input', () => {
  it('a regular file is read by its descriptor, in several chunks, without the stream', async () => {
    const path = inDir('in.txt');
    const text = 'روسيا وأوكرانيا\n'.repeat(10_000); // > 64 KB
    writeFileSync(path, text);
    const f = fallback();
    expect((await read(stdinChunks(openFd(path, constants.O_RDONLY), f.stream))).toString()).toBe(text);
    expect(f.used()).toBe(false);
  });

  it('a pipe is read by its descriptor to its end', async () => {
    const path = fifo('p');
    const reader = openFd(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const writer = openSync(path, constants.O_WRONLY);
    writeSync(writer, 'زار ماكرون باريس\n');
    closeSync(writer);
    const f = fallback();
    expect((await read(stdinChunks(reader, f.stream))).toString()).toBe('زار ماكرون باريس\n');
    expect(f.used()).toBe(false);
  });

  it('a pipe that would not wait for data (non-blocking, none written yet) is handed to the stream', async () => {
    const path = fifo('q');
    const reader = openFd(path, constants.O_RDONLY | constants.O_NONBLOCK);
    openFd(path, constants.O_WRONLY); // a writer that has written nothing
    const f = fallback();
    expect((await read(stdinChunks(reader, f.stream))).toString()).toBe('from the stream');
    expect(f.used()).toBe(true);
  });

  it('a device (a terminal, /dev/null) is read through the stream', async () => {
    const f = fallback();
    expect((await read(stdinChunks(openFd('/dev/null', constants.O_RDONLY), f.stream))).toString()).toBe('from the stream');
    expect(f.used()).toBe(true);
  });
});
