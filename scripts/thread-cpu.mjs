#!/usr/bin/env node
/**
 * CPU time of each thread of one CLI run, Linux only: what the main thread, the workers and V8's own threads (its
 * optimizing compiler and the collector's helpers, four by default in Node 20) each used. `process.cpuUsage()` and
 * GNU time give the sum only; with `--jobs 1` V8's threads were ~30 % of it on 100 MB of the benchmark corpus, 23 %
 * on 300 MB.
 *
 *   node scripts/thread-cpu.mjs CORPUS [--jobs N] [--node-args="FLAGS"]
 *
 * Runs this checkout's `bin/arner.js --input lines --format jsonl CORPUS --jobs N` (default 1), output discarded,
 * and reads /proc/PID/task/TID/stat every 50 ms, keeping each thread's last reading (a thread that ends between two
 * readings loses up to 50 ms). Threads are listed in the order they started; the labels are a guess from that order
 * (all of Node's threads are named `node`): the main thread is the process's own, then one of Node's, then V8's
 * platform threads, workers last; `other` holds libuv's pool and the like.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { jobs: { type: 'string', default: '1' }, 'node-args': { type: 'string', default: '' }, help: { type: 'boolean', short: 'h' } },
});
if (values.help || positionals.length !== 1) {
  process.stderr.write('usage: node scripts/thread-cpu.mjs CORPUS [--jobs N] [--node-args="FLAGS"]\n');
  process.exit(values.help ? 0 : 2);
}
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const jobs = Number(values.jobs);
const nodeArgs = values['node-args'].split(' ').filter(Boolean);
const args = [...nodeArgs, resolve(root, 'bin/arner.js'), '--jobs', String(jobs), '--no-progress', '--input', 'lines', '--format', 'jsonl', resolve(positionals[0])];

/** Clock ticks per second of /proc's times (USER_HZ: 100 on Linux). */
const TICKS = 100;
/** Node 20 starts one thread of its own after the main thread, then V8's platform threads (four by default). */
const V8_PLATFORM_FIRST = 2;
const V8_PLATFORM_THREADS = 4;

const started = performance.now();
const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
/** CPU seconds by thread id, the last reading of each. */
const cpu = new Map();

function sample() {
  let tids;
  try {
    tids = readdirSync(`/proc/${child.pid}/task`);
  } catch {
    return; // the process has ended
  }
  for (const tid of tids) {
    try {
      const stat = readFileSync(`/proc/${child.pid}/task/${tid}/stat`, 'utf8');
      // Fields after the command name in parentheses: utime and stime are the 12th and 13th.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      cpu.set(Number(tid), (Number(fields[11]) + Number(fields[12])) / TICKS);
    } catch {
      // the thread has ended
    }
  }
}

const timer = setInterval(sample, 50);
child.on('exit', (code) => {
  clearInterval(timer);
  const wall = (performance.now() - started) / 1000;
  const tids = [...cpu.keys()].sort((a, b) => a - b);
  const workers = jobs > 1 ? new Set(tids.slice(-jobs)) : new Set();
  let total = 0;
  const byLabel = new Map();
  for (const [i, tid] of tids.entries()) {
    const label = tid === child.pid ? 'main' : workers.has(tid) ? 'worker' : i >= V8_PLATFORM_FIRST && i < V8_PLATFORM_FIRST + V8_PLATFORM_THREADS ? 'V8 platform' : 'other';
    const s = cpu.get(tid);
    total += s;
    byLabel.set(label, (byLabel.get(label) ?? 0) + s);
    if (s > 0) console.log(`${String(tid).padStart(8)}  ${label.padEnd(12)} ${s.toFixed(2).padStart(7)} CPU-s`);
  }
  for (const [label, s] of byLabel) console.log(`${label.padEnd(12)} ${s.toFixed(2).padStart(7)} CPU-s  ${((100 * s) / total).toFixed(1).padStart(5)} %`);
  console.log(`total ${total.toFixed(2)} CPU-s, wall ${wall.toFixed(2)} s, exit ${code}`);
});
