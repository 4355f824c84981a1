#!/usr/bin/env node
/**
 * Two builds of arner compared by the instructions a steady pass executes, counted by valgrind (cachegrind): a
 * figure this shared machine cannot move, where timings of the same build differ by up to 1.5× from one minute to
 * the next. It does not see memory stalls, which time does (scripts/compare-builds.mjs); use both.
 *
 *   node scripts/count-instructions.mjs A B [--corpus FILE] [--passes N] [--warm W]
 *
 * A and B are package folders with a build (`dist/`). For each build the harness runs twice under valgrind, with W
 * warm-up passes (default 3) and then with N more (default 8): the difference, divided by N, is the instructions of
 * one pass after the first W, start-up and warm-up left out. V8 goes on improving its code for many passes (on 1 MB:
 * 474 M instructions a pass after 3, 447 M after 8, for the same build), so compare builds after the same warm-up,
 * and prefer a long one (`--warm 8`) for a figure closer to a worker's steady state. A pass prints every line of the
 * corpus as a worker does (PrintedBatch, batches of ~16 K characters) into memory. V8 runs on one thread with fixed
 * hash and random seeds and a worker's young generation size, so that two runs of one build agree within about 1 %
 * (its compilers' decisions still vary a little). The corpus should be small: valgrind runs Node about 50 times
 * slower (1 MB: ~1.5 minutes for both builds with the defaults).
 *
 *   head -c 1000000 /tmp/c10/corpus.txt | head -n -1 > /tmp/c1.txt
 *   node scripts/count-instructions.mjs /tmp/base . --corpus /tmp/c1.txt
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { workerPass } from './worker-pass.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    corpus: { type: 'string' },
    passes: { type: 'string', default: '8' },
    warm: { type: 'string', default: '3' },
    // Internal: the harness itself, run under valgrind.
    run: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

if (values.run !== undefined) await harness(positionals[0], values.corpus, Number(values.warm), Number(values.run));
else await main();

async function main() {
  if (values.help || positionals.length !== 2 || !values.corpus) {
    process.stderr.write('usage: node scripts/count-instructions.mjs A B --corpus FILE [--passes N]\n');
    process.exit(values.help ? 0 : 2);
  }
  const passes = Number(values.passes);
  const [a, b] = positionals.map((dir) => resolve(dir));
  // Two runs at a time: one per build, so that both see the same machine.
  const [a0, b0] = await Promise.all([count(a, 0), count(b, 0)]);
  const [aN, bN] = await Promise.all([count(a, passes), count(b, passes)]);
  const perPass = (zero, n) => (n - zero) / passes;
  const [pa, pb] = [perPass(a0, aN), perPass(b0, bN)];
  console.log(`${positionals[0]}: ${(pa / 1e6).toFixed(1)} M instructions per pass`);
  console.log(`${positionals[1]}: ${(pb / 1e6).toFixed(1)} M instructions per pass`);
  console.log(`B/A ${(pb / pa).toFixed(4)} (${passes} passes after ${values.warm} over ${values.corpus})`);
}

/** The instructions valgrind counts for the harness with `passes` measured passes over the corpus, with build `dir`. */
async function count(dir, passes) {
  const node = ['--single-threaded', '--hash-seed=42', '--random-seed=42', '--no-allocation-site-pretenuring', '--max-semi-space-size=4'];
  const script = fileURLToPath(import.meta.url);
  const args = ['--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null', process.execPath, ...node, script, dir, '--corpus', values.corpus, '--warm', values.warm, '--run', String(passes)];
  const { stderr } = await promisify(execFile)('valgrind', args, { maxBuffer: 1 << 24 });
  const refs = /I\s+refs:\s+([\d,]+)/.exec(stderr);
  if (!refs) throw new Error(`no instruction count from valgrind for ${dir}:\n${stderr.slice(-2000)}`);
  return Number(refs[1].replaceAll(',', ''));
}

async function harness(dir, corpus, warm, passes) {
  const lines = readFileSync(corpus, 'utf8').split('\n').filter((l) => l.trim() !== '');
  const pass = await workerPass(dir, lines);
  for (let k = 0; k < warm + passes; k++) pass();
}
