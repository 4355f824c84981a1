import { execFileSync } from 'node:child_process';
import { closeSync, constants, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stdinChunks, type Chunks } from '../../src/cli/stdin.js';

let dir: string;
const open: number[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'arner-stdin-'));
});
afterEach(() => {
  for (const fd of open.splice(0)) closeSync(fd);
  rmSync(dir, { recursive: true, force: true });
});

const openFd = (path: string, flags: number) => {
  const fd = openSync(path, flags);
  open.push(fd);
  return fd;
};

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

const fifo = (name: string) => {
  const path = join(dir, name);
  execFileSync('mkfifo', [path]);
  return path;
};

describe.skipIf(process.platform === 'win32')('standard input', () => {
  it('a regular file is read by its descriptor, in several chunks, without the stream', async () => {
    const path = join(dir, 'in.txt');
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
