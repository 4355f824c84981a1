import { describe, expect, it } from 'vitest';
import { AUTO_BYTES_PER_WORKER, workersFor } from '../../../src/cli/batch/workers-for.js';

describe('workersFor (--jobs not given)', () => {
  const MB16 = AUTO_BYTES_PER_WORKER;
  it.each([
    { cores: 8, bytes: undefined, want: 8, why: 'stdin may be endless: every core' },
    { cores: 8, bytes: 0, want: 1, why: 'empty files: no worker' },
    { cores: 8, bytes: MB16 - 1, want: 1, why: 'a small input stays on the main thread (workers would only warm up)' },
    { cores: 8, bytes: 2 * MB16, want: 2, why: 'one worker per 16 MB' },
    { cores: 2, bytes: 100 * MB16, want: 2, why: 'never more than the cores' },
  ])('$why', ({ cores, bytes, want }) => {
    expect(workersFor(cores, bytes)).toBe(want);
  });
});
