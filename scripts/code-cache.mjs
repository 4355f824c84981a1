// Saves V8's code cache of the CLI bundle beside it (arner-cli.cache, in bin/load-bundle.js's format): the bundle is
// loaded as bin/arner.js loads it, runs a one-line extraction so that the functions such a run compiles are in the cache too, and the cache is then
// written under a temporary name and renamed. Run by scripts/bundle-cli.mjs in a process of its own, with no V8
// flags: a cache made under other flags than a user's run would be rejected by V8 (safely, but uselessly).
//
// Usage: node scripts/code-cache.mjs BUNDLE
import { closeSync, mkdtempSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { cacheFileData, cacheFileOf, loadBundle } from '../bin/load-bundle.js';

const bundle = resolve(process.argv[2]);
const { exports, script } = loadBundle(bundle);
const discard = () => Object.assign(new PassThrough(), { isTTY: false }).resume();
// The sample line is read as bin/arner.js reads stdin (by its descriptor), from a file, and its record written as
// bin/arner.js writes stdout (by its descriptor), to a file.
const sampleDir = mkdtempSync(join(tmpdir(), 'arner-code-cache-'));
const sample = join(sampleDir, 'sample.txt');
writeFileSync(sample, 'زار ماكرون باريس\n');
const fd = openSync(sample, 'r');
const outFd = openSync(join(sampleDir, 'out.jsonl'), 'w');
let code;
try {
  code = await exports.main(['--format', 'jsonl'], {
    stdin: exports.stdinChunks(fd, () => Readable.from([])),
    stdout: exports.stdoutStream(outFd, discard),
    stderr: discard(),
    env: {},
  });
} finally {
  closeSync(fd);
  closeSync(outFd);
  rmSync(sampleDir, { recursive: true, force: true });
}
if (code !== 0) throw new Error(`the sample run of ${bundle} exited ${code}`);
const cache = cacheFileOf(bundle);
writeFileSync(`${cache}.tmp`, cacheFileData(bundle, script.createCachedData()));
renameSync(`${cache}.tmp`, cache);
