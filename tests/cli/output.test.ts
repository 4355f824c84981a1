/** The CLI's output stream: back-pressure shared by concurrent writers. */
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Output } from '../../src/cli/io.js';

describe('Output', () => {
  it('many writers waiting on a full stream share one set of listeners, and every chunk arrives in order', async () => {
    const received: string[] = [];
    let release: (() => void) | undefined;
    const slow = new Writable({
      highWaterMark: 1,
      write(chunk: Buffer, _encoding, callback) {
        received.push(chunk.toString());
        // The first chunk is held until the test lets it go, so the stream stays full meanwhile.
        if (received.length === 1) release = callback;
        else callback();
      },
    });
    const out = new Output(slow);
    const errorListeners = slow.listenerCount('error');
    const writes = Array.from({ length: 20 }, (_, i) => out.write(`${i};`));
    await new Promise((r) => setImmediate(r));
    // One waiter's listeners (events.once adds an error listener per event); 20 writers used to add 60.
    expect(slow.listenerCount('error')).toBeLessThanOrEqual(errorListeners + 3);
    expect(slow.listenerCount('drain')).toBeLessThanOrEqual(1);
    release?.();
    await Promise.all(writes);
    expect(received.join('')).toBe(Array.from({ length: 20 }, (_, i) => `${i};`).join(''));
  });
});
