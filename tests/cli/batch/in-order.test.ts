import { describe, expect, it } from 'vitest';
import { InOrder, type Commit } from '../../../src/cli/batch/in-order.js';

function later(ms: number, commit: Commit): Promise<Commit> {
  return new Promise((resolve) => setTimeout(() => resolve(commit), ms));
}

describe('InOrder', () => {
  it('commits in the order steps were queued, whatever order they finish in', async () => {
    const seen: number[] = [];
    const q = new InOrder(10);
    await q.push(later(30, () => void seen.push(1)));
    await q.push(later(1, () => void seen.push(2)));
    await q.push(() => void seen.push(3));
    await q.push(later(10, () => void seen.push(4)));
    expect(seen).toEqual([]);
    await q.drain();
    expect(seen).toEqual([1, 2, 3, 4]);
  });

  it('push waits while more than inFlight steps are pending (back-pressure), and inFlight 0 commits at once', async () => {
    const seen: number[] = [];
    const q = new InOrder(2);
    await q.push(later(5, () => void seen.push(1)));
    await q.push(later(5, () => void seen.push(2)));
    expect(seen).toEqual([]);
    await q.push(later(5, () => void seen.push(3)));
    expect(seen).toEqual([1]);
    await q.drain();
    const now = new InOrder(0);
    await now.push(() => void seen.push(9));
    expect(seen).toEqual([1, 2, 3, 9]);
  });

  it('an asynchronous commit finishes before the next begins', async () => {
    const seen: string[] = [];
    const q = new InOrder(5);
    await q.push(async () => {
      seen.push('a start');
      await new Promise((r) => setTimeout(r, 10));
      seen.push('a end');
    });
    await q.push(() => void seen.push('b'));
    await q.drain();
    expect(seen).toEqual(['a start', 'a end', 'b']);
  });

  it('commits a step as soon as it and those before it are ready, without waiting for the next push', async () => {
    const seen: number[] = [];
    const q = new InOrder(10);
    await q.push(later(5, () => void seen.push(1)));
    await new Promise((r) => setTimeout(r, 30));
    expect(seen).toEqual([1]);
    await q.drain();
  });

  it('a commit that throws stops the queue and the error reaches the producer', async () => {
    const q = new InOrder(10);
    const produce = async () => {
      await q.push(() => {
        throw new Error('disk full');
      });
      await q.push(later(1, () => {}));
      await q.drain();
    };
    await expect(produce()).rejects.toThrow('disk full');
  });
});
