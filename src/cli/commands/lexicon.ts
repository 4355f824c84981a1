/** `arner lexicon check|stats|find|build`: looking into lexicons and building one from a corpus. */
import { readFile, writeFile } from 'node:fs/promises';
import type { LexiconArgs } from '../args.js';
import { Output, type CliIo } from '../io.js';
import { EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, describe, loadModel, warn } from '../common.js';
import { buildLexiconFromConll } from '../../lexicon/build-from-conll.js';
import { findCollisions, findName, lexiconStats } from '../../lexicon/inspect.js';
import { decode } from '../../io/decode.js';

async function runLexiconBuild(args: LexiconArgs, io: CliIo): Promise<number> {
  let conll: string;
  try {
    conll = decode(await readFile(args.fromConll ?? '')).text;
  } catch (e) {
    warn(io, `${args.fromConll}: ${describe(e)}`);
    return EXIT_SOME_FAILED;
  }
  const tsv = buildLexiconFromConll(conll, { typeMap: args.typeMap });
  if (args.out) {
    try {
      await writeFile(args.out, tsv);
    } catch (e) {
      warn(io, `${args.out}: ${describe(e)}`);
      return EXIT_SOME_FAILED;
    }
  } else await new Output(io.stdout).write(tsv);
  return EXIT_OK;
}

export async function runLexicon(args: LexiconArgs, io: CliIo): Promise<number> {
  if (args.action === 'build') return runLexiconBuild(args, io);
  const model = loadModel(args, io, { withForms: true });
  if (!model) return EXIT_USAGE;
  const out = new Output(io.stdout);
  const lex = model.lexicon;
  if (args.action === 'stats') {
    const stats = lexiconStats(lex);
    if (args.json) await out.write(JSON.stringify(stats, null, 2) + '\n');
    else {
      const rows = [`entries ${stats.entries}`, `forms   ${stats.forms}`, '', ...Object.entries(stats.byType).map(([t, n]) => `${t.padEnd(5)} ${String(n).padStart(6)}`), ''];
      rows.push(...Object.entries(stats.bySubtype).sort().map(([t, n]) => `${t.padEnd(16)} ${String(n).padStart(6)}`));
      await out.write(rows.join('\n') + '\n');
    }
    return EXIT_OK;
  }
  if (args.action === 'find') {
    const found = findName(lex, args.name ?? '');
    if (args.json) await out.write(JSON.stringify(found, null, 2) + '\n');
    else {
      await out.write(`normalized: ${found.normalized}\ntokens: ${found.keys.join(' | ')}\n`);
      if (found.matches.length === 0) await out.write('no match\n');
      for (const m of found.matches) {
        const origin = m.form ? `${m.form.origin.file}:${m.form.origin.line}` : '';
        const how = m.variant ? 'a spelling variant of form' : 'form';
        await out.write(`${m.type}\t${m.id}\t${m.label}\t${m.prefix ? `proclitic ${m.prefix} + ` : ''}${how} "${m.form?.text ?? ''}"${m.ambiguous ? ' (ambiguous)' : ''}\t${origin}\n`);
      }
    }
    return found.matches.length ? EXIT_OK : EXIT_SOME_FAILED;
  }
  const collisions = findCollisions(lex);
  if (args.json) await out.write(JSON.stringify({ entries: lex.entries.length, collisions }, null, 2) + '\n');
  else {
    await out.write(`${lex.entries.length} entries valid\n`);
    for (const c of collisions) await out.write(`collision: "${c.keys.join(' ')}" -> ${c.ids.join(', ')}\n`);
  }
  return collisions.length ? EXIT_SOME_FAILED : EXIT_OK;
}

