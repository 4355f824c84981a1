/** Hostile input through the CLI: every good document processed exactly as alone, every bad one reported. */
import { mkdtempSync, writeFileSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runCli } from '../helpers/cli.js';

const SEED = readFileSync(new URL('../../fixtures/news/000_c4aff9e3ec424988.txt', import.meta.url), 'utf8');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** windows-1256 bytes of a string, from the decoder's own table (no hand-typed code page). */
function cp1256(text: string): Buffer {
  const decoder = new TextDecoder('windows-1256');
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(Uint8Array.of(b)), b);
  return Buffer.from([...text].map((ch) => table.get(ch) ?? 0x3f));
}

function mixedFolder(): { dir: string; good: string[]; bad: string[]; skipped: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'arner-hostile-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'sub'));
  const files: Record<string, Buffer | string> = {
    'seed.txt': SEED,
    'crlf.txt': 'زار ماكرون باريس.\r\nوقال بيسكوف إن روسيا\rمستعدة.\r\n',
    'bom.txt': '\uFEFFقال زيلينسكي في كييف',
    'emoji.txt': '😀 زار 👍🏽 ماكرون 𝔸 باريس \u200F الخميس',
    'bidi.txt': '\u202Bزار\u202C \u200Eماكرون\u200F باريس',
    'empty.txt': '',
    'spaces.txt': '   \n\t  \n',
    'name with spaces.txt': 'الأمم المتحدة في جنيف',
    'عربي.txt': 'روسيا وأوكرانيا',
    'utf16.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('قال بيسكوف في موسكو', 'utf16le')]),
    'cp1256.txt': cp1256('قال بيسكوف إن روسيا وأوكرانيا تتفاوضان في إسطنبول منذ عام 2022 برعاية تركية.'),
    'bad-utf8.txt': Buffer.from([0x41, 0xc3, 0x28, 0x42]),
    'image.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    'doc.pdf': '%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n',
    'sub/nested.txt': 'الخميس الماضي في لندن',
  };
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  symlinkSync('..', join(dir, 'sub', 'loop'));
  return {
    dir,
    good: Object.keys(files).filter((f) => f.endsWith('.txt') && f !== 'bad-utf8.txt'),
    bad: ['bad-utf8.txt'],
    skipped: ['image.png', 'doc.pdf'],
  };
}

describe('a folder of hostile files', () => {
  it('processes every good file exactly as it would alone, and names every bad one', async () => {
    const { dir, good, bad, skipped } = mixedFolder();
    const r = await runCli([dir, '--format', 'jsonl', '--jobs', '1', '--ref-date', '2025-09-05']);
    expect(r.code).toBe(1);
    const records = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { source: string; entities: unknown[]; encoding?: string });
    const bySource = new Map(records.map((rec) => [rec.source.slice(dir.length + 1), rec]));
    expect([...bySource.keys()].sort()).toEqual([...good].sort());
    for (const f of good) {
      const alone = await runCli([join(dir, f), '--format', 'jsonl', '--jobs', '1', '--ref-date', '2025-09-05']);
      expect(JSON.parse(alone.stdout), f).toEqual(bySource.get(f));
    }
    for (const f of bad) expect(r.stderr).toContain(`${join(dir, f)}: invalid UTF-8`);
    for (const f of skipped) expect(r.stderr).toContain(`${join(dir, f)}: binary file, skipped`);
    expect(bySource.get('empty.txt')!.entities).toEqual([]);
    expect(bySource.get('spaces.txt')!.entities).toEqual([]);
    expect(bySource.get('cp1256.txt')!.encoding).toBe('windows-1256');
    expect(bySource.get('utf16.txt')!.encoding).toBe('utf-16le');
    expect(r.stdout).not.toContain('loop');
  });

  it('every mention is the slice of its document, also in UTF-16, windows-1256, CRLF and astral text', async () => {
    const { dir, good } = mixedFolder();
    for (const f of good) {
      const r = await runCli([join(dir, f), '--format', 'jsonl', '--jobs', '1']);
      const rec = JSON.parse(r.stdout) as { entities: Array<{ text: string; start: number; end: number }> };
      const text = await decodeLikeArner(join(dir, f));
      for (const e of rec.entities) expect(text.slice(e.start, e.end), f).toBe(e.text);
    }
  });
});

async function decodeLikeArner(path: string): Promise<string> {
  const { decode } = await import('../../src/io/decode.js');
  return decode(readFileSync(path)).text;
}

describe('fuzzing the command line', () => {
  it('any input gives valid JSON whose mentions slice the input, the same twice, and never a crash', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 120 }), async (text) => {
        const a = await runCli(['--format', 'jsonl', '--jobs', '1', '--ref-date', '2025-09-05'], { stdin: text });
        const b = await runCli(['--format', 'jsonl', '--jobs', '1', '--ref-date', '2025-09-05'], { stdin: text });
        expect(a.code).toBe(0);
        expect(a.stdout).toBe(b.stdout);
        const rec = JSON.parse(a.stdout) as { entities: Array<{ text: string; start: number; end: number }> };
        const decoded = text.startsWith('\uFEFF') ? text.slice(1) : text;
        for (const e of rec.entities) {
          expect(e.start).toBeGreaterThanOrEqual(0);
          expect(e.end).toBeLessThanOrEqual(decoded.length);
          expect(decoded.slice(e.start, e.end)).toBe(e.text);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('pathological repetitions finish (linear-time matching and date grammar)', async () => {
    for (const word of ['و', 'روسيا', 'مارس', '2022', 'وبال', 'في 17 يوليو/تموز 2023 و', 'الرئيس محمد', '،']) {
      const text = Array.from({ length: 20000 }, () => word).join(' ');
      const r = await runCli(['--format', 'jsonl', '--jobs', '1'], { stdin: text });
      expect(r.code, word).toBe(0);
      JSON.parse(r.stdout);
    }
  });
});
