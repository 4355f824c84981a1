/**
 * A temporary folder per test with the descriptors a test opens in it, and named pipes: what the tests of stdin and
 * stdout need to read and write real files and FIFOs by their descriptors. Call `useDescriptors` at the top of a
 * test file; its functions belong to the test that runs.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';

export interface Descriptors {
  /** A path in the test's folder. */
  path(name: string): string;
  /** A descriptor closed after the test. */
  open(path: string, flags: number): number;
  /** A named pipe in the test's folder, not opened. */
  fifo(name: string): string;
}

export function useDescriptors(prefix: string): Descriptors {
  let dir = '';
  const opened: number[] = [];
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), prefix));
  });
  afterEach(() => {
    for (const fd of opened.splice(0)) closeSync(fd);
    rmSync(dir, { recursive: true, force: true });
  });
  return {
    path: (name) => join(dir, name),
    open: (path, flags) => {
      const fd = openSync(path, flags);
      opened.push(fd);
      return fd;
    },
    fifo: (name) => {
      const path = join(dir, name);
      execFileSync('mkfifo', [path]);
      return path;
    },
  };
}
