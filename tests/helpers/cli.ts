/** Runs the CLI in-process with in-memory streams. */
import { PassThrough, Readable } from 'node:stream';
import { main } from '../../src/cli/main.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(argv: string[], options: { stdin?: string | Buffer; tty?: boolean; env?: Record<string, string> } = {}): Promise<CliResult> {
  const stdout = new PassThrough() as PassThrough & { isTTY?: boolean };
  const stderr = new PassThrough();
  if (options.tty) stdout.isTTY = true;
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
  stderr.on('data', (d: Buffer) => (err += d.toString('utf8')));
  const stdin = Readable.from(options.stdin === undefined ? [] : [typeof options.stdin === 'string' ? Buffer.from(options.stdin) : options.stdin]);
  const code = await main(argv, { stdin, stdout, stderr, env: options.env ?? {} });
  return { code, stdout: out, stderr: err };
}
