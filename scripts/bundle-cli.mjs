// Bundles the compiled CLI (dist/cli/main.js and the ~70 modules it imports) into one file,
// dist/cli-bundle/arner-cli.cjs, with V8's code cache beside it (arner-cli.cache, scripts/code-cache.mjs), which
// bin/arner.js loads when present (bin/load-bundle.js): Node resolves, reads, compiles and links each module of a
// module graph separately, and for a one-line run that costs more than running the code itself; the code cache then
// spares most of the bundle's parsing and compiling. Run by `npm run build` and `prepare`, after tsc. It bundles
// tsc's output, so the bundle runs the code tsc emitted.
//
// The bundle is CommonJS, not an ES module, only because Node 20 offers a code cache to classic scripts alone.
// Its files are named .cjs (the package is "type": "module"), and the dynamic import of an external package
// (fast-glob) becomes a require: a script run by vm cannot import() without an experimental loader option.
//
// - Everything the CLI imports statically goes into that one file; what it imports dynamically (the other commands,
//   the other output formats, the worker pool, the progress line) becomes chunks beside it, loaded only when used.
// - commander is bundled too (it is needed by every run; bundled, it saves its ~7 CommonJS files and their
//   ESM interop). The other packages stay external, loaded from node_modules when used: chalk (coloured output
//   only), fast-glob (folders and patterns only), compromise (big, required on the first Latin-script word).
// - The worker script of --jobs is not bundled: the pool starts dist/cli/batch/worker.js by path.
import { rolldown } from 'rolldown';
import { WRAPPER } from '../bin/load-bundle.js';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BUNDLED_PACKAGES = ['commander'];

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const target = join(dist, 'cli-bundle');
// Written beside the target and swapped in by renaming, so bin/arner.js never finds a half-written bundle.
const tmp = join(dist, `.cli-bundle-${process.pid}`);

/** Bare specifiers (packages, node: built-ins) stay imports, except the packages bundled on purpose. */
const isExternal = (id) =>
  !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0') && !BUNDLED_PACKAGES.some((p) => id === p || id.startsWith(`${p}/`));

/**
 * commander requires node:child_process when it loads, for executable subcommands (`git-style` programs), which
 * arner has none of; loading it loads net, dgram and streams with it, ~8 M instructions of every start. In the
 * bundle, commander's one use of it (spawn) requires it when called. A commander whose code no longer has that line
 * fails the build here rather than quietly losing the saving.
 */
const lazyChildProcess = {
  name: 'arner-lazy-child-process',
  transform(code, id) {
    if (!id.replaceAll('\\', '/').endsWith('node_modules/commander/lib/command.js')) return null;
    const eager = "const childProcess = require('node:child_process');";
    if (!code.includes(eager)) throw new Error(`arner: ${id} no longer has the line ${eager} (scripts/bundle-cli.mjs)`);
    return code.replace(eager, "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };");
  },
};

const started = performance.now();
const bundle = await rolldown({
  plugins: [lazyChildProcess],
  input: join(dist, 'cli', 'main.js'),
  platform: 'node',
  external: isExternal,
  // The entry keeps its exports (bin/arner.js calls `main`) and may export more, which lets the modules the
  // entry needs live in the entry itself rather than in a shared chunk the lazy chunks import.
  preserveEntrySignatures: 'allow-extension',
  logLevel: 'warn',
});
let output;
try {
  ({ output } = await bundle.write({
    dir: tmp,
    format: 'cjs',
    // ASCII only (non-ASCII escaped, comments dropped; dist/*.js keep them): V8 then holds the source as a one-byte
    // string and reads it without decoding UTF-8. Measured: -12M instructions of the one-line run (-1.8%).
    charset: 'ascii',
    comments: false,
    strict: true,
    dynamicImportInCjs: false,
    entryFileNames: 'arner-cli.cjs',
    chunkFileNames: '[name]-[hash].cjs',
    // Every module reachable by static imports from the entry ("$initial") in one chunk, the entry's own.
    codeSplitting: { groups: [{ name: 'arner-cli', tags: ['$initial'] }] },
    sourcemap: false,
  }));
} finally {
  await bundle.close();
}
// Still correct if the grouping ever stops working, only slower: say so rather than fail the build.
const entry = output.find((c) => c.type === 'chunk' && c.isEntry);
const eager = entry.imports.filter((i) => output.some((c) => c.fileName === i));
if (eager.length) console.error(`arner: warning: the CLI bundle imports other chunks at startup: ${eager.join(', ')}`);
// The entry saved already wrapped as bin/load-bundle.js compiles it (WRAPPER), rather than wrapped at every start:
// a 300 KB string concatenated with its wrapper is copied again by V8 before compiling (~70 page faults, ~1 ms).
const entryFile = join(tmp, entry.fileName);
writeFileSync(entryFile, `${WRAPPER[0]}${readFileSync(entryFile, 'latin1')}${WRAPPER[1]}`, 'latin1');

const old = `${target}.old-${process.pid}`;
if (existsSync(target)) renameSync(target, old);
renameSync(tmp, target);
rmSync(old, { recursive: true, force: true });

// The cache is made from the bundle where it runs: V8 keeps the script's file name in the cache, and stack traces
// would otherwise name the temporary folder. Until it is written, the bundle runs without a cache.
const cached = spawnSync(process.execPath, [fileURLToPath(new URL('code-cache.mjs', import.meta.url)), join(target, 'arner-cli.cjs')], { stdio: 'inherit' });
if (cached.status !== 0) throw new Error('arner: making the code cache of the CLI bundle failed');
console.error(`arner: CLI bundle and its code cache in ${Math.round(performance.now() - started)} ms: ${join(target, 'arner-cli.cjs')}`);
