import { describe, expect, it } from 'vitest';
import { AUTO_BYTES_PER_WORKER, workersFor } from '../../../src/cli/batch/workers-for.js';

describe('workersFor (--jobs not given)', () => {
  const PER_WORKER = AUTO_BYTES_PER_WORKER;
  it('two workers only from 50 MB (why: below, they cost as much wall time as one thread and 40 % more CPU)', () => {
    expect(workersFor(2, 49_000_000)).toBe(1);
    expect(workersFor(2, 50_000_000)).toBe(2);
  });
  it.each([
    { cores: 8, bytes: undefined, want: 8, why: 'stdin may be endless: every core' },
    { cores: 8, bytes: 0, want: 1, why: 'empty files: no worker' },
    { cores: 8, bytes: PER_WORKER - 1, want: 1, why: 'a small input stays on the main thread (workers would only warm up)' },
    { cores: 8, bytes: 2 * PER_WORKER, want: 2, why: 'one worker per 25 MB' },
    { cores: 2, bytes: 100 * PER_WORKER, want: 2, why: 'never more than the cores' },
  ])('$why', ({ cores, bytes, want }) => {
    expect(workersFor(cores, bytes)).toBe(want);
  });
});
