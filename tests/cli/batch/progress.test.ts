/** The progress line on a terminal's stderr: drawn before the files are counted, with totals and an ETA after. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { Progress } from '../../../src/cli/batch/progress.js';
import { main } from '../../../src/cli/main.js';

function recorder() {
  const lines: string[] = [];
  return { lines, stream: { write: (s: string) => lines.push(s) } };
}

describe('Progress', () => {
  it('shows what is done before the totals are known, then a share and an ETA (why: counting a big folder takes a while)', () => {
    const { lines, stream } = recorder();
    const p = new Progress(stream);
    p.file(1000);
    expect(lines.at(-1)).toContain('1 files (counting…)');
    expect(lines.at(-1)).not.toContain('ETA');
    p.setTotals(4, 4000);
    expect(lines.at(-1)).toContain('1/4 files');
    expect(lines.at(-1)).toContain('█'.repeat(6) + '░'.repeat(18));
    expect(lines.at(-1)).toContain('ETA');
  });

  it('counts the share in bytes of files, as the totals are (why: characters against bytes stopped at half for Arabic)', () => {
    const { lines, stream } = recorder();
    const p = new Progress(stream);
    p.setTotals(2, 3000);
    p.documents(5);
    p.file(1000);
    p.file(2000);
    p.setTotals(2, 3000); // forces a draw
    expect(lines.at(-1)).toContain('█'.repeat(24));
    expect(lines.at(-1)).toContain('2/2 files');
  });

  it('draws nothing once done, even when the totals come later', () => {
    const { lines, stream } = recorder();
    const p = new Progress(stream);
    p.done();
    const n = lines.length;
    p.setTotals(10, 100);
    p.file(10);
    expect(lines).toHaveLength(n);
  });
});

describe('the progress line in a run', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('is drawn on a terminal stderr for a folder, cleared at the end, and a summary follows', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'arner-progress-'));
    dirs.push(dir);
    for (let i = 0; i < 3; i++) writeFileSync(join(dir, `${i}.txt`), 'زار ماكرون موسكو الخميس.');
    const stderr = new PassThrough() as PassThrough & { isTTY?: boolean };
    stderr.isTTY = true;
    let err = '';
    stderr.on('data', (d: Buffer) => (err += d.toString('utf8')));
    const stdout = new PassThrough();
    stdout.resume();
    const code = await main([dir, '--jobs', '1', '--format', 'jsonl'], { stdin: new PassThrough(), stdout, stderr, env: {} });
    expect(code).toBe(0);
    expect(err).toContain('files');
    // The line is cleared (erase-line) before the summary, which is the last thing written.
    const cleared = err.lastIndexOf('\r\u001b[2K');
    expect(cleared).toBeGreaterThanOrEqual(0);
    expect(err.slice(cleared + 5)).toMatch(/^[^\r]*3 files?/);
  });
});
