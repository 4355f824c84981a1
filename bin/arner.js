#!/usr/bin/env node
import { main } from '../dist/cli/main.js';

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
