import { mkdtempSync, writeFileSync, mkdirSync, readFileSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import { runCli } from '../helpers/cli.js';
import { main } from '../../src/cli/main.js';
import { latinRunCache } from '../../src/recognize/latin.js';

const SEED = readFileSync(new URL('../../fixtures/news/000_c4aff9e3ec424988.txt', import.meta.url), 'utf8');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'arner-batch-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'in', 'sub', 'deeper'), { recursive: true });
  writeFileSync(join(dir, 'in', 'a.txt'), SEED);
  writeFileSync(join(dir, 'in', 'sub', 'b.txt'), 'زار ماكرون موسكو الخميس.');
  writeFileSync(join(dir, 'in', 'sub', 'deeper', 'c.txt'), 'قال بيسكوف إن روسيا…');
  return dir;
}

describe('--out, --resume, --jobs, stats', () => {
  it('--out writes one file per input, mirroring the folder tree, and leaves no temporary file', async () => {
    const dir = corpus();
    const r = await runCli([join(dir, 'in'), '--out', join(dir, 'out'), '--jobs', '1']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    for (const f of ['a.txt.jsonl', 'sub/b.txt.jsonl', 'sub/deeper/c.txt.jsonl']) expect(existsSync(join(dir, 'out', f)), f).toBe(true);
    const all = readdirSync(join(dir, 'out'), { recursive: true }).map(String);
    expect(all.filter((f) => f.includes('.tmp-'))).toEqual([]);
    const rec = JSON.parse(readFileSync(join(dir, 'out', 'sub', 'b.txt.jsonl'), 'utf8'));
    expect(rec.entities.map((e: { id?: string; value?: string }) => e.id ?? e.value)).toContain('city:moscow');
  });

  it('--resume skips inputs whose output already exists', async () => {
    const dir = corpus();
    await runCli([join(dir, 'in'), '--out', join(dir, 'out'), '--jobs', '1']);
    writeFileSync(join(dir, 'out', 'a.txt.jsonl'), 'kept\n');
    await runCli([join(dir, 'in'), '--out', join(dir, 'out'), '--resume', '--jobs', '1']);
    expect(readFileSync(join(dir, 'out', 'a.txt.jsonl'), 'utf8')).toBe('kept\n');
    await runCli([join(dir, 'in'), '--out', join(dir, 'out'), '--jobs', '1']);
    expect(readFileSync(join(dir, 'out', 'a.txt.jsonl'), 'utf8')).not.toBe('kept\n');
  });

  it('worker threads give exactly the output of one thread, in input order', async () => {
    const lines = Array.from({ length: 60 }, (_, i) => JSON.stringify({ id: i, text: i % 3 ? SEED.slice(i * 30, i * 30 + 400) : 'زار ماكرون باريس' })).join('\n');
    const one = await runCli(['--input', 'jsonl', '--jobs', '1'], { stdin: lines });
    const two = await runCli(['--input', 'jsonl', '--jobs', '2'], { stdin: lines });
    expect(two.stdout).toBe(one.stdout);
    expect(one.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(Array.from({ length: 60 }, (_, i) => i));
  });

  it('English runs read together by workers (several batches waiting at once) give the entities of one thread', async () => {
    const dir = corpus();
    const glosses = ['Emmanuel Macron', 'Paris', 'Microsoft Corporation', 'U.S. Army', 'Washington, D.C.', 'Dr. Smith', 'Angela Merkel', 'Berlin'];
    // ~300 KB of lines, a gloss in most: many 32 KB batches, each with a few new runs, queued on both workers.
    const records = Array.from({ length: 300 }, (_, i) => {
      const gloss = i % 4 === 3 ? '' : ` (${glosses[i % glosses.length]} ${i % 7 === 0 ? `Report ${i}` : ''})`;
      return SEED.repeat(2).slice((i * 89) % SEED.length, ((i * 89) % SEED.length) + 900) + gloss;
    });
    const file = join(dir, 'glossed.txt');
    writeFileSync(file, records.join('\n') + '\n');
    const one = await runCli(['--input', 'lines', file, '--format', 'jsonl', '--jobs', '1']);
    const two = await runCli(['--input', 'lines', file, '--format', 'jsonl', '--jobs', '2']);
    expect(two.stdout).toBe(one.stdout);
    const latin = one.stdout.trim().split('\n').flatMap((l) => JSON.parse(l).entities.filter((e: { source: string }) => e.source === 'latin'));
    expect(latin.length).toBeGreaterThan(100);
    // Without workers a file's batches are read ahead and their runs read together (read-ahead.ts); `--format json`
    // takes one document at a time, each reading its own runs: the same records.
    latinRunCache.clear();
    const ahead = await runCli(['--input', 'lines', file, '--format', 'jsonl', '--jobs', '1']);
    latinRunCache.clear();
    const alone = await runCli(['--input', 'lines', file, '--format', 'json', '--jobs', '1']);
    expect(JSON.parse(alone.stdout)).toEqual(ahead.stdout.trim().split('\n').map((l) => JSON.parse(l)));
    expect(ahead.stdout).toBe(one.stdout);
  });

  it('a folder on one thread reads files ahead for their English runs: the records of each file read alone, in order', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'arner-files-ahead-'));
    dirs.push(dir);
    const glosses = ['Emmanuel Macron', 'Paris', 'Microsoft Corporation', 'Angela Merkel', 'Berlin', 'U.S. Army'];
    // More files than are read ahead at once, each with a run or two; a binary file and an undecodable one among them.
    const names: string[] = [];
    for (let i = 0; i < 24; i++) {
      const name = `${String(i).padStart(2, '0')}.txt`;
      names.push(name);
      if (i === 7) writeFileSync(join(dir, name), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]));
      else if (i === 19) writeFileSync(join(dir, name), Buffer.from([0xd8, 0xb2, 0xff, 0xfe, 0x20]));
      else writeFileSync(join(dir, name), `${SEED.slice(i * 37, i * 37 + 400)} (${glosses[i % glosses.length]} Report ${i})\n`);
    }
    latinRunCache.clear();
    const folder = await runCli([dir, '--format', 'jsonl', '--jobs', '1']);
    // `--format json` takes the files one at a time, each reading its own runs.
    latinRunCache.clear();
    const alone = await runCli([dir, '--format', 'json', '--jobs', '1']);
    expect(folder.stdout.trim().split('\n').map((l) => JSON.parse(l))).toEqual(JSON.parse(alone.stdout));
    expect(folder.stdout.trim().split('\n')).toHaveLength(names.length - 2);
    expect(folder.stderr).toBe(alone.stderr);
    expect(folder.stderr).toContain('07.txt');
    expect(folder.stderr).toContain('19.txt');
    const latin = folder.stdout.trim().split('\n').flatMap((l) => JSON.parse(l).entities.filter((e: { source: string }) => e.source === 'latin'));
    expect(latin.length).toBeGreaterThan(15);
  });

  it('--resume with files read ahead: skipped files are not extracted, the others are', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'arner-resume-ahead-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'in'));
    for (let i = 0; i < 30; i++) writeFileSync(join(dir, 'in', `${String(i).padStart(2, '0')}.txt`), `زار ماكرون باريس (Emmanuel Macron ${i})`);
    mkdirSync(join(dir, 'out'));
    for (const i of [1, 2, 17]) writeFileSync(join(dir, 'out', `${String(i).padStart(2, '0')}.txt.jsonl`), 'kept\n');
    const r = await runCli([join(dir, 'in'), '--out', join(dir, 'out'), '--resume', '--jobs', '1']);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'out', '17.txt.jsonl'), 'utf8')).toBe('kept\n');
    expect(JSON.parse(readFileSync(join(dir, 'out', '18.txt.jsonl'), 'utf8')).entities.map((e: { text: string }) => e.text)).toContain('Emmanuel Macron');
    expect(readdirSync(join(dir, 'out'))).toHaveLength(30);
  });

  it('workers give the output of one thread in every printing path (tsv and --summary in batches, json a document at a time)', async () => {
    const lines = Array.from({ length: 20 }, (_, i) => JSON.stringify({ id: i, text: SEED.slice(i * 40, i * 40 + 500) })).join('\n');
    for (const extra of [['--format', 'tsv'], ['--format', 'json'], ['--summary']]) {
      const one = await runCli(['--input', 'jsonl', '--jobs', '1', ...extra], { stdin: lines });
      const two = await runCli(['--input', 'jsonl', '--jobs', '2', ...extra], { stdin: lines });
      expect(two.stdout).toBe(one.stdout);
    }
  });

  it('a file of lines larger than a read chunk: batches on workers give the records of one thread, and of documents one by one', async () => {
    const dir = corpus();
    // ~190 KB: several batches of 32 KB reads, spread over both workers; a malformed record and a blank line among them.
    const records = Array.from({ length: 100 }, (_, i) => JSON.stringify({ id: `n${i}`, text: SEED.repeat(2).slice((i * 97) % SEED.length, ((i * 97) % SEED.length) + 1000) }));
    records.splice(63, 0, '{oops', '');
    const file = join(dir, 'big.jsonl');
    writeFileSync(file, records.join('\n') + '\n');
    const one = await runCli(['--input', 'jsonl', file, '--format', 'jsonl', '--jobs', '1']);
    const two = await runCli(['--input', 'jsonl', file, '--format', 'jsonl', '--jobs', '2']);
    expect(two.stdout).toBe(one.stdout);
    expect(two.code).toBe(1);
    expect(two.stderr).toBe(one.stderr);
    expect(one.stderr).toContain(`${file}:64: malformed JSON`);
    const jsonl = one.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(jsonl).toHaveLength(101);
    expect(Buffer.byteLength(records.join('\n'))).toBeGreaterThan(128 * 1024);
    // `--format json` takes the path of one document at a time: the same records.
    const json = await runCli(['--input', 'jsonl', file, '--format', 'json', '--jobs', '2']);
    expect(JSON.parse(json.stdout)).toEqual(jsonl);
    for (const extra of [['--format', 'tsv'], ['--summary']]) {
      const a = await runCli(['--input', 'jsonl', file, '--jobs', '1', ...extra]);
      const b = await runCli(['--input', 'jsonl', file, '--jobs', '2', ...extra]);
      expect(b.stdout).toBe(a.stdout);
      // The closing line gives the elapsed time; the tables above it must agree.
      expect(b.stderr.split('\n').slice(0, -2)).toEqual(a.stderr.split('\n').slice(0, -2));
    }
    const s1 = await runCli(['stats', '--input', 'jsonl', file, '--json', '--jobs', '1']);
    const s2 = await runCli(['stats', '--input', 'jsonl', file, '--json', '--jobs', '2']);
    expect(s2.stdout).toBe(s1.stdout);
    expect(JSON.parse(s1.stdout).documents).toBe(100);
  });

  it('a UTF-8 file of lines goes to workers as bytes and gives the output of one thread: BOM, CRLF, a bad byte, no last line feed', async () => {
    const dir = corpus();
    const lines = Array.from({ length: 120 }, (_, i) => Buffer.from(SEED.repeat(3).slice((i * 131) % 4000, ((i * 131) % 4000) + 900).replace(/\s+/g, ' ')));
    lines.splice(70, 0, Buffer.concat([Buffer.from('زار '), Buffer.from([0xff]), Buffer.from(' بيروت')]), Buffer.alloc(0));
    const file = join(dir, 'crlf.txt');
    // Past a read chunk several times over, so that the batches go to both workers.
    writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), ...lines.flatMap((l, i) => (i < lines.length - 1 ? [l, Buffer.from('\r\n')] : [l]))]));
    const one = await runCli(['--input', 'lines', file, '--format', 'jsonl', '--jobs', '1']);
    const two = await runCli(['--input', 'lines', file, '--format', 'jsonl', '--jobs', '2']);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    expect(one.stderr).toMatch(/crlf\.txt:71: invalid UTF-8 at byte \d+/);
    const records = one.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(records).toHaveLength(121);
    expect(records.at(-1).line).toBe(122);
  });

  it('a folder of files on workers: the output of one thread, files in order, bad files reported in their place', async () => {
    const dir = corpus();
    for (let i = 0; i < 12; i++) writeFileSync(join(dir, 'in', `n${String(i).padStart(2, '0')}.txt`), SEED.slice(i * 200, i * 200 + 700));
    writeFileSync(join(dir, 'in', 'sub', 'img.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    writeFileSync(join(dir, 'in', 'sub', 'broken.txt'), Buffer.concat([Buffer.from('زار '), Buffer.from([0xff]), Buffer.from(' بيروت')]));
    const one = await runCli([join(dir, 'in'), '--format', 'jsonl', '--jobs', '1']);
    const two = await runCli([join(dir, 'in'), '--format', 'jsonl', '--jobs', '2']);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    expect(two.code).toBe(1);
    expect(one.stdout.trim().split('\n')).toHaveLength(15);
    await runCli([join(dir, 'in'), '--out', join(dir, 'o1'), '--jobs', '1']);
    await runCli([join(dir, 'in'), '--out', join(dir, 'o2'), '--jobs', '2']);
    const files = (d: string) => (readdirSync(d, { recursive: true }) as string[]).sort();
    expect(files(join(dir, 'o2'))).toEqual(files(join(dir, 'o1')));
    for (const f of files(join(dir, 'o1'))) {
      if (f.endsWith('.jsonl')) expect(readFileSync(join(dir, 'o2', f), 'utf8')).toBe(readFileSync(join(dir, 'o1', f), 'utf8'));
    }
    // Neither the binary nor the undecodable file leaves an output.
    expect(files(join(dir, 'o1')).filter((f) => /img|broken/.test(f))).toEqual([]);
  });

  it('a folder extracted on one thread lets the event loop turn as it goes (Ctrl-C, progress, V8 tasks)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'arner-turns-'));
    dirs.push(dir);
    // 48 files of ~5 KB: ~240 KB of text, several times what is extracted between two turns.
    const FILES = 48;
    for (let i = 0; i < FILES; i++) writeFileSync(join(dir, `${String(i).padStart(2, '0')}.txt`), SEED.slice(0, 2500));
    const stdout = new PassThrough();
    let records = 0;
    let recordsAtTurn: number | undefined;
    stdout.on('data', (d: Buffer) => {
      // Queued with the first record: it runs at the loop's next turn, which a run that never yields reaches only
      // when every file is done.
      if (records === 0) setImmediate(() => (recordsAtTurn = records));
      records += d.toString('utf8').split('\n').length - 1;
    });
    const run = main([dir, '--jobs', '1', '--format', 'jsonl'], { stdin: new PassThrough(), stdout, stderr: new PassThrough(), env: {} });
    expect(await run).toBe(0);
    expect(records).toBe(FILES);
    expect(recordsAtTurn).toBeDefined();
    expect(recordsAtTurn!).toBeLessThan(FILES);
  });

  it.each(['1', '2'])('a live pipe with --jobs %s: each record is written when it is done, not when more input arrives', async (jobs) => {
    const stdin = new PassThrough();
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    const lines: string[] = [];
    let partial = '';
    let onLine: (() => void) | undefined;
    stdout.on('data', (d: Buffer) => {
      partial += d.toString('utf8');
      const parts = partial.split('\n');
      partial = parts.pop()!;
      lines.push(...parts);
      if (parts.length) onLine?.();
    });
    const nextLine = () => new Promise<void>((resolve) => (onLine = resolve));
    const run = main(['--input', 'jsonl', '--jobs', jobs], { stdin, stdout, stderr, env: {} });
    stdin.write('{"id": 1, "text": "زار ماكرون باريس"}\n');
    await nextLine();
    expect(JSON.parse(lines[0]).id).toBe(1);
    stdin.write('{"id": 2, "text": "قال بيسكوف إن روسيا"}\n');
    await nextLine();
    expect(JSON.parse(lines[1]).id).toBe(2);
    stdin.end();
    expect(await run).toBe(0);
    expect(lines).toHaveLength(2);
  });

  it('the mapper contract: chunked input, concatenated outputs, equals one run; one output line per input line', async () => {
    const input = [
      '{"id": "a", "text": "زار ماكرون باريس"}',
      'not json',
      '{"id": "b", "text": 42}',
      '{"id": "c", "text": "قال بيسكوف إن روسيا"}',
      '{"id": "d", "text": ""}',
      '{"id": "e", "text": "الأمم المتحدة في جنيف"}',
    ];
    const run = (lines: string[], ...flags: string[]) => runCli(['--input', 'jsonl', '--ref-date', '2025-01-01', '--jobs', '1', ...flags], { stdin: lines.join('\n') + '\n' });
    const chunks = [input.slice(0, 2), input.slice(2, 5), input.slice(5)];
    // With --no-line, byte for byte.
    const whole = await run(input, '--no-line');
    expect(whole.stdout.trim().split('\n')).toHaveLength(input.length);
    let chunked = '';
    for (const chunk of chunks) chunked += (await run(chunk, '--no-line')).stdout;
    expect(chunked).toBe(whole.stdout);
    expect(whole.stdout).not.toContain('"line"');
    expect((await run(input, '--no-line', '--jobs', '2')).stdout, 'on workers').toBe(whole.stdout);
    expect((await run(input, '--no-line', '--format', 'json')).stdout, 'records one by one').not.toContain('"line"');
    // Without it, line numbers restart in every chunk; everything else is the same.
    const numbered = await run(input);
    const strip = (s: string) => s.trim().split('\n').map((l) => {
      const r = JSON.parse(l);
      expect(r.line).toBeGreaterThan(0);
      delete r.line;
      return JSON.stringify(r);
    });
    let chunkedNumbered = '';
    for (const chunk of chunks) chunkedNumbered += (await run(chunk)).stdout;
    expect(strip(chunkedNumbered)).toEqual(strip(numbered.stdout));
    expect(strip(numbered.stdout).join('\n') + '\n').toBe(whole.stdout);
  });

  it('--date-field: each record resolves its relative dates against its own date, else --ref-date, in every path', async () => {
    const input = [
      '{"id": "a", "published": "2024-03-05T09:00:00Z", "text": "وصل الوفد أمس إلى القاهرة"}',
      '{"id": "b", "text": "وصل الوفد أمس إلى القاهرة"}',
      '{"id": "c", "published": "05/03/2024", "text": "أمس"}',
    ].join('\n') + '\n';
    for (const [format, jobs] of [['jsonl', '1'], ['jsonl', '2'], ['json', '1'], ['json', '2']]) {
      const r = await runCli(['--input', 'jsonl', '--date-field', 'published', '--ref-date', '2020-01-10', '--format', format, '--jobs', jobs], { stdin: input });
      const records = format === 'json' ? JSON.parse(r.stdout) : r.stdout.trim().split('\n').map((l) => JSON.parse(l));
      const why = `${format}, --jobs ${jobs}`;
      expect(records.map((x: { refDate?: string }) => x.refDate), why).toEqual(['2024-03-05', '2020-01-10', undefined]);
      expect(records[0].entities[0], why).toMatchObject({ type: 'DATE', value: '2024-03-04' });
      expect(records[1].entities[0], why).toMatchObject({ type: 'DATE', value: '2020-01-09' });
      expect(records[2], why).toMatchObject({ id: 'c', line: 3, error: expect.stringMatching(/^"published" is not a date/) });
      expect(r.code, why).toBe(1);
    }
  });

  it('--date-field without --input jsonl is a usage error', async () => {
    const r = await runCli(['--date-field', 'published'], { stdin: 'أمس\n' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--date-field needs --input jsonl');
    expect(r.stdout).toBe('');
  });

  it('a line that is not valid UTF-8 is answered by an error record on that line, and the lines after it still are', async () => {
    const input = Buffer.concat([
      Buffer.from('{"id": "a", "text": "زار ماكرون باريس"}\n{"id": "b", "text": "'),
      Buffer.from([0xd9, 0x28]),
      Buffer.from('"}\n{"id": "c", "text": "قال بيسكوف إن روسيا"}\n'),
    ]);
    for (const input_ of ['jsonl', 'lines']) {
      for (const jobs of ['1', '2']) {
        const r = await runCli(['--input', input_, '--jobs', jobs], { stdin: input });
        const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
        expect(out.map((o) => o.line)).toEqual([1, 2, 3]);
        expect(out[1]).toEqual({ source: '-', line: 2, error: 'invalid UTF-8 at byte 75' });
        expect(out[2].entities.map((e: { id?: string }) => e.id)).toContain('person:dmitry-peskov');
        expect(r.stderr).toContain('-:2: invalid UTF-8 at byte 75');
        expect(r.code).toBe(1);
      }
    }
  });

  it('stats prints the most frequent entities per type', async () => {
    const dir = corpus();
    const r = await runCli(['stats', join(dir, 'in'), '--json', '--top', '2', '--jobs', '1']);
    const stats = JSON.parse(r.stdout);
    expect(stats.documents).toBe(3);
    expect(stats.top.LOC[0]).toMatchObject({ id: 'country:UA' });
    expect(stats.top.LOC).toHaveLength(2);
  });

  it('stats in a table shows a date\'s value beside its text (why: one text can be several dates)', async () => {
    const r = await runCli(['stats', '--input', 'jsonl', '--jobs', '1', '--types', 'DATE'], {
      stdin: ['{"text": "date 2025-06-10 وفي مارس الماضي زار الوفد موسكو"}', '{"text": "date 2024-06-10 وفي مارس الماضي زار الوفد موسكو"}'].join('\n'),
    });
    expect(r.code).toBe(0);
    const rows = r.stdout.split('\n').filter((l) => l.includes('مارس الماضي'));
    expect(rows).toHaveLength(2);
    expect(rows.map((l) => l.trim().split(/\s+/)[1]).sort()).toEqual(['2024-03', '2025-03']);
  });

  it('stats takes --format json as the main command does, and --format table', async () => {
    const dir = corpus();
    const json = await runCli(['stats', join(dir, 'in'), '--json', '--jobs', '1']);
    const format = await runCli(['stats', join(dir, 'in'), '--format', 'json', '--jobs', '1']);
    expect(format.code).toBe(0);
    expect(format.stdout).toBe(json.stdout);
    const table = await runCli(['stats', join(dir, 'in'), '-f', 'table', '--jobs', '1']);
    expect(table.stdout).toContain('country:UA');
    expect(() => JSON.parse(table.stdout)).toThrow();
    const both = await runCli(['stats', join(dir, 'in'), '--json', '--format', 'table']);
    expect(both.code).toBe(2);
  });
});
