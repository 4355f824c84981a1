#!/usr/bin/env node
/**
 * Two builds of arner in one process, their steady-state passes alternated: what a change does to the per-core cost
 * of extraction and JSON Lines printing, with the machine's changes of speed (other virtual machines on the same host,
 * frequency) falling on both alike. Separate runs on this machine differ by up to 1.5×; alternated passes in one
 * process agree within about 2 % (the same build twice: median ratio 1.00–1.01).
 *
 *   node scripts/compare-builds.mjs A B [--corpus FILE] [--rounds N]
 *
 * A and B are package folders with a build (`dist/`), e.g. a git worktree of the base commit and this checkout:
 *
 *   git worktree add /tmp/base HEAD~3 && (cd /tmp/base && npm ci && npm run build)
 *   node scripts/gen-corpus.mjs --mb 10 --out /tmp/c10
 *   node scripts/compare-builds.mjs /tmp/base . --corpus /tmp/c10/corpus.txt
 *
 * Each build gets its own model; each pass extracts every line of the corpus and prints its record as the CLI's
 * workers do (PrintedBatch, batches of ~16 K characters, into byte buffers never written; before 2026-11-30 09:50
 * it called extractDocument and printed the entity objects, which the workers no longer make). Two warm-up passes
 * each, then `--rounds` rounds of one pass each, the order alternating. Prints each build's CPU time per pass
 * (minimum and median) and the ratio B/A per round. The output sizes must agree, or the builds print different
 * records (reported).
 *
 * The passes run in a worker thread with the CLI's workers' heap limits and V8 flags (cli/batch/pool.ts), because
 * what a change does to allocation shows there: a worker's small young generation is collected every ~4 MB, by the
 * worker alone. `--main-thread` runs them on the main thread with V8's defaults instead.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { isMainThread, Worker, workerData } from 'node:worker_threads';
import { workerPass } from './worker-pass.mjs';

const { values, positionals } = parseArgs({
  args: isMainThread ? process.argv.slice(2) : workerData,
  allowPositionals: true,
  options: {
    corpus: { type: 'string' },
    rounds: { type: 'string', default: '12' },
    'main-thread': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help || positionals.length !== 2 || !values.corpus) {
  process.stderr.write('usage: node scripts/compare-builds.mjs A B --corpus FILE [--rounds N] [--main-thread]\n');
  process.exit(values.help ? 0 : 2);
}
async function load(dir, lines) {
  return { dir, pass: await workerPass(dir, lines), ms: [] };
}

async function compare() {
  const rounds = Number(values.rounds);
  const lines = readFileSync(values.corpus, 'utf8').split('\n').filter((l) => l.trim() !== '');
  const builds = [await load(positionals[0], lines), await load(positionals[1], lines)];
  for (const b of builds) for (let k = 0; k < 2; k++) b.pass();
  const sizes = builds.map((b) => b.pass());
  if (sizes[0] !== sizes[1]) console.log(`the builds print different output: ${sizes[0]} against ${sizes[1]} bytes`);
  for (let r = 0; r < rounds; r++) {
    for (const b of r % 2 ? [...builds].reverse() : builds) {
      const before = process.cpuUsage();
      b.pass();
      const used = process.cpuUsage(before);
      b.ms.push((used.user + used.system) / 1000);
    }
  }
  const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  for (const b of builds) console.log(`${b.dir}: CPU per pass min ${Math.min(...b.ms).toFixed(0)} ms, median ${median(b.ms).toFixed(0)} ms`);
  const ratios = builds[0].ms.map((a, i) => builds[1].ms[i] / a);
  console.log(`B/A per round: median ${median(ratios).toFixed(3)} (${Math.min(...ratios).toFixed(3)}–${Math.max(...ratios).toFixed(3)}) over ${rounds} rounds`);
}

if (isMainThread && !values['main-thread']) {
  // As ExtractionPool sets them for as many workers as cores (setWorkerFlags, WORKER_LIMITS).
  setFlagsFromString('--no-allocation-site-pretenuring');
  setFlagsFromString('--no-parallel-scavenge');
  const worker = new Worker(new URL(import.meta.url), { workerData: process.argv.slice(2), resourceLimits: { maxYoungGenerationSizeMb: 8 } });
  worker.on('error', (e) => {
    process.stderr.write(`${e.stack ?? e}\n`);
    process.exitCode = 1;
  });
} else await compare();
