#!/usr/bin/env node
/**
 * Two builds of arner compared by whole CLI runs, alternated: what a change does to a real run, with its workers,
 * its startup and warm-up, its collections over a stream of new text, and its peak RSS, none of which
 * scripts/compare-builds.mjs (repeated passes over one corpus in one process) includes; on 2026-11-30, on the
 * open-vocabulary corpus, its rounds also ranged 0.37–1.75, too wide for changes of a few per cent. The price is
 * the host's noise landing on each run (the same build against itself: medians 1.008 and 1.020 over 8 rounds): use
 * 8 or more rounds and read the median of the per-round ratios.
 *
 *   node scripts/compare-cli.mjs A B --corpus FILE [--rounds N] [--jobs J] [--node-args-b "ARGS"]
 *
 * A and B are package folders with a build (`bin/`, `dist/`), e.g. a git worktree of the base commit and this
 * checkout. Each round runs A then B (B then A every other round) with `--input lines --format jsonl`, output
 * discarded, under GNU time: CPU (user + system), wall and peak RSS. `--node-args-b` passes flags to B's node (to
 * try a V8 flag on one build). Prints each round and the medians.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    corpus: { type: 'string' },
    rounds: { type: 'string', default: '8' },
    jobs: { type: 'string', default: '2' },
    'node-args-b': { type: 'string', default: '' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help || positionals.length !== 2 || !values.corpus) {
  process.stderr.write('usage: node scripts/compare-cli.mjs A B --corpus FILE [--rounds N] [--jobs J] [--node-args-b "ARGS"]\n');
  process.exit(values.help ? 0 : 2);
}
const [A, B] = positionals.map((p) => resolve(p));

function run(dir, nodeArgs) {
  const args = ['-f', '%U %S %e %M', 'node', ...nodeArgs, resolve(dir, 'bin/arner.js'), '--jobs', values.jobs, '--no-progress', '--input', 'lines', '--format', 'jsonl', values.corpus];
  const r = spawnSync('/usr/bin/time', args, { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0) throw new Error(`${dir}: exit ${r.status}\n${r.stderr}`);
  const [user, system, wall, maxRssKb] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
  return { cpu: user + system, wall, rss: maxRssKb / 1024 };
}

const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
const nodeArgsB = values['node-args-b'].split(' ').filter(Boolean);
const a = [];
const b = [];
for (let round = 0; round < Number(values.rounds); round++) {
  if (round % 2) {
    b.push(run(B, nodeArgsB));
    a.push(run(A, []));
  } else {
    a.push(run(A, []));
    b.push(run(B, nodeArgsB));
  }
  const [x, y] = [a[round], b[round]];
  console.log(`round ${round}: A ${x.cpu.toFixed(2)} CPU-s, ${x.rss.toFixed(0)} MiB; B ${y.cpu.toFixed(2)} CPU-s, ${y.rss.toFixed(0)} MiB; B/A ${(y.cpu / x.cpu).toFixed(3)}`);
}
const cpuRatio = median(a.map((x, i) => b[i].cpu / x.cpu));
const wallRatio = median(a.map((x, i) => b[i].wall / x.wall));
console.log(`median CPU-s A ${median(a.map((x) => x.cpu)).toFixed(2)}, B ${median(b.map((x) => x.cpu)).toFixed(2)}; per-round B/A median: CPU ${cpuRatio.toFixed(3)}, wall ${wallRatio.toFixed(3)}`);
console.log(`peak RSS median: A ${median(a.map((x) => x.rss)).toFixed(0)} MiB, B ${median(b.map((x) => x.rss)).toFixed(0)} MiB`);
