#!/usr/bin/env node
import { main } from '../dist/cli/main.js';

main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env }).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`arner: internal error: ${error?.stack ?? error}\n`);
    process.exitCode = 70;
  },
);
