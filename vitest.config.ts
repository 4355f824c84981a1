import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Some tests spawn the real binary or worker threads, each compiling the lexicons: generous on a busy 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
