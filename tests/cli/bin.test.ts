/** A few checks against the real binary: what a user's shell sees. */
import { spawn, spawnSync, execSync } from 'node:child_process';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
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

  it.each(['1', '2'])(
    'a reader that stops reading stops arner reading its input, and nothing is lost (back-pressure, --jobs %s)',
    async (jobs) => {
      const child = spawn('node', [bin, '--input', 'lines', '--jobs', jobs, '--format', 'jsonl'], { cwd: root, stdio: ['pipe', 'pipe', 'ignore'] });
      child.stdout.pause();
      const line = 'وقال الرئيس الفرنسي إيمانويل ماكرون في موسكو يوم الخميس إن بيسكوف التقى وفد الكرملين\n';
      const chunk = Buffer.from(line.repeat(500));
      let written = 0;
      // What arner has taken of its input: what was written, less what still waits in this side's buffer.
      const taken = () => written - child.stdin.writableLength;
      const offerFor = async (ms: number) => {
        const until = Date.now() + ms;
        while (Date.now() < until) {
          written += chunk.length;
          if (!child.stdin.write(chunk)) await Promise.race([once(child.stdin, 'drain'), sleep(Math.max(until - Date.now(), 0))]);
        }
      };
      await offerFor(1500);
      const stalled = taken();
      await offerFor(1000);
      // Stalled: it took nothing more while its output was not read, and it had taken little (the pipes and a few
      // batches in flight), where it reads ~10 MB a second when its output flows.
      expect(taken()).toBe(stalled);
      expect(stalled).toBeLessThan(8 << 20);
      let lines = 0;
      child.stdout.on('data', (d: Buffer) => {
        for (const b of d) if (b === 10) lines++;
      });
      child.stdout.resume();
      child.stdin.end();
      const [code] = (await once(child, 'exit')) as [number];
      expect(code).toBe(0);
      expect(lines).toBe(written / Buffer.byteLength(line));
    },
    30_000,
  );

  it('exits 2 on a usage error', () => {
    const r = spawnSync('node', [bin, '--format', 'xml'], { cwd: root, encoding: 'utf8', input: '' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/xml/);
  });
});
