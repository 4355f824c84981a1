/** A few checks against the real binary: what a user's shell sees. */
import { spawnSync, execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it, beforeAll } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const bin = root + 'bin/arner.js';

beforeAll(() => {
  if (!existsSync(root + 'dist/cli/main.js')) execSync('npx tsc -p tsconfig.json', { cwd: root });
});

describe('bin/arner.js', () => {
  it('runs on the seed article and prints JSON Lines when piped', () => {
    const r = spawnSync('node', [bin, 'fixtures/news/000_c4aff9e3ec424988.txt'], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(0);
    const rec = JSON.parse(r.stdout);
    expect(rec.refDate).toBe('2025-09-05');
    expect(rec.entities.length).toBeGreaterThan(50);
  });

  it('ends quietly with exit 0 when the reader closes the pipe early', () => {
    const r = spawnSync('bash', ['-c', `set -o pipefail; for i in $(seq 400); do echo "زار ماكرون باريس"; done | node ${bin} --input lines | head -1`], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('exits 2 on a usage error', () => {
    const r = spawnSync('node', [bin, '--format', 'xml'], { cwd: root, encoding: 'utf8', input: '' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/xml/);
  });
});
