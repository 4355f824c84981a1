#!/usr/bin/env node
import { statSync } from 'node:fs';

/**
 * The CLI bundled into one module by `npm run build` (scripts/bundle-cli.mjs) starts faster than tsc's ~70 modules,
 * each resolved, read and linked separately. tsc's modules run when there is no bundle (a build by tsc alone), or
 * when tsc has compiled since the bundle was made: a stale bundle must not hide a change.
 */
function entry() {
  const bundle = new URL('../dist/cli-bundle/arner-cli.js', import.meta.url);
  const modules = new URL('../dist/cli/main.js', import.meta.url);
  const bundled = statSync(bundle, { throwIfNoEntry: false });
  const compiled = statSync(modules, { throwIfNoEntry: false });
  return bundled && (!compiled || bundled.mtimeMs >= compiled.mtimeMs) ? bundle.href : modules.href;
}

const { main } = await import(entry());

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
