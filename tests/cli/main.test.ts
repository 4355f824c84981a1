import { mkdtempSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const SEED = new URL('../../fixtures/news/000_c4aff9e3ec424988.txt', import.meta.url).pathname;

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'arner-cli-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'b'));
  writeFileSync(join(dir, 'b', 'two.txt'), 'زار ماكرون موسكو.');
  writeFileSync(join(dir, 'a.txt'), 'قال بيسكوف في كييف.');
  writeFileSync(join(dir, 'c.txt'), '');
  return dir;
}

const lines = (s: string) => s.trim().split('\n').map((l) => JSON.parse(l) as { source: string; entities: Array<{ text: string; id?: string }> });

describe('arner (in-process)', () => {
  it('reads stdin and prints one JSON Lines record when stdout is not a terminal', async () => {
    const r = await runCli([], { stdin: 'زار ماكرون باريس الخميس', env: {} });
    expect(r.code).toBe(0);
    const [rec] = lines(r.stdout);
    expect(rec.source).toBe('-');
    expect(rec.entities.map((e) => e.id ?? e.text)).toEqual(['person:emmanuel-macron', 'city:paris', 'الخميس']);
  });

  it('a folder gives one record per file, sorted by path', async () => {
    const dir = corpus();
    const r = await runCli([dir, '--format', 'jsonl']);
    expect(r.code).toBe(0);
    expect(lines(r.stdout).map((x) => x.source.slice(dir.length + 1))).toEqual(['a.txt', 'b/two.txt', 'c.txt']);
  });

  it('a glob and several files keep argument order', async () => {
    const dir = corpus();
    const r = await runCli([join(dir, 'c.txt'), `${dir}/**/*.txt`, '--format', 'jsonl']);
    expect(lines(r.stdout).map((x) => x.source.slice(dir.length + 1))).toEqual(['c.txt', 'a.txt', 'b/two.txt', 'c.txt']);
  });

  it('a missing file is reported on stderr, the others are printed, exit 1', async () => {
    const dir = corpus();
    const r = await runCli([join(dir, 'nope.txt'), join(dir, 'a.txt')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`arner: ${join(dir, 'nope.txt')}: no such file or folder`);
    expect(lines(r.stdout)).toHaveLength(1);
  });

  it('invalid UTF-8 is an error for that file, named', async () => {
    const dir = corpus();
    writeFileSync(join(dir, 'bad.txt'), Buffer.from([0x41, 0xd9, 0x28, 0x42]));
    const r = await runCli([join(dir, 'bad.txt'), join(dir, 'a.txt')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${join(dir, 'bad.txt')}: invalid UTF-8 at byte 1`);
    expect(lines(r.stdout)).toHaveLength(1);
  });

  it('--input jsonl passes ids through and answers a malformed line with an error record on that line', async () => {
    const input = ['{"id": 7, "body": "بيسكوف"}', '{oops', '{"id": "x", "text": "no body"}', '{"id": 9, "body": "روسيا"}'].join('\n');
    const r = await runCli(['--input', 'jsonl', '--text-field', 'body'], { stdin: input });
    expect(r.code).toBe(1);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out).toHaveLength(4);
    expect(out[0]).toMatchObject({ id: 7, line: 1 });
    expect(out[1]).toMatchObject({ line: 2 });
    expect(out[1].error).toMatch(/malformed JSON/);
    expect(out[2]).toMatchObject({ id: 'x', line: 3, error: 'no "body" field' });
    expect(out[3].entities[0].id).toBe('country:RU');
  });

  it('--input lines makes each line a document', async () => {
    const r = await runCli(['--input', 'lines'], { stdin: 'روسيا\n\nأوكرانيا\n' });
    expect(lines(r.stdout).map((x) => (x as unknown as { line: number }).line)).toEqual([1, 3]);
  });

  it('--types keeps only the types asked for', async () => {
    const r = await runCli(['--types', 'DATE,PER', SEED]);
    const types = new Set(lines(r.stdout)[0].entities.map((e) => (e as unknown as { type: string }).type));
    expect([...types].sort()).toEqual(['DATE', 'PER']);
  });

  it('usage errors exit 2 before any output', async () => {
    for (const argv of [['--types', 'FOO'], ['--format', 'xml'], ['--ref-date', '2025-13-45'], ['--min-confidence', '2'], ['--bogus']]) {
      const r = await runCli(argv, { stdin: 'x' });
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
    }
  });

  it('a bad user lexicon stops the run with exit 2 and file:line', async () => {
    const dir = corpus();
    writeFileSync(join(dir, 'lex.tsv'), 'id\ttype\tsubtype\tar\ten\tvariants\nperson:x\tORG\t\tاسم\tX\t\n');
    const r = await runCli(['--lexicon', join(dir, 'lex.tsv'), join(dir, 'a.txt')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${join(dir, 'lex.tsv')}:2: id person:x needs type PER`);
  });

  it('a user lexicon adds entries; --no-builtin uses only it', async () => {
    const dir = corpus();
    writeFileSync(join(dir, 'lex.tsv'), 'id\ttype\tsubtype\tar\ten\tvariants\nperson:ali-x\tPER\t\tعلي إكس\tAli X\t\n');
    const r = await runCli(['--lexicon', join(dir, 'lex.tsv'), '--no-builtin', '--types', 'PER,LOC'], { stdin: 'التقى علي إكس في موسكو' });
    expect(lines(r.stdout)[0].entities.map((e) => e.id)).toEqual(['person:ali-x']);
  });

  it('prints a table on a terminal, with colour only when allowed', async () => {
    const plain = await runCli([SEED], { tty: true, env: { NO_COLOR: '1' } });
    expect(plain.stdout).toContain('person:emmanuel-macron');
    expect(plain.stdout).not.toMatch(/\u001b\[/);
    const coloured = await runCli([SEED], { tty: true, env: {} });
    expect(coloured.stdout).toMatch(/\u001b\[/);
    const forced = await runCli([SEED, '--format', 'table', '--color'], {});
    expect(forced.stdout).toMatch(/\u001b\[/);
  });

  it('json is one valid array; tsv has a header and one row per entity', async () => {
    const dir = corpus();
    const json = await runCli([dir, '--format', 'json']);
    expect(JSON.parse(json.stdout)).toHaveLength(3);
    const tsv = await runCli([join(dir, 'a.txt'), '--format', 'tsv']);
    const rows = tsv.stdout.trim().split('\n');
    expect(rows[0].split('\t')[0]).toBe('document');
    expect(rows).toHaveLength(3);
  });

  it('normalize prints what the matcher sees', async () => {
    const r = await runCli(['normalize'], { stdin: 'وَالأُمَمُ المُتَّحِدَة ٢٠٢٥' });
    expect(r.stdout).toBe('والامم المتحده 2025\n');
  });

  it('--help shows every option with examples; --version prints the version', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    for (const opt of ['--format', '--types', '--input', '--text-field', '--ref-date', '--prefer-dates', '--lexicon', '--no-builtin', '--min-confidence', '--no-progress', '--color', 'Examples:']) {
      expect(help.stdout).toContain(opt);
    }
    const version = await runCli(['--version']);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
