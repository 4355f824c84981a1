/**
 * The command line: parses argv and runs a command. The commands (src/cli/commands/) are the only code that deals
 * with stdin/stdout/stderr and exit codes; everything they print as data comes from the library core.
 */
import { availableParallelism } from 'node:os';
import { CommanderError, type Command } from 'commander';
import { buildProgram, type Action } from './args.js';
import type { CliIo } from './io.js';
import { EXIT_OK, EXIT_USAGE } from './common.js';
import { runExtract } from './commands/extract.js';

export { EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE } from './common.js';
export { stdinChunks } from './stdin.js';
export { stdoutStream } from './stdout.js';

/** Help, errors and exits of every command and subcommand go through the injected streams. */
function configure(command: Command, io: CliIo): void {
  command.exitOverride();
  command.configureOutput({ writeOut: (s) => void io.stdout.write(s), writeErr: (s) => void io.stderr.write(s) });
  for (const sub of command.commands) configure(sub, io);
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let action: Action | undefined;
  const program = buildProgram((a) => (action = a), availableParallelism());
  configure(program, io);
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help' ? EXIT_OK : EXIT_USAGE;
    }
    throw e;
  }
  const chosen = action as Action | undefined;
  if (!chosen) return EXIT_OK;
  // Only extraction, the command run most and the one whose startup counts, is loaded up front.
  switch (chosen.command) {
    case 'normalize':
      return (await import('./commands/normalize.js')).runNormalize(chosen.args, io);
    case 'eval':
      return (await import('./commands/eval.js')).runEval(chosen.args, io);
    case 'lexicon':
      return (await import('./commands/lexicon.js')).runLexicon(chosen.args, io);
    case 'extract':
      return runExtract(chosen.args, io);
  }
}
