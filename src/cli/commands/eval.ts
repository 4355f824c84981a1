/** `arner eval`: scores against an annotated CoNLL corpus. */
import { readFile } from 'node:fs/promises';
import type { EvalArgs } from '../args.js';
import { Output, type CliIo } from '../io.js';
import { EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, describe, loadModel, warn } from '../common.js';
import { evaluateConll, formatBySource, formatErrors, formatScore, scoreBySource } from '../../eval/evaluate.js';
import { decode } from '../../io/decode.js';

export async function runEval(args: EvalArgs, io: CliIo): Promise<number> {
  const model = loadModel(args, io);
  if (!model) return EXIT_USAGE;
  let conll: string;
  try {
    conll = decode(await readFile(args.gold)).text;
  } catch (e) {
    warn(io, `${args.gold}: ${describe(e)}`);
    return EXIT_SOME_FAILED;
  }
  const ev = evaluateConll(conll, model, { typeMap: args.types, column: args.column, extract: { minConfidence: args.minConfidence } });
  const out = new Output(io.stdout);
  const bySource = args.bySource ? scoreBySource(ev) : undefined;
  if (args.json) await out.write(JSON.stringify(bySource ? { ...ev.score, bySource } : ev.score, null, 2) + '\n');
  else await out.write(formatScore(ev.score) + (bySource ? '\n' + formatBySource(bySource) : ''));
  if (args.errors) await out.write(formatErrors(ev));
  return EXIT_OK;
}

