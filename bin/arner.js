#!/usr/bin/env node
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadBundle } from './load-bundle.js';

/**
 * The CLI bundled into one file by `npm run build` (scripts/bundle-cli.mjs, run with its code cache by
 * load-bundle.js) starts faster than tsc's ~70 modules, each resolved, read and linked separately. tsc's modules run
 * when there is no bundle (a build by tsc alone), or when tsc has compiled since the bundle was made: a stale bundle
 * must not hide a change.
 */
async function loadMain() {
  const bundle = fileURLToPath(new URL('../dist/cli-bundle/arner-cli.cjs', import.meta.url));
  const modules = new URL('../dist/cli/main.js', import.meta.url);
  const bundled = statSync(bundle, { throwIfNoEntry: false });
  const compiled = statSync(modules, { throwIfNoEntry: false });
  if (bundled && (!compiled || bundled.mtimeMs >= compiled.mtimeMs)) return loadBundle(bundle).exports.main;
  return (await import(modules.href)).main;
}

const main = await loadMain();

/**
 * Exits as soon as what was written has been flushed: everything the command started has finished by then, and
 * exiting outright spares the process the teardown of its heap (~10 ms of a one-line run).
 */
function exitWhenFlushed(code) {
  let pending = 2;
  const done = () => {
    if (--pending === 0) process.exit(code);
  };
  process.stdout.write('', done);
  process.stderr.write('', done);
}

main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env }).then(exitWhenFlushed, (error) => {
  process.stderr.write(`arner: internal error: ${error?.stack ?? error}\n`);
  exitWhenFlushed(70);
});
