import { closeSync, constants, openSync, readFileSync, readSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Output } from '../../src/cli/io.js';
import { DescriptorOutput, stdoutStream, type OutputStream } from '../../src/cli/stdout.js';
import { useDescriptors } from '../helpers/descriptors.js';

const { path: inDir, open: openFd, fifo } = useDescriptors('arner-stdout-');

/** A stream that keeps what is written to it and says whether it was asked for. */
function fallback(): { stream: () => OutputStream; used: () => boolean; bytes: () => Buffer } {
  let made: PassThrough | undefined;
  const parts: Buffer[] = [];
  return {
    stream: () => {
      made = new PassThrough();
      made.on('data', (d: Buffer) => parts.push(d));
      return made;
    },
    used: () => made !== undefined,
    bytes: () => Buffer.concat(parts),
  };
}

/** Everything readable now from non-blocking `fd`. */
function drain(fd: number): Buffer {
  const parts: Buffer[] = [];
  const buffer = Buffer.alloc(64 * 1024);
  for (;;) {
    let n: number;
    try {
      n = readSync(fd, buffer, 0, buffer.length, null);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') break;
      throw e;
    }
    if (n === 0) break;
    parts.push(Buffer.from(buffer.subarray(0, n)));
  }
  return Buffer.concat(parts);
}

const written = (stream: OutputStream, chunk: string | Uint8Array) =>
  new Promise<{ returned: boolean; error: Error | null | undefined; before: boolean }>((resolve) => {
    let returned: boolean | undefined;
    returned = stream.write(chunk, (error) => resolve({ returned: returned!, error, before: returned === undefined }));
  });

describe.skipIf(process.platform === 'win32')('standard output', () => {
  it('a regular file is written by its descriptor, the callback coming after write() returns', async () => {
    const path = inDir('out.jsonl');
    const f = fallback();
    const out = stdoutStream(openFd(path, constants.O_WRONLY | constants.O_CREAT), f.stream);
    expect(out).toBeInstanceOf(DescriptorOutput);
    expect(out.isTTY).toBe(false);
    expect(await written(out, 'زار ماكرون باريس\n')).toEqual({ returned: true, error: null, before: false });
    expect(await written(out, Buffer.from('{"a":1}\n'))).toMatchObject({ returned: true, error: null });
    expect(readFileSync(path, 'utf8')).toBe('زار ماكرون باريس\n{"a":1}\n');
    expect(f.used()).toBe(false);
  });

  it('a device (a terminal, /dev/null) is written through the stream', () => {
    const f = fallback();
    stdoutStream(openFd('/dev/null', constants.O_WRONLY), f.stream);
    expect(f.used()).toBe(true);
  });

  it('a pipe that would not wait (non-blocking, full) hands the rest to the stream, in order, and keeps it', async () => {
    const path = fifo('p');
    const reader = openFd(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const f = fallback();
    const out = stdoutStream(openFd(path, constants.O_WRONLY | constants.O_NONBLOCK), f.stream);
    expect(out).toBeInstanceOf(DescriptorOutput);
    const big = 'وكالة الطاقة الدولية\n'.repeat(20_000); // far more than a pipe holds
    const first = await written(out, big);
    expect(first.error).toBeFalsy();
    expect(f.used()).toBe(true);
    await written(out, 'the end\n');
    const inPipe = drain(reader);
    expect(inPipe.length).toBeGreaterThan(0);
    // The pipe took what it holds, cut anywhere (inside a character too), the stream the rest.
    expect(Buffer.concat([inPipe, f.bytes()]).toString()).toBe(big + 'the end\n');
  });

  it("the stream's events reach the CLI's listeners once the stream has taken over", async () => {
    const path = fifo('e');
    openFd(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const f = fallback();
    const out = stdoutStream(openFd(path, constants.O_WRONLY | constants.O_NONBLOCK), f.stream);
    out.write(Buffer.alloc(256 * 1024, 0x41));
    const seen: string[] = [];
    out.on('error', (e: Error) => seen.push(e.message));
    out.on('close', () => seen.push('close'));
    const taken = (out as unknown as { taken: PassThrough }).taken;
    taken.destroy(new Error('gone'));
    await new Promise((r) => setTimeout(r, 10));
    expect(seen).toEqual(['gone', 'close']);
  });

  it('a closed pipe fails the write with EPIPE: to the callback, as an error event when listened to, never thrown', async () => {
    const path = fifo('c');
    const reader = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const out = stdoutStream(openFd(path, constants.O_WRONLY | constants.O_NONBLOCK), fallback().stream);
    closeSync(reader);
    const first = await written(out, 'lost\n');
    expect(first.returned).toBe(false);
    expect((first.error as NodeJS.ErrnoException).code).toBe('EPIPE');
    // Nothing listens for errors here: had it been emitted, the test would have failed with an uncaught error.
    const events: string[] = [];
    out.on('error', (e: NodeJS.ErrnoException) => events.push(e.code!));
    const second = await written(out, 'lost too\n');
    expect(second.returned).toBe(false);
    expect((second.error as NodeJS.ErrnoException).code).toBe('EPIPE');
    expect(events).toEqual([]); // reported once, at the first failure
  });

  it("the CLI's Output marks a closed pipe closed, and writes nothing more", async () => {
    const path = fifo('o');
    const reader = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const out = new Output(stdoutStream(openFd(path, constants.O_WRONLY | constants.O_NONBLOCK), fallback().stream));
    closeSync(reader);
    await out.write('one\n');
    expect(out.closed).toBe(true);
    let called = false;
    await out.write('two\n', () => (called = true));
    expect(called).toBe(true);
  });
});
