/** `arner normalize`: the normalized text the matcher sees. */
import type { NormalizeArgs } from '../args.js';
import { Output, type CliIo } from '../io.js';
import { EXIT_OK, EXIT_SOME_FAILED, describe, labelOf, readAll, warn } from '../common.js';
import { expandInputs } from '../../io/sources.js';
import { normalize } from '../../text/normalize.js';
import { decode } from '../../io/decode.js';

export async function runNormalize(args: NormalizeArgs, io: CliIo): Promise<number> {
  const out = new Output(io.stdout);
  let failed = 0;
  for (const item of await expandInputs(args.inputs)) {
    if (out.closed) break;
    if (item.kind === 'error') {
      warn(io, `${item.label}: ${item.message}`);
      failed++;
      continue;
    }
    try {
      const { text } = decode(await readAll(item, io));
      const normalized = normalize(text).text;
      await out.write(normalized.endsWith('\n') || normalized === '' ? normalized : normalized + '\n');
    } catch (e) {
      warn(io, `${labelOf(item)}: ${describe(e)}`);
      failed++;
    }
  }
  return failed > 0 && !out.closed ? EXIT_SOME_FAILED : EXIT_OK;
}
