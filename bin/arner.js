#!/usr/bin/env node
'use strict';
// CommonJS (bin/package.json), not an ES module like the rest of the package: Node starts a CommonJS entry without
// its ES module loader, ~12 M instructions (~3 % of `node -e ''`) less per run; nothing here needs ES modules.
const { statSync } = require('node:fs');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');
const { loadBundle } = require('./load-bundle.js');

/**
 * The CLI bundled into one file by `npm run build` (scripts/bundle-cli.mjs, run with its code cache by
 * load-bundle.js) starts faster than tsc's ~70 modules, each resolved, read and linked separately. tsc's modules run
 * when there is no bundle (a build by tsc alone), or when tsc has compiled since the bundle was made: a stale bundle
 * must not hide a change.
 */
async function loadCli() {
  const bundle = join(__dirname, '..', 'dist', 'cli-bundle', 'arner-cli.cjs');
  const modules = join(__dirname, '..', 'dist', 'cli', 'main.js');
  const bundled = statSync(bundle, { throwIfNoEntry: false });
  const compiled = statSync(modules, { throwIfNoEntry: false });
  if (bundled && (!compiled || bundled.mtimeMs >= compiled.mtimeMs)) return loadBundle(bundle).exports;
  return import(pathToFileURL(modules).href);
}

/**
 * process.stderr, made when first used: making it loads Node's stream modules (and net, for a pipe), and a run
 * without warnings never writes there.
 */
let stderrStream;
const stderr = () => (stderrStream ??= process.stderr);
const messages = {
  get isTTY() {
    return stderr().isTTY;
  },
  write: (text) => stderr().write(text),
};

/** Standard output: stdoutStream (src/cli/stdout.ts) once the CLI is loaded. */
let stdout;

/**
 * Exits as soon as what was written has been flushed: everything the command started has finished by then, and
 * exiting outright spares the process the teardown of its heap (~10 ms of a one-line run).
 */
function exitWhenFlushed(code) {
  const streams = [stdout, stderrStream].filter(Boolean);
  if (streams.length === 0) process.exit(code);
  let pending = streams.length;
  const done = () => {
    if (--pending === 0) process.exit(code);
  };
  for (const stream of streams) stream.write('', done);
}

function internalError(error) {
  stderr().write(`arner: internal error: ${error?.stack ?? error}\n`);
  exitWhenFlushed(70);
}

// process.stdin and process.stdout are made only where their descriptors cannot be used (src/cli/stdin.ts, stdout.ts).
loadCli()
  .then(({ main, stdinChunks, stdoutStream }) => {
    stdout = stdoutStream(1, () => process.stdout);
    return main(process.argv.slice(2), { stdin: stdinChunks(0, () => process.stdin), stdout, stderr: messages, env: process.env });
  })
  .then(exitWhenFlushed, internalError);
