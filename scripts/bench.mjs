#!/usr/bin/env node
/**
 * arner's benchmark (`npm run bench`). Never a test: it measures and prints, it asserts nothing, it exits 0.
 *
 * Usage: node scripts/bench.mjs [--mb N] [--corpus FILE] [--seed S] [--keep] [--json FILE]
 *                               [--profile] [--profile-only] [--startup-only] [--rss-mb M] [--no-gnu-time]
 *                               [--no-snapshot]
 *
 *   --mb N          size of the generated corpus in MB (1 MB = 1,000,000 bytes); default 20
 *   --corpus FILE   use this corpus (one document per line) instead of generating one
 *   --seed S        corpus seed (default 42)
 *   --keep          keep the temporary folder (corpus, lexicon forms, profiles) and print its path
 *   --json FILE     also write every figure as JSON to FILE
 *   --profile       after the figures, profile (node --cpu-prof) the in-process run and the one-line startup, and
 *                   print where the time goes: self time per function, per module, and inclusive time per function
 *   --profile-only  only the profiles (the corpus is still generated)
 *   --startup-only  only the startup figures (d), with 15 alternated runs of each command (no corpus)
 *   --rss-mb M      also generate an M MB corpus and report the CLI's peak RSS and throughput on it (e.g. 1000),
 *                   with default options and, once --jobs exists, with --jobs 1, and as many --jobs 1 processes
 *                   at once as there are cores (each on its share); grep runs on it too, just before and just
 *                   after the default-options run (the ratio is against their mean). The per-core and grep
 *                   targets are then judged on it (start-up and V8's warm-up amortized, as in a long run)
 *   --folder-files K  also write K articles as K text files of ~10 KB (one document each, `--input text`) and report
 *                   the CLI's peak RSS and throughput on that folder, with default options and with --jobs 1;
 *                   default 10,000 with --rss-mb (a folder on one thread once grew to 413 MiB on 12,000 files while
 *                   a file of lines stayed bounded), 0 otherwise
 *   --no-gnu-time   measure peak RSS with process.resourceUsage().maxRSS in a child running the CLI code, even
 *                   where /usr/bin/time -v works
 *   --no-snapshot   run the working tree's dist/ directly; by default dist/, bin/ and lexicons/ are copied to the
 *                   temporary folder first, so a rebuild by someone else during the run cannot mix two versions
 *
 * What it runs, on the same corpus, in one run:
 *   (a) in-process, one thread: dist/index.js createModel + extractDocument on every line of the corpus, each
 *       record JSON.stringify'd (the bytes the CLI prints) and written to /dev/null (after a short untimed warm-up);
 *       then the same pass again, timed apart: V8 done compiling, what a core does in a long run;
 *   (b) the CLI as a user runs it: node bin/arner.js --input lines FILE --format jsonl > /dev/null, and with
 *       --jobs 1, 2 and all cores once `arner --help` lists --jobs; then, as a ceiling for --jobs N, N processes
 *       with --jobs 1 at once, each on its N-th of the corpus (what the machine gives independent processes);
 *   (c) the CLI's peak RSS (GNU time -v, else process.resourceUsage().maxRSS of the CLI code run in a child), on the
 *       whole corpus and on its first quarter, to see whether memory grows with the input;
 *   (d) startup: median of 15 runs of a one-line stdin against median of 15 runs of `node -e ''`, alternated, wall
 *       time from the commands alone and CPU time from as many other runs through GNU time; when
 *       NODE_EXTRA_CA_CERTS is set, both again without it (Node parses that file before anything runs);
 *   (e) a baseline doing less work: grep -o -F -f FORMS (every Arabic lexicon surface form) on the corpus, the
 *       median of 3 runs, in the environment's locale and with LC_ALL=C.
 *       grep's output goes to a pipe that is read and discarded, NOT to /dev/null: GNU grep notices /dev/null and
 *       stops at the first match, which would make the baseline meaningless.
 * Tokens are counted twice: words (whitespace-separated, as `wc -w`) and arner tokens (src/text/tokenize: words,
 * digit runs and each punctuation mark). The per-core target is judged on words, the stricter of the two.
 */
import { parseArgs as parseCliArgs } from 'node:util';
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, readSync, rmSync, statSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateCorpus, MB } from './gen-corpus.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SELF = fileURLToPath(import.meta.url);
/** The code measured: a snapshot of dist/, bin/, lexicons/ taken at the start (others may rebuild dist/ meanwhile). */
let CODE = ROOT;
const bin = () => join(CODE, 'bin', 'arner.js');
const NODE = process.execPath;
const STARTUP_LINE = 'زار ماكرون باريس';
const STARTUP_RUNS = 15;
const WARMUP_DOCS = 300;
const GREP_RUNS = 3;

const TARGETS = {
  tokensPerCore: 1_000_000,
  grepRatio: 1 / 3,
  scalingEfficiency: 0.8, // "near-linear": at least 80 % of linear
  rssMbFor1Gb: 300,
  startupMs: 150,
};

// ---------------------------------------------------------------------------------------------------------------
// Small helpers

const fmtInt = (n) => (n === undefined || n === null || Number.isNaN(n) ? '—' : Math.round(n).toLocaleString('en-US'));
const fmt = (n, d = 1) => (n === undefined || n === null || Number.isNaN(n) ? '—' : n.toFixed(d));
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const log = (s) => process.stderr.write(`bench: ${s}\n`);

/** Profiles the in-process run, the one-line startup and the CLI, and prints where the time goes. */
function profileAndPrint(corpus, tmp) {
  log('profiling …');
  const prof = profileRuns(corpus, tmp);
  printProfile('in-process run (createModel + extractDocument + JSON Lines)', prof.inproc);
  printProfile('startup (one-line stdin)', prof.startup);
  for (const t of prof.cli) {
    printProfile(`CLI --input lines${prof.cliArgs.length ? ' ' + prof.cliArgs.join(' ') : ''}, thread ${t.thread}${t.thread === 0 ? ' (main)' : ' (worker)'}`, t.profile);
  }
  return prof;
}

/** Options as node:util's parseArgs reads them (Node 20 has no --no- negation, so those are options of their own). */
const OPTIONS = {
  mb: { type: 'string' },
  corpus: { type: 'string' },
  seed: { type: 'string' },
  keep: { type: 'boolean' },
  json: { type: 'string' },
  profile: { type: 'boolean' },
  'profile-only': { type: 'boolean' },
  'startup-only': { type: 'boolean' },
  'rss-mb': { type: 'string' },
  'folder-files': { type: 'string' },
  'no-snapshot': { type: 'boolean' },
  'no-gnu-time': { type: 'boolean' },
  child: { type: 'string' },
  code: { type: 'string' },
  'no-counts': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
};

function parseArgs(argv) {
  const { values: v } = parseCliArgs({ args: argv, options: OPTIONS, strict: true });
  if (v['no-gnu-time']) timeVWorks = false;
  const o = {
    mb: Number(v.mb ?? 20),
    corpus: v.corpus,
    seed: Number(v.seed ?? 42),
    keep: Boolean(v.keep),
    json: v.json,
    profile: Boolean(v.profile || v['profile-only']),
    profileOnly: Boolean(v['profile-only']),
    startupOnly: Boolean(v['startup-only']),
    rssMb: Number(v['rss-mb'] ?? 0),
    // A folder's run is a path of its own (a file per document, read whole); measured with the large input.
    folderFiles: Number(v['folder-files'] ?? (v['rss-mb'] ? 10_000 : 0)),
    snapshot: !v['no-snapshot'],
    child: v.child,
    code: v.code,
    help: Boolean(v.help),
  };
  if (v['no-counts']) o.counts = false;
  if (!(o.mb > 0)) throw new Error('--mb must be a positive number');
  if (!Number.isInteger(o.folderFiles) || o.folderFiles < 0) throw new Error('--folder-files must be a whole number');
  return o;
}

/**
 * Lines of a file, read in 1 MB chunks (bounded memory), decoded as UTF-8 by a streaming TextDecoder, as the CLI
 * decodes (Node 20's StringDecoder took twice as long on Arabic text: 6 % of the in-process profile).
 */
function* readLinesSync(path) {
  const fd = openSync(path, 'r');
  const buf = Buffer.allocUnsafe(1 << 20);
  const dec = new TextDecoder('utf-8');
  let rest = '';
  try {
    for (;;) {
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      const text = rest + dec.decode(buf.subarray(0, n), { stream: true });
      const parts = text.split('\n');
      rest = parts.pop();
      yield* parts;
    }
    rest += dec.decode();
    if (rest !== '') yield rest;
  } finally {
    closeSync(fd);
  }
}

function newestMtime(dir, ext) {
  let best = { t: 0, f: undefined };
  if (!existsSync(dir)) return best;
  for (const f of readdirSync(dir, { recursive: true }).map(String)) {
    if (!f.endsWith(ext)) continue;
    const t = statSync(join(dir, f)).mtimeMs;
    if (t > best.t) best = { t, f };
  }
  return best;
}

function ensureBuilt() {
  if (!existsSync(join(ROOT, 'dist', 'index.js')) || !existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) {
    process.stderr.write('bench: dist/ missing, building: npx tsc -p tsconfig.json\n');
    const r = spawnSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) {
      process.stderr.write('bench: the build failed\n');
      process.exit(1);
    }
    return { built: true };
  }
  const src = newestMtime(join(ROOT, 'src'), '.ts');
  const dist = newestMtime(join(ROOT, 'dist'), '.js');
  const stale = src.t > dist.t ? `src/${src.f} is newer than every file in dist/ (run npm run build for current figures)` : undefined;
  if (stale) process.stderr.write(`bench: warning: ${stale}\n`);
  return { built: false, stale };
}

function baseCommit() {
  try {
    const head = readFileSync(join(ROOT, '.git', 'HEAD'), 'utf8').trim();
    if (!head.startsWith('ref: ')) return head.slice(0, 12);
    const ref = head.slice(5);
    const p = join(ROOT, '.git', ref);
    if (existsSync(p)) return readFileSync(p, 'utf8').trim().slice(0, 12);
    const packed = readFileSync(join(ROOT, '.git', 'packed-refs'), 'utf8');
    return packed.split('\n').find((l) => l.endsWith(` ${ref}`))?.slice(0, 12);
  } catch {
    return undefined;
  }
}

/** Copies what runs (dist/, bin/, lexicons/, package.json; node_modules linked) so every row measures the same code. */
function snapshot(tmp) {
  const dir = join(tmp, 'code');
  // Modification times kept: the model snapshot trusts lexicon files whose size and time have not changed.
  for (const d of ['dist', 'bin', 'lexicons']) cpSync(join(ROOT, d), join(dir, d), { recursive: true, preserveTimestamps: true });
  cpSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  // The CLI bundle's code cache is used only at the path it was made for (bin/load-bundle.js): made again for the copy.
  const bundle = join(dir, 'dist', 'cli-bundle', 'arner-cli.cjs');
  if (existsSync(bundle)) spawnSync(process.execPath, [join(ROOT, 'scripts', 'code-cache.mjs'), bundle], { stdio: 'inherit' });
  return dir;
}

const loadavg = () => os.loadavg().map((x) => x.toFixed(2)).join(' ');

function machine() {
  const cpus = os.cpus();
  const grep = spawnSync('grep', ['--version'], { encoding: 'utf8' });
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    availableParallelism: os.availableParallelism?.() ?? cpus.length,
    memGb: os.totalmem() / 1024 ** 3,
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    grep: grep.status === 0 ? grep.stdout.split('\n')[0] : 'not found',
    locale: process.env.LC_ALL || process.env.LC_CTYPE || process.env.LANG || 'unset',
  };
}

// ---------------------------------------------------------------------------------------------------------------
// (a) In-process, one thread: runs in a child process (clean heap; its own maxRSS; can be run under --cpu-prof)

async function childInproc(corpus, counts = true) {
  const t0 = performance.now();
  const lib = await import(pathToFileURL(join(CODE, 'dist', 'index.js')).href);
  const t1 = performance.now();
  const model = lib.createModel();
  const t2 = performance.now();
  const out = openSync('/dev/null', 'w');
  // Records are encoded into one buffer as they come and written when it fills, as the CLI's output buffer does
  // (joining their strings first, as this harness did until 2026-11-30, cost 14 % of its profile).
  const outBuf = Buffer.allocUnsafe(4 << 20);
  let used = 0;
  let outBytes = 0;
  const flush = () => {
    if (used === 0) return;
    writeSync(out, outBuf, 0, used);
    outBytes += used;
    used = 0;
  };
  const print = (s) => {
    if (used + 3 * s.length > outBuf.length) flush();
    if (3 * s.length > outBuf.length) outBytes += writeSync(out, s);
    else used += outBuf.write(s, used);
  };
  const run = (limit) => {
    let line = 0;
    let docs = 0;
    let entities = 0;
    let bytes = 0;
    for (const raw of readLinesSync(corpus)) {
      line++;
      bytes += Buffer.byteLength(raw, 'utf8') + 1;
      if (raw.trim() === '') continue;
      const result = lib.extractDocument(raw, model, { prefer: 'past' });
      const record = { source: corpus, line, refDate: result.refDate, entities: result.entities };
      print(JSON.stringify(record) + '\n');
      docs++;
      entities += result.entities.length;
      if (docs >= limit) break;
    }
    flush();
    return { docs, entities, bytes };
  };
  run(WARMUP_DOCS);
  outBytes = 0;
  const c3 = process.cpuUsage();
  const t3 = performance.now();
  const timed = run(Infinity);
  const t4 = performance.now();
  const c4 = process.cpuUsage(c3);
  const timedOut = outBytes;
  // The same corpus once more, V8 done compiling: what each core does in a long run (a pipeline, a 1 GB batch).
  const c7 = process.cpuUsage();
  const t7 = performance.now();
  run(Infinity);
  const warmMs = performance.now() - t7;
  const c8 = process.cpuUsage(c7);
  outBytes = timedOut;
  closeSync(out);
  const cpuMs = (c4.user + c4.system) / 1000;
  const warmCpuMs = (c8.user + c8.system) / 1000;
  const result = { importMs: t1 - t0, modelMs: t2 - t1, warmupDocs: WARMUP_DOCS, ms: t4 - t3, cpuMs, warmMs, warmCpuMs, ...timed, outBytes, maxRssKb: process.resourceUsage().maxRSS };
  if (!counts) return result; // under --cpu-prof: keep the profile to the pipeline
  // Untimed: the token counts, and how fast normalize + tokenize alone go (a floor for the pipeline).
  let words = 0;
  let tokens = 0;
  const c5 = process.cpuUsage();
  const t5 = performance.now();
  for (const raw of readLinesSync(corpus)) {
    if (raw.trim() === '') continue;
    tokens += lib.tokenize(lib.normalize(raw).text).length;
  }
  const t6 = performance.now();
  const c6 = process.cpuUsage(c5);
  for (const raw of readLinesSync(corpus)) {
    const m = raw.match(/\S+/g);
    if (m) words += m.length;
  }
  return { ...result, words, tokens, normTokMs: t6 - t5, normTokCpuMs: (c6.user + c6.system) / 1000 };
}

function runInprocChild(corpus, extraNodeArgs = []) {
  const profiling = extraNodeArgs.length > 0 ? ['--no-counts'] : [];
  const r = spawnSync(NODE, [...extraNodeArgs, SELF, '--child', 'inproc', ...profiling, '--code', CODE, '--corpus', corpus], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (r.status !== 0) throw new Error(`in-process run failed (${r.status}): ${r.stderr.slice(-2000)}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

// ---------------------------------------------------------------------------------------------------------------
// (b) + (c) The CLI, timed around spawnSync, peak RSS from GNU time -v (or the CLI code run in-process in a child)

let timeVWorks;
function gnuTimeWorks() {
  if (timeVWorks === undefined) {
    const r = existsSync('/usr/bin/time') ? spawnSync('/usr/bin/time', ['-v', 'true'], { encoding: 'utf8' }) : undefined;
    timeVWorks = Boolean(r && r.status === 0 && /Maximum resident set size/.test(r.stderr));
  }
  return timeVWorks;
}

/** Peak RSS, CPU time (user + system) and exit status from GNU time -v's report (or the shim's) on stderr. */
function parseUsage(stderr, viaTime, fallbackStatus) {
  if (viaTime) {
    const num = (re) => Number(re.exec(stderr)?.[1]);
    const cpu = (num(/User time \(seconds\): ([\d.]+)/) + num(/System time \(seconds\): ([\d.]+)/)) * 1000;
    const status = /Exit status: (\d+)/.exec(stderr);
    return { maxRssKb: num(/Maximum resident set size \(kbytes\): (\d+)/) || undefined, cpuMs: Number.isNaN(cpu) ? undefined : cpu, status: status ? Number(status[1]) : fallbackStatus };
  }
  const rss = /BENCH_MAXRSS_KB=(\d+)/.exec(stderr);
  const cpu = /BENCH_CPU_US=(\d+)/.exec(stderr);
  return { maxRssKb: rss ? Number(rss[1]) : undefined, cpuMs: cpu ? Number(cpu[1]) / 1000 : undefined, status: fallbackStatus };
}

/**
 * Runs the CLI code in this child's own process and reports its maxRSS on stderr when it exits. Written to a file
 * in the temporary folder (not passed with -e --input-type: worker threads inherit execArgv and would fail).
 */
let shimDir;
const rssShim = () => `
const { main } = await import(${JSON.stringify(pathToFileURL(join(CODE, 'dist', 'cli', 'main.js')).href)});
process.on('exit', () => {
  const u = process.resourceUsage();
  process.stderr.write('\\nBENCH_MAXRSS_KB=' + u.maxRSS + '\\nBENCH_CPU_US=' + (u.userCPUTime + u.systemCPUTime) + '\\n');
});
process.exitCode = await main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env });
`;

function runCli(args, { input } = {}) {
  const devnull = openSync('/dev/null', 'w');
  const viaTime = gnuTimeWorks();
  const cmd = viaTime ? '/usr/bin/time' : NODE;
  let shim;
  if (!viaTime) {
    shim = join(shimDir ?? os.tmpdir(), `arner-rss-shim-${process.pid}.mjs`);
    writeFileSync(shim, rssShim());
  }
  const argv = viaTime ? ['-v', NODE, bin(), ...args] : [shim, ...args];
  const t0 = performance.now();
  const r = spawnSync(cmd, argv, {
    cwd: CODE,
    input,
    stdio: [input === undefined ? 'ignore' : 'pipe', devnull, 'pipe'],
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  const ms = performance.now() - t0;
  closeSync(devnull);
  if (shim) rmSync(shim, { force: true });
  const err = r.stderr ?? '';
  const u = parseUsage(err, viaTime, r.status);
  if (u.status !== 0) throw new Error(`arner ${args.join(' ')} exited ${u.status}: ${err.slice(-2000)}`);
  return { ms, cpuMs: u.cpuMs, maxRssKb: u.maxRssKb, rssVia: viaTime ? 'GNU time -v' : 'resourceUsage().maxRSS' };
}

function cliHasJobs() {
  const r = spawnSync(NODE, [bin(), '--help'], { cwd: CODE, encoding: 'utf8' });
  return /--jobs\b/.test(r.stdout ?? '');
}

/** The first `fraction` of a corpus's lines, as a new file. */
function headOf(corpus, fraction, out) {
  const total = statSync(corpus).size;
  const fd = openSync(out, 'w');
  let written = 0;
  for (const line of readLinesSync(corpus)) {
    if (written >= total * fraction) break;
    const b = Buffer.from(line + '\n', 'utf8');
    writeSync(fd, b);
    written += b.length;
  }
  closeSync(fd);
  return written;
}

/** A corpus's lines dealt into `n` files of about equal size, in order (the first n-th, the second …). */
function splitLines(corpus, n, dir) {
  const total = statSync(corpus).size;
  const files = Array.from({ length: n }, (_, i) => join(dir, `part-${i}.txt`));
  let part = 0;
  let fd = openSync(files[0], 'w');
  let written = 0;
  for (const line of readLinesSync(corpus)) {
    if (written >= ((part + 1) * total) / n && part < n - 1) {
      closeSync(fd);
      fd = openSync(files[++part], 'w');
    }
    const b = Buffer.from(line + '\n', 'utf8');
    writeSync(fd, b);
    written += b.length;
  }
  closeSync(fd);
  return files;
}

/**
 * What the machine itself gives to n independent processes: n copies of `arner --jobs 1`, each on its n-th of the
 * corpus, all at once, against one on the whole. No threads, nothing shared but the hardware (memory bandwidth,
 * caches, and on a virtual machine whatever the host shares), so this is the ceiling for `--jobs n`.
 */
async function runProcessesAtOnce(parts, extraArgs) {
  const viaTime = gnuTimeWorks();
  const t0 = performance.now();
  const runs = await Promise.all(
    parts.map(
      (file) =>
        new Promise((resolvePromise, reject) => {
          const args = [bin(), '--input', 'lines', file, '--format', 'jsonl', ...extraArgs];
          const child = spawn(viaTime ? '/usr/bin/time' : NODE, viaTime ? ['-v', NODE, ...args] : args, { cwd: CODE, stdio: ['ignore', 'ignore', 'pipe'] });
          let err = '';
          child.stderr.on('data', (b) => (err += b));
          child.on('error', reject);
          child.on('close', (code) => {
            const u = viaTime ? parseUsage(err, true, code) : { status: code };
            if (u.status !== 0) reject(new Error(`arner on ${file} exited ${u.status}: ${err.slice(-2000)}`));
            else resolvePromise({ cpuMs: u.cpuMs, maxRssKb: u.maxRssKb });
          });
        }),
    ),
  );
  const ms = performance.now() - t0;
  const cpuMs = runs.every((r) => r.cpuMs !== undefined) ? runs.reduce((t, r) => t + r.cpuMs, 0) : undefined;
  return { ms, cpuMs, processes: parts.length };
}

// ---------------------------------------------------------------------------------------------------------------
// (d) Startup

/** The startup figures as printed below the table (`upNoCa`: without NODE_EXTRA_CA_CERTS, when it is set). */
function startupLines(up, upNoCa) {
  const lines = [
    `startup, one-line stdin (median of ${up.runs}): arner ${fmt(up.arnerMs, 0)} ms, node -e '' ${fmt(up.nodeMs, 0)} ms, difference ${fmt(up.arnerMs - up.nodeMs, 0)} ms (minimums ${fmt(up.arnerMin, 0)} / ${fmt(up.nodeMin, 0)} ms)` +
      (up.arnerCpuMs !== undefined ? `; CPU time (median, other runs through GNU time) ${fmt(up.arnerCpuMs, 0)} ms vs ${fmt(up.nodeCpuMs, 0)} ms` : ''),
  ];
  if (upNoCa) {
    lines.push(
      `  the same with NODE_EXTRA_CA_CERTS unset (it is set here: Node parses that file first): arner ${fmt(upNoCa.arnerMs, 0)} ms, node -e '' ${fmt(upNoCa.nodeMs, 0)} ms, difference ${fmt(upNoCa.arnerMs - upNoCa.nodeMs, 0)} ms (minimums ${fmt(upNoCa.arnerMin, 0)} / ${fmt(upNoCa.nodeMin, 0)} ms)`,
    );
  }
  return lines;
}

/**
 * The environment without NODE_EXTRA_CA_CERTS, if it is set: Node then parses that certificate file before running
 * anything (on the machine of docs/performance.md, ~410 M instructions, 60–70 ms, 80 % of `node -e ''`), a cost
 * of the machine's setup that every Node program pays alike; startup is also measured without it.
 */
function withoutExtraCaCerts() {
  if (!process.env.NODE_EXTRA_CA_CERTS) return undefined;
  const env = { ...process.env };
  delete env.NODE_EXTRA_CA_CERTS;
  return env;
}

function startup(env = process.env) {
  const arner = [];
  const bare = [];
  const gnuTime = gnuTimeWorks();
  // Wall time is taken from runs of the command itself; CPU time from other runs through GNU time (when it works),
  // whose own fork and exec would otherwise add ~10 ms to every wall figure judged against the target.
  const run = (args, input, viaTime = false) => {
    const t0 = performance.now();
    const r = spawnSync(viaTime ? '/usr/bin/time' : NODE, viaTime ? ['-v', NODE, ...args] : args, {
      cwd: CODE,
      env,
      input,
      encoding: 'utf8',
      stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    const ms = performance.now() - t0;
    const u = viaTime ? parseUsage(r.stderr, true, r.status) : { status: r.status };
    if (u.status !== 0) throw new Error(`node ${args.join(' ')} exited ${u.status}: ${r.stderr}`);
    return { ms, cpuMs: u.cpuMs };
  };
  const timed = (args, input) => ({ ms: run(args, input).ms, cpuMs: gnuTime ? run(args, input, true).cpuMs : undefined });
  // One untimed run of each fills the page cache; then alternate so drift hits both equally.
  run(['-e', '']);
  run([bin(), '--format', 'jsonl'], `${STARTUP_LINE}\n`);
  for (let i = 0; i < STARTUP_RUNS; i++) {
    bare.push(timed(['-e', '']));
    arner.push(timed([bin(), '--format', 'jsonl'], `${STARTUP_LINE}\n`));
  }
  const med = (xs, k) => (xs[0][k] === undefined ? undefined : median(xs.map((x) => x[k])));
  return {
    arnerMs: med(arner, 'ms'),
    nodeMs: med(bare, 'ms'),
    arnerMin: Math.min(...arner.map((x) => x.ms)),
    nodeMin: Math.min(...bare.map((x) => x.ms)),
    arnerCpuMs: med(arner, 'cpuMs'),
    nodeCpuMs: med(bare, 'cpuMs'),
    runs: STARTUP_RUNS,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// (e) grep baseline

/** Every Arabic surface form of the lexicons: `ar` and `variants` of entries/*.tsv, `variants` of aliases/*.tsv. */
function lexiconForms() {
  const forms = new Set();
  for (const sub of ['entries', 'aliases']) {
    const dir = join(CODE, 'lexicons', sub);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.tsv')).sort()) {
      let header;
      for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
        if (line.startsWith('#') || line.trim() === '') continue;
        const cols = line.split('\t').map((c) => c.trim());
        if (!header) {
          header = cols;
          continue;
        }
        for (const col of sub === 'entries' ? ['ar', 'variants'] : ['variants']) {
          const i = header.indexOf(col);
          if (i < 0 || !cols[i]) continue;
          for (const v of cols[i].split('|')) {
            const form = v.trim().replace(/^\?/, '').trim();
            if (form) forms.add(form);
          }
        }
      }
    }
  }
  return [...forms];
}

/** Runs a command with stdout read and discarded through a pipe; returns time and output size. */
function timePiped(cmd, args, env) {
  const viaTime = gnuTimeWorks();
  return new Promise((resolvePromise, reject) => {
    const t0 = performance.now();
    const child = spawn(viaTime ? '/usr/bin/time' : cmd, viaTime ? ['-v', cmd, ...args] : args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let outBytes = 0;
    let lines = 0;
    let err = '';
    child.stdout.on('data', (b) => {
      outBytes += b.length;
      for (let i = b.indexOf(10); i >= 0; i = b.indexOf(10, i + 1)) lines++;
    });
    child.stderr.on('data', (b) => (err += b));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - t0;
      const u = viaTime ? parseUsage(err, true, code) : { status: code };
      if (u.status !== 0 && u.status !== 1) reject(new Error(`${cmd} exited ${u.status}: ${err}`));
      else resolvePromise({ ms, cpuMs: u.cpuMs, maxRssKb: u.maxRssKb, outBytes, lines });
    });
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Profiles: node --cpu-prof, self time per function aggregated by a small reader of the .cpuprofile

function readProfile(path) {
  const p = JSON.parse(readFileSync(path, 'utf8'));
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const roots = [pathToFileURL(CODE).href + '/', pathToFileURL(ROOT).href + '/'];
  const short = (url) => {
    for (const r of roots) if (url.startsWith(r)) return url.slice(r.length);
    return url.replace(/^file:\/\/.*\/node_modules\//, 'node_modules/');
  };
  const keyOf = (n) => {
    const cf = n.callFrame;
    const name = cf.functionName || (cf.url ? '(anonymous)' : '');
    if (!cf.url) return name || '(native)';
    return `${name} ${short(cf.url)}:${cf.lineNumber + 1}`;
  };
  const modOf = (n) => (n.callFrame.url ? short(n.callFrame.url) : n.callFrame.functionName || '(native)');
  const self = new Map();
  const mods = new Map();
  const incl = new Map();
  let total = 0;
  const deltas = p.timeDeltas ?? [];
  const avg = deltas.length ? (p.endTime - p.startTime) / deltas.length : 1;
  for (let i = 0; i < p.samples.length; i++) {
    const dt = i + 1 < deltas.length ? deltas[i + 1] : avg;
    const node = byId.get(p.samples[i]);
    if (!node) continue;
    total += dt;
    const k = keyOf(node);
    self.set(k, (self.get(k) ?? 0) + dt);
    const mk = modOf(node);
    mods.set(mk, (mods.get(mk) ?? 0) + dt);
    const seen = new Set();
    for (let id = node.id; id !== undefined; id = parent.get(id)) {
      const kk = keyOf(byId.get(id));
      if (kk === '(root)' || seen.has(kk)) continue;
      seen.add(kk);
      incl.set(kk, (incl.get(kk) ?? 0) + dt);
    }
  }
  const top = (m, n) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, us]) => ({ name, ms: us / 1000, pct: (100 * us) / total }));
  return { totalMs: total / 1000, samples: p.samples.length, self: top(self, 25), modules: top(mods, 15), inclusive: top(incl, 30) };
}

function printProfile(title, prof) {
  const lines = [`\n${title}: ${fmt(prof.totalMs / 1000, 2)} s sampled (${fmtInt(prof.samples)} samples)`];
  const section = (name, rows) => {
    lines.push(`  ${name}`);
    for (const r of rows) lines.push(`    ${fmt(r.pct, 1).padStart(5)} %  ${fmt(r.ms, 0).padStart(7)} ms  ${r.name}`);
  };
  section('self time by function', prof.self);
  section('self time by module', prof.modules);
  section('inclusive time by function', prof.inclusive);
  process.stdout.write(lines.join('\n') + '\n');
}

function profileRuns(corpus, tmp) {
  const dir = join(tmp, 'profiles');
  const inDir = join(dir, 'inproc');
  runInprocChild(corpus, ['--cpu-prof', '--cpu-prof-dir', inDir, '--cpu-prof-interval', '250']);
  const inFile = readdirSync(inDir).find((f) => f.endsWith('.cpuprofile'));
  const inproc = readProfile(join(inDir, inFile));
  const upDir = join(dir, 'startup');
  const r = spawnSync(NODE, ['--cpu-prof', '--cpu-prof-dir', upDir, '--cpu-prof-interval', '100', bin(), '--format', 'jsonl'], {
    cwd: CODE,
    input: `${STARTUP_LINE}\n`,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`startup profile run failed: ${r.stderr}`);
  const upFile = readdirSync(upDir).find((f) => f.endsWith('.cpuprofile'));
  const start = readProfile(join(upDir, upFile));
  // The CLI on the corpus, single-threaded where --jobs exists: one profile per thread (main, workers).
  const cliDir = join(dir, 'cli');
  const jobs = cliHasJobs() ? ['--jobs', '1'] : [];
  const devnull = openSync('/dev/null', 'w');
  const c = spawnSync(NODE, ['--cpu-prof', '--cpu-prof-dir', cliDir, '--cpu-prof-interval', '250', bin(), '--input', 'lines', corpus, '--format', 'jsonl', ...jobs], {
    cwd: CODE,
    stdio: ['ignore', devnull, 'pipe'],
    encoding: 'utf8',
  });
  closeSync(devnull);
  if (c.status !== 0) throw new Error(`CLI profile run failed: ${c.stderr}`);
  // Node names profiles CPU.<date>.<time>.<pid>.<thread>.<seq>.cpuprofile; thread 0 is the main thread.
  const cliFiles = readdirSync(cliDir).filter((f) => f.endsWith('.cpuprofile')).sort();
  const cli = cliFiles.map((f) => ({ file: join(cliDir, f), thread: Number(f.split('.')[4]) || 0, profile: readProfile(join(cliDir, f)) }));
  return { inproc, startup: start, cli, cliArgs: jobs, files: [join(inDir, inFile), join(upDir, upFile), ...cli.map((x) => x.file)] };
}

// ---------------------------------------------------------------------------------------------------------------
// The table

function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i] ?? '').length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

async function main() {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`bench: ${e.message}\n`);
    process.exit(2);
  }
  if (opts.help) {
    process.stdout.write(readFileSync(SELF, 'utf8').split('*/')[0].replace(/^#!.*\n\/\*\*\n/, '').replace(/^ \* ?/gm, ''));
    return;
  }
  if (opts.code) CODE = opts.code;
  if (opts.child === 'inproc') {
    process.stdout.write(JSON.stringify(await childInproc(opts.corpus, opts.counts !== false)) + '\n');
    return;
  }

  const build = ensureBuilt();
  const m = machine();
  const when = new Date().toISOString();
  const tmp = mkdtempSync(join(os.tmpdir(), 'arner-bench-'));
  shimDir = tmp;
  const results = { date: when, machine: m, baseCommit: baseCommit(), build, targets: TARGETS, loadavgStart: loadavg() };
  try {
    if (opts.snapshot) {
      CODE = snapshot(tmp);
      results.snapshot = true;
    }
    if (opts.startupOnly) {
      log('startup only …');
      results.startup = startup();
      const noCa = withoutExtraCaCerts();
      if (noCa) results.startupNoExtraCa = startup(noCa);
      process.stdout.write([`arner startup — ${when}; load average (1, 5, 15 min) ${results.loadavgStart} at the start, ${loadavg()} at the end`, ...startupLines(results.startup, results.startupNoExtraCa), ''].join('\n'));
      if (opts.json) writeFileSync(opts.json, JSON.stringify(results, null, 2) + '\n');
      return;
    }
    // The corpus
    let corpus = opts.corpus;
    if (corpus) {
      results.corpus = { file: corpus, bytes: statSync(corpus).size, generated: false };
    } else {
      log(`generating a ${opts.mb} MB corpus from fixtures/ (seed ${opts.seed}) …`);
      const t0 = performance.now();
      const g = generateCorpus({ mb: opts.mb, out: join(tmp, 'corpus'), seed: opts.seed });
      corpus = g.corpus;
      results.corpus = { file: corpus, bytes: g.bytes, articles: g.articles, words: g.words, fixtures: g.fixtures, sentences: g.sentences, seed: g.seed, swapRate: g.swapRate, newWords: g.newWords, latinRate: g.latinRate, generated: true, genSeconds: (performance.now() - t0) / 1000 };
    }
    const bytes = statSync(corpus).size;
    const mbOf = (ms, b = bytes) => b / MB / (ms / 1000);

    if (opts.profileOnly) {
      results.profile = profileAndPrint(corpus, tmp);
      if (opts.json) writeFileSync(opts.json, JSON.stringify(results, null, 2) + '\n');
      return;
    }

    // (a)
    log('(a) in-process, one thread …');
    const a = runInprocChild(corpus);
    results.inproc = a;
    const words = a.words;
    const tokens = a.tokens;
    const timedBytes = a.bytes; // the timed pass read the whole file

    // (b) + (c)
    const hasJobs = cliHasJobs();
    const cores = m.availableParallelism;
    const cli = [];
    log('(b) CLI, as shipped …');
    cli.push({ label: 'CLI (default options)', jobs: undefined, ...runCli(['--input', 'lines', corpus, '--format', 'jsonl']) });
    const jobsList = [...new Set([1, 2, cores])];
    for (const j of jobsList) {
      const label = `CLI --jobs ${j}${j === cores ? ' (all cores)' : ''}`;
      if (!hasJobs) cli.push({ label, jobs: j, na: 'n/a (no --jobs yet)' });
      else {
        log(`(b) CLI --jobs ${j} …`);
        cli.push({ label, jobs: j, ...runCli(['--input', 'lines', corpus, '--format', 'jsonl', '--jobs', String(j)]) });
      }
    }
    results.cli = cli;
    results.hasJobs = hasJobs;
    if (hasJobs && cores > 1) {
      log(`(b) ${cores} processes with --jobs 1 at once, each on 1/${cores} of the corpus …`);
      const parts = splitLines(corpus, cores, tmp);
      results.processes = await runProcessesAtOnce(parts, ['--jobs', '1']);
      for (const f of parts) rmSync(f);
    }

    log('(c) peak RSS on the first quarter of the corpus …');
    const quarter = join(tmp, 'quarter.txt');
    const qBytes = headOf(corpus, 0.25, quarter);
    const q = runCli(['--input', 'lines', quarter, '--format', 'jsonl']);
    results.rss = { quarterBytes: qBytes, quarterKb: q.maxRssKb, fullKb: cli[0].maxRssKb, via: q.rssVia };
    rmSync(quarter);

    if (opts.rssMb > 0) {
      log(`(c) generating ${opts.rssMb} MB for the large-input RSS run …`);
      const g = generateCorpus({ mb: opts.rssMb, out: join(tmp, 'big'), seed: opts.seed + 1 });
      // grep just before and just after the default run, which the grep target is judged on: the host's speed moves
      // both (grep took 41.7–76 MB/s on 1 GB between runs here), and a grep timed minutes later judged arner against
      // another hour's machine. The ratio is taken against the two runs' mean time.
      const formsBig = join(tmp, 'forms-big.txt');
      writeFileSync(formsBig, lexiconForms().join('\n') + '\n');
      log(`(c) grep on ${opts.rssMb} MB, before the CLI …`);
      const gBefore = await timePiped('grep', ['-o', '-F', '-f', formsBig, g.corpus]);
      log(`(c) CLI on ${opts.rssMb} MB …`);
      const big = runCli(['--input', 'lines', g.corpus, '--format', 'jsonl']);
      results.rss.big = { bytes: g.bytes, ms: big.ms, cpuMs: big.cpuMs, maxRssKb: big.maxRssKb, mbPerS: mbOf(big.ms, g.bytes) };
      log(`(c) grep on ${opts.rssMb} MB, after the CLI …`);
      const gAfter = await timePiped('grep', ['-o', '-F', '-f', formsBig, g.corpus]);
      const mean = (a, b) => (a !== undefined && b !== undefined ? (a + b) / 2 : undefined);
      const gMs = mean(gBefore.ms, gAfter.ms);
      const gCpuMs = mean(gBefore.cpuMs, gAfter.cpuMs);
      results.rss.bigGrep = {
        ms: gMs,
        cpuMs: gCpuMs,
        mbPerS: mbOf(gMs, g.bytes),
        mbPerCpuS: gCpuMs ? mbOf(gCpuMs, g.bytes) : undefined,
        mbPerSBefore: mbOf(gBefore.ms, g.bytes),
        mbPerSAfter: mbOf(gAfter.ms, g.bytes),
      };
      if (hasJobs) {
        log(`(c) CLI --jobs 1 on ${opts.rssMb} MB …`);
        const one = runCli(['--input', 'lines', g.corpus, '--format', 'jsonl', '--jobs', '1']);
        results.rss.bigJobs1 = { bytes: g.bytes, ms: one.ms, cpuMs: one.cpuMs, maxRssKb: one.maxRssKb, mbPerS: mbOf(one.ms, g.bytes) };
        if (cores > 1) {
          log(`(c) ${cores} processes with --jobs 1 at once, each on 1/${cores} of ${opts.rssMb} MB …`);
          const parts = splitLines(g.corpus, cores, join(tmp, 'big'));
          const at = await runProcessesAtOnce(parts, ['--jobs', '1']);
          results.rss.bigProcesses = { ...at, mbPerS: mbOf(at.ms, g.bytes) };
          for (const f of parts) rmSync(f);
        }
      }
      results.rss.bigWords = g.words;
      rmSync(join(tmp, 'big'), { recursive: true, force: true });
    }
    if (opts.folderFiles > 0) {
      log(`(c) generating a folder of ${fmtInt(opts.folderFiles)} articles …`);
      const f = generateCorpus({ mb: opts.folderFiles / 100, out: join(tmp, 'folder'), seed: opts.seed + 2, files: opts.folderFiles, fileFormat: 'text', big: false });
      const figures = (r) => ({ ms: r.ms, cpuMs: r.cpuMs, maxRssKb: r.maxRssKb, mbPerS: mbOf(r.ms, f.bytes) });
      log('(c) CLI on the folder …');
      const d = runCli([f.fileDir, '--format', 'jsonl']);
      results.rss.folder = { files: f.files, bytes: f.bytes, defaults: figures(d) };
      if (hasJobs) {
        log('(c) CLI --jobs 1 on the folder …');
        results.rss.folder.jobs1 = figures(runCli([f.fileDir, '--format', 'jsonl', '--jobs', '1']));
      }
      rmSync(join(tmp, 'folder'), { recursive: true, force: true });
    }

    // (d)
    log('(d) startup …');
    const up = startup();
    results.startup = up;
    const noCaEnv = withoutExtraCaCerts();
    if (noCaEnv) results.startupNoExtraCa = startup(noCaEnv);

    // (e)
    log('(e) grep baseline …');
    const forms = lexiconForms();
    const formsFile = join(tmp, 'forms.txt');
    writeFileSync(formsFile, forms.join('\n') + '\n');
    const grepArgs = ['-o', '-F', '-f', formsFile, corpus];
    await timePiped('grep', grepArgs); // page cache, pattern file
    // grep runs are short, so one run is noisy on a busy machine: the median of GREP_RUNS, alternating locales.
    const envRuns = [];
    const cRuns = [];
    for (let i = 0; i < GREP_RUNS; i++) {
      envRuns.push(await timePiped('grep', grepArgs));
      cRuns.push(await timePiped('grep', grepArgs, { LC_ALL: 'C' }));
    }
    const byMedian = (runs) => [...runs].sort((x, y) => x.ms - y.ms)[runs.length >> 1];
    const grepEnv = byMedian(envRuns);
    const grepC = byMedian(cRuns);
    const grepEmpty = await timePiped('grep', ['-o', '-F', '-f', formsFile, '/dev/null']);
    results.grep = { forms: forms.length, locale: m.locale, env: grepEnv, lcAllC: grepC, startupMs: grepEmpty.ms };

    // ---- Report
    const grepMb = mbOf(grepEnv.ms);
    const grepMbCpu = grepEnv.cpuMs ? mbOf(grepEnv.cpuMs) : undefined;
    const rows = [];
    const row = (label, ms, cpuMs, b, rss, note = '') => {
      const mbs = mbOf(ms, b);
      const frac = b / bytes;
      const mbCpu = cpuMs ? mbOf(cpuMs, b) : undefined;
      rows.push([
        label,
        fmt(ms / 1000, 2),
        cpuMs ? fmt(cpuMs / 1000, 2) : '—',
        fmt(mbs, 2),
        fmtInt((words * frac) / (ms / 1000)),
        fmtInt((tokens * frac) / (ms / 1000)),
        fmt(mbs / grepMb, 3),
        mbCpu ? fmt(mbCpu, 2) : '—',
        mbCpu && grepMbCpu ? fmt(mbCpu / grepMbCpu, 3) : '—',
        rss ? fmtInt(rss / 1024) : '—',
        note,
      ]);
    };
    row('arner in-process, 1 thread', a.ms, a.cpuMs, timedBytes, a.maxRssKb, `library; model load ${fmt(a.modelMs, 0)} ms not timed`);
    if (a.warmMs !== undefined) row('arner in-process, 1 thread, again', a.warmMs, a.warmCpuMs, timedBytes, undefined, 'the same corpus a second time: V8 done compiling, as in a long run');
    const jobs1 = cli.find((c) => c.jobs === 1 && !c.na);
    for (const c of cli) {
      if (c.na) rows.push([c.label, c.na, '', '', '', '', '', '', '', '', '']);
      else {
        const speedup = jobs1 && c.jobs ? jobs1.ms / c.ms : undefined;
        // CPU(jobs 1) / CPU(jobs N) bounds the efficiency even on an idle machine: the extra CPU is overhead.
        const ceiling = jobs1?.cpuMs && c.cpuMs ? jobs1.cpuMs / c.cpuMs : undefined;
        const note =
          speedup && c.jobs > 1
            ? `×${fmt(speedup, 2)} vs --jobs 1 (${fmt((100 * speedup) / c.jobs, 0)} % of linear)${ceiling ? `; CPU ×${fmt(1 / ceiling, 2)}, so ≤ ${fmt(100 * ceiling, 0)} % even idle` : ''}`
            : 'end to end, incl. startup';
        row(c.label, c.ms, c.cpuMs, bytes, c.maxRssKb, note);
      }
    }
    if (results.processes && jobs1) {
      const p = results.processes;
      row(`${p.processes} processes --jobs 1 at once, 1/${p.processes} each`, p.ms, p.cpuMs, bytes, undefined, `×${fmt(jobs1.ms / p.ms, 2)} vs --jobs 1: what the machine gives ${p.processes} independent processes`);
    }
    row(`grep -o -F -f forms (${m.locale})`, grepEnv.ms, grepEnv.cpuMs, bytes, grepEnv.maxRssKb, `baseline; ${fmtInt(grepEnv.lines)} matches`);
    row('grep -o -F -f forms (LC_ALL=C)', grepC.ms, grepC.cpuMs, bytes, grepC.maxRssKb, `${fmtInt(grepC.lines)} matches`);

    const out = [];
    results.loadavgEnd = loadavg();
    out.push(`arner benchmark — ${when}`);
    out.push(`machine: ${m.cpu}, ${m.cores} cores (availableParallelism ${m.availableParallelism}), ${fmt(m.memGb, 1)} GB RAM; node ${m.node}; ${m.os}; ${m.grep}; locale ${m.locale}`);
    out.push(`load average (1, 5, 15 min): ${results.loadavgStart} at the start, ${results.loadavgEnd} at the end — other work on the machine skews every figure`);
    out.push(`code: ${opts.snapshot ? 'a snapshot of dist/, bin/, lexicons/ taken at the start' : 'the working tree'}; base commit ${results.baseCommit ?? '?'}${build.stale ? `; WARNING: ${build.stale}` : ''}${build.built ? '; dist/ built by this run' : ''}`);
    const c0 = results.corpus;
    out.push(
      `corpus: ${corpus} — ${fmt(bytes / MB, 2)} MB, ${fmtInt(a.docs)} documents (lines), ${fmtInt(words)} words, ${fmtInt(tokens)} arner tokens` +
        (c0.generated ? ` (generated from ${c0.fixtures.length} fixture(s), ${c0.sentences} sentences, seed ${c0.seed}, swap rate ${c0.swapRate}, new words ${c0.newWords ?? 0}, Latin glosses ${c0.latinRate ?? 0})` : ''),
    );
    out.push(`arner found ${fmtInt(a.entities)} entities (${fmt(a.entities / a.docs, 1)} per document); JSON Lines out ${fmt(a.outBytes / MB, 1)} MB`);
    out.push('');
    out.push(table(['run', 'wall s', 'CPU s', 'MB/s', 'words/s', 'tokens/s', '÷ grep', 'MB/CPU-s', '÷ grep CPU', 'peak RSS MiB', 'notes'], rows));
    out.push('(MB/s, words/s, tokens/s and ÷ grep are wall-clock; MB/CPU-s and ÷ grep CPU divide by user + system CPU time, which other load on the machine disturbs less)');
    out.push('');
    out.push(
      `in-process detail: import ${fmt(a.importMs, 0)} ms, createModel ${fmt(a.modelMs, 0)} ms, ${a.warmupDocs} documents of warm-up untimed; ` +
        `normalize + tokenize alone: ${fmt(mbOf(a.normTokMs, timedBytes), 2)} MB/s, ${fmt(mbOf(a.normTokCpuMs, timedBytes), 2)} MB/CPU-s (${fmtInt(tokens / (a.normTokCpuMs / 1000))} tokens per CPU-second)`,
    );
    out.push(
      `peak RSS (${results.rss.via}): CLI on the first quarter (${fmt(qBytes / MB, 1)} MB) ${fmtInt(results.rss.quarterKb / 1024)} MiB, on the whole corpus (${fmt(bytes / MB, 1)} MB) ${fmtInt(results.rss.fullKb / 1024)} MiB` +
        (results.rss.big ? `, on ${fmt(results.rss.big.bytes / MB, 0)} MB ${fmtInt(results.rss.big.maxRssKb / 1024)} MiB (${fmt(results.rss.big.mbPerS, 2)} MB/s)` : '') +
        (results.rss.bigJobs1 ? `, and with --jobs 1 ${fmtInt(results.rss.bigJobs1.maxRssKb / 1024)} MiB (${fmt(results.rss.bigJobs1.mbPerS, 2)} MB/s)` : ''),
    );
    const folder = results.rss.folder;
    if (folder) {
      const one = (r) => `${fmtInt(r.maxRssKb / 1024)} MiB (${fmt(r.mbPerS, 2)} MB/s, ${fmt(r.cpuMs / 1000, 1)} CPU-s)`;
      out.push(`a folder of ${fmtInt(folder.files)} articles (${fmt(folder.bytes / MB, 0)} MB, one document per file): peak RSS with default options ${one(folder.defaults)}` + (folder.jobs1 ? `, with --jobs 1 ${one(folder.jobs1)}` : ''));
    }
    const upNoCa = results.startupNoExtraCa;
    out.push(...startupLines(up, upNoCa));
    out.push(`grep: median of ${GREP_RUNS} runs per locale; ${fmtInt(forms.length)} surface forms (entries ar + variants, aliases variants, ? stripped); grep startup with them (empty input) ${fmt(grepEmpty.ms, 0)} ms; output read through a pipe (grep short-circuits on /dev/null)`);

    // Targets: informational only, never an exit status. Per core = per CPU-second of the one-thread run.
    const perSec = a.cpuMs ?? a.ms;
    const perCoreWords = words / (perSec / 1000);
    const perCoreTokens = tokens / (perSec / 1000);
    const ratio = mbOf(a.ms, timedBytes) / grepMb;
    const ratioCpu = a.cpuMs && grepMbCpu ? mbOf(a.cpuMs, timedBytes) / grepMbCpu : undefined;
    const jobsAll = cli.find((c) => c.jobs === cores && !c.na);
    const eff = jobs1 && jobsAll && cores > 1 ? jobs1.ms / jobsAll.ms / cores : undefined;
    // On the large input (--rss-mb), the default run uses all cores: per-worker start-up costs are amortized there.
    const big = results.rss.big;
    const big1 = results.rss.bigJobs1;
    const effBig = big && big1 && cores > 1 ? big1.ms / big.ms / cores : undefined;
    results.scalingBig = effBig;
    const rssBig = results.rss.big?.maxRssKb;
    const verdict = (ok) => (ok === undefined ? 'n/a' : ok ? 'met' : 'MISSED');
    // On the large input the CLI with --jobs 1 runs end to end as a user runs it, its start-up and V8's warm-up
    // amortized: the per-core and grep targets are judged there when it was measured, on the corpus above otherwise.
    const bigGrep = results.rss.bigGrep;
    const bigWordsPerCpuS = big1?.cpuMs && results.rss.bigWords ? results.rss.bigWords / (big1.cpuMs / 1000) : undefined;
    const bigTokensPerCpuS = bigWordsPerCpuS !== undefined ? bigWordsPerCpuS * (tokens / words) : undefined;
    const bigRatio = big1 && bigGrep ? big1.mbPerS / bigGrep.mbPerS : undefined;
    const bigRatioCpu = big1?.cpuMs && bigGrep?.mbPerCpuS ? mbOf(big1.cpuMs, big1.bytes) / bigGrep.mbPerCpuS : undefined;
    // grep is one thread; arner as a user runs it (default options) uses every core: both comparisons are printed,
    // and the target is judged on the second, the tool against the tool, with the first beside it.
    const bigRatioDefault = big && bigGrep ? big.mbPerS / bigGrep.mbPerS : undefined;
    const bigLabel = big ? `${fmt(big.bytes / MB, 0)} MB` : '';
    results.summary = { bigWordsPerCpuS, bigTokensPerCpuS, bigRatio, bigRatioCpu, bigRatioDefault };
    const tgt = [
      [
        '≥ 1,000,000 tokens/s per core',
        `${fmtInt(perCoreWords)} words (${fmtInt(perCoreTokens)} tokens) per ${a.cpuMs ? 'CPU-second' : 'second'} in-process on ${fmt(bytes / MB, 0)} MB; wall ${fmtInt(words / (a.ms / 1000))} words/s` +
          (a.warmCpuMs ? `; a second pass ${fmtInt(tokens / (a.warmCpuMs / 1000))} tokens per CPU-second` : '') +
          (bigWordsPerCpuS !== undefined ? `; CLI --jobs 1 on ${bigLabel}: ${fmtInt(bigWordsPerCpuS)} words (≈ ${fmtInt(bigTokensPerCpuS)} tokens) per CPU-second, ${fmtInt(results.rss.bigWords / (big1.ms / 1000))} words/s wall` : ''),
        // Judged on words (fewer than tokens), on the large run when there is one, else on the second in-process pass:
        // a rate per core in a long run, which the first pass, a third of it V8 compiling, is not.
        verdict((bigWordsPerCpuS ?? (a.warmCpuMs ? words / (a.warmCpuMs / 1000) : perCoreWords)) >= TARGETS.tokensPerCore) +
          (bigWordsPerCpuS === undefined && a.warmCpuMs ? ' (second pass)' : ''),
      ],
      [
        '≥ 1/3 of grep throughput',
        `${fmt(ratio, 3)} × grep wall${ratioCpu ? `, ${fmt(ratioCpu, 3)} × grep CPU` : ''} (in-process, 1 thread, ${fmt(bytes / MB, 0)} MB)` +
          (bigRatio !== undefined ? `; CLI --jobs 1 on ${bigLabel}: ${fmt(bigRatio, 3)} × grep wall${bigRatioCpu ? `, ${fmt(bigRatioCpu, 3)} × grep CPU` : ''}` : '') +
          (bigRatioDefault !== undefined
            ? `; CLI, default options (${cores} cores), on ${bigLabel}: ${fmt(bigRatioDefault, 3)} × grep wall (grep ${fmt(bigGrep.mbPerS, 1)} MB/s, the mean of ${fmt(bigGrep.mbPerSBefore, 1)} just before and ${fmt(bigGrep.mbPerSAfter, 1)} just after)`
            : ''),
        bigRatioDefault !== undefined
          ? `${verdict(bigRatioDefault >= TARGETS.grepRatio)} with default options; one thread: ${verdict(bigRatio >= TARGETS.grepRatio)}`
          : verdict((bigRatio ?? ratio) >= TARGETS.grepRatio),
      ],
      [
        'near-linear scaling (≥ 80 %)',
        eff === undefined
          ? hasJobs
            ? 'one core'
            : 'n/a (no --jobs yet)'
          : `${fmt(eff * 100, 0)} % of linear at ${cores} jobs (wall)${jobs1.cpuMs && jobsAll.cpuMs ? `; CPU-time ceiling ${fmt((100 * jobs1.cpuMs) / jobsAll.cpuMs, 0)} %` : ''}` +
            (results.processes ? `; ${results.processes.processes} independent processes get ×${fmt(jobs1.ms / results.processes.ms, 2)}` : '') +
            (effBig !== undefined ? `; on ${fmt(big.bytes / MB, 0)} MB ${fmt(effBig * 100, 0)} %` : '') +
            (effBig !== undefined && results.rss.bigProcesses ? ` (independent processes ×${fmt(big1.ms / results.rss.bigProcesses.ms, 2)}, arner's --jobs ${cores} ×${fmt(big1.ms / big.ms, 2)})` : ''),
        verdict(effBig !== undefined ? effBig >= TARGETS.scalingEfficiency : eff === undefined ? undefined : eff >= TARGETS.scalingEfficiency),
      ],
      [
        'peak RSS < 300 MB for 1 GB',
        rssBig
          ? `${fmtInt(rssBig / 1024)} MiB on ${fmt(results.rss.big.bytes / MB, 0)} MB${results.rss.bigJobs1 ? ` (--jobs 1: ${fmtInt(results.rss.bigJobs1.maxRssKb / 1024)} MiB)` : ''}`
          : `${fmtInt(results.rss.fullKb / 1024)} MiB on ${fmt(bytes / MB, 0)} MB (use --rss-mb 1000)`,
        rssBig && results.rss.big.bytes >= 1000 * MB
          ? verdict(rssBig / 1024 < TARGETS.rssMbFor1Gb)
          : Math.max(rssBig ?? 0, results.rss.fullKb) / 1024 >= TARGETS.rssMbFor1Gb
            ? 'MISSED'
            : 'not measured at 1 GB',
      ],
      ['startup < 150 ms', `${fmt(up.arnerMs, 0)} ms (median wall; node -e '' ${fmt(up.nodeMs, 0)})`, verdict(up.arnerMs < TARGETS.startupMs)],
      ...(upNoCa
        ? [['startup < 150 ms, NODE_EXTRA_CA_CERTS unset', `${fmt(upNoCa.arnerMs, 0)} ms (median wall; node -e '' ${fmt(upNoCa.nodeMs, 0)})`, verdict(upNoCa.arnerMs < TARGETS.startupMs)]]
        : []),
    ];
    out.push('');
    out.push(table(['target (issue 6)', 'measured', 'status'], tgt));
    process.stdout.write(out.join('\n') + '\n');
    results.summary = { ...results.summary, perCoreWords, perCoreTokens, grepRatio: ratio, grepRatioCpu: ratioCpu, scalingEfficiency: eff, targets: tgt };

    if (opts.profile) results.profile = profileAndPrint(corpus, tmp);
    if (opts.json) writeFileSync(opts.json, JSON.stringify(results, null, 2) + '\n');
  } finally {
    if (opts.keep) process.stderr.write(`bench: kept ${tmp}\n`);
    else rmSync(tmp, { recursive: true, force: true });
  }
}

export { readProfile, lexiconForms };

if (process.argv[1] && resolve(process.argv[1]) === SELF) {
  main().catch((e) => {
    process.stderr.write(`bench: ${e.stack ?? e}\n`);
    process.exitCode = 1;
  });
}
