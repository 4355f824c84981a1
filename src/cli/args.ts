/** argv -> typed options (commander). Choices are listed once, here. */
import { Command, InvalidArgumentError, Option } from 'commander';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FORMATS, type Format } from '../output/printers.js';
import { INPUT_MODES, type InputMode } from '../documents.js';
import { ENTITY_TYPES, type EntityType } from '../lexicon/types.js';
import { canonicalEncoding } from '../io/decode.js';
import type { PreferDates } from '../recognize/dates/index.js';
import { PACKAGE_ROOT } from '../locations.js';

export interface ExtractArgs {
  inputs: string[];
  format?: Format;
  types?: EntityType[];
  input: InputMode;
  textField: string;
  /** With --input jsonl, the field holding each record's date (its reference date). */
  dateField?: string;
  /** `--no-line`: records without their input line's number. */
  line?: boolean;
  refDate?: string;
  preferDates: PreferDates;
  lexicon: string[];
  builtin: boolean;
  minConfidence: number;
  progress: boolean;
  color?: boolean;
  out?: string;
  resume: boolean;
  jobs: number;
  /** `--jobs` not given: the number of cores, fewer for a small input (see cli/batch/workers-for.ts). */
  jobsAuto: boolean;
  summary: boolean;
  /** A forced input encoding (a TextDecoder label), or undefined to detect. */
  encoding?: string;
  /** `arner stats`: print the most frequent entities instead of records. */
  statsOnly?: boolean;
  top: number;
}

export interface NormalizeArgs {
  inputs: string[];
}

export interface EvalArgs {
  gold: string;
  types?: Record<string, string>;
  column?: number;
  errors: boolean;
  /** Correct and wrong predictions per type and recognizer. */
  bySource: boolean;
  json: boolean;
  lexicon: string[];
  builtin: boolean;
  minConfidence: number;
}

export type Action =
  | { command: 'extract'; args: ExtractArgs }
  | { command: 'normalize'; args: NormalizeArgs }
  | { command: 'eval'; args: EvalArgs }
  | { command: 'lexicon'; args: LexiconArgs };

export interface LexiconArgs {
  action: 'check' | 'stats' | 'find' | 'build';
  fromConll?: string;
  out?: string;
  typeMap?: Record<string, string>;
  files: string[];
  name?: string;
  json: boolean;
  lexicon: string[];
  builtin: boolean;
}

function version(): string {
  const pkg = join(PACKAGE_ROOT, 'package.json');
  return (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version;
}

function parseTypes(value: string): EntityType[] {
  const types = value.split(',').map((t) => t.trim().toUpperCase()).filter(Boolean);
  const bad = types.filter((t) => !(ENTITY_TYPES as readonly string[]).includes(t));
  if (bad.length) throw new InvalidArgumentError(`--types: unknown type ${bad.join(', ')} (known: ${ENTITY_TYPES.join(', ')})`);
  return types as EntityType[];
}

function parseTypeMap(value: string): Record<string, string> {
  const map: Record<string, string> = {};
  for (const pair of value.split(',').map((p) => p.trim()).filter(Boolean)) {
    const [from, to] = pair.split('=').map((x) => x.trim());
    if (!from || !to || !(ENTITY_TYPES as readonly string[]).includes(to.toUpperCase())) {
      throw new InvalidArgumentError(`expected GOLD=ARNER pairs such as PERS=PER,LOC=LOC, not "${pair}"`);
    }
    map[from] = to.toUpperCase();
  }
  return map;
}

function parseColumn(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`expected a column number from 1, not "${value}"`);
  return n;
}

function parseEncoding(value: string): string {
  const canonical = canonicalEncoding(value);
  if (!canonical) throw new InvalidArgumentError(`unknown encoding "${value}" (e.g. utf-8, utf-16le, windows-1256, iso-8859-6)`);
  return canonical;
}

function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new InvalidArgumentError(`expected a whole number from 1 to 256, not "${value}"`);
  return n;
}

function parseConfidence(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError(`--min-confidence: expected a number from 0 to 1, not "${value}"`);
  return n;
}

function parseRefDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value + 'T00:00:00Z'))) {
    throw new InvalidArgumentError(`--ref-date: expected YYYY-MM-DD, not "${value}"`);
  }
  return value;
}

const EXAMPLES = `
Examples:
  $ arner article.txt                       a table of the entities of one article
  $ cat article.txt | arner --format jsonl  one JSON record for the document on stdin
  $ arner a.txt b.txt                       one record per file, in the order given
  $ arner 'corpus/**/*.txt' --format jsonl  a glob (quote it), files sorted by path
  $ arner corpus/ --types PER,ORG           a folder; only people and organizations
  $ arner --input lines headlines.txt       each line a document
  $ arner --input jsonl --text-field body < records.jsonl
                                            each line a JSON record; its "id" is passed through
  $ arner --ref-date 2025-09-05 --prefer-dates past article.txt
                                            resolve الخميس, مارس الماضي against that date
  $ arner --lexicon my-people.tsv article.txt
                                            add (or override) lexicon entries
  $ arner normalize article.txt             the normalized text the matcher sees

Exit codes: 0 done, 1 some inputs failed (the others were still processed), 2 usage or lexicon error.`;

/** The options of extraction, shared by the default command and `stats`. */
function extractOptions(c: Command): Command {
  return c
    .addOption(new Option('-t, --types <list>', 'keep only these types, comma-separated, e.g. PER,LOC').argParser(parseTypes))
    .addOption(new Option('--input <mode>', 'text: a file is a document; lines: each line; jsonl: each line a JSON record').choices(INPUT_MODES).default('text'))
    .option('--text-field <name>', 'with --input jsonl, the field holding the text', 'text')
    .option('--no-line', 'records without the input line number (with --input lines|jsonl): the chunks of a split input then print exactly what one run prints')
    .option('--date-field <name>', "with --input jsonl, the field holding each record's date (YYYY-MM-DD or an ISO date-time): the date its relative dates resolve against, before --ref-date")
    .addOption(new Option('--encoding <label>', 'decode every input with this encoding (lossy), e.g. windows-1256; default: detect').argParser(parseEncoding))
    .addOption(new Option('--ref-date <date>', "YYYY-MM-DD that relative dates resolve against, where a record has no date of its own (--date-field) (default: the document's date line, else today)").argParser(parseRefDate))
    .addOption(new Option('--prefer-dates <when>', 'how a bare weekday or month resolves').choices(['past', 'future']).default('past'))
    .option('--lexicon <file>', 'a user lexicon (TSV, CSV or JSON) added to the built-in ones; repeatable', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option('--no-builtin', 'use only the lexicons given with --lexicon')
    .addOption(new Option('--min-confidence <n>', 'drop mentions below this confidence (0 to 1)').argParser(parseConfidence).default(0))
    .addOption(new Option('-j, --jobs <n>', 'worker threads for many documents (default: the number of cores, one per 16 MB of input files)').argParser(parseJobs))
    .option('--no-progress', 'no progress bar on stderr');
}

/** Builds the commander program; `onAction` receives the parsed action. */
export function buildProgram(onAction: (a: Action) => void, cores = 1): Command {
  const program = new Command();
  // Options after a subcommand belong to it (`arner eval --lexicon x`, `arner lexicon build -o y`).
  program.enablePositionalOptions();
  program
    .name('arner')
    .description('Arabic named-entity extraction: people, places, organizations, nationalities and dates, with exact offsets.')
    .version(version(), '-V, --version')
    .argument('[inputs...]', 'files, folders or glob patterns; "-" or nothing reads stdin')
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, jsonl otherwise)').choices(FORMATS))
    .option('-o, --out <path>', 'write one output file per input into this folder, mirroring the input tree (html: one report file)')
    .option('--resume', 'with --out, skip inputs whose output file already exists')
    .option('--summary', 'print the most frequent entities per type on stderr at the end')
    .option('--color', 'colour the table even when not on a terminal')
    .option('--no-color', 'never colour')
    .addHelpText('after', EXAMPLES)
    .action((inputs: string[], opts: Omit<ExtractArgs, 'inputs'>) =>
      onAction({ command: 'extract', args: { ...opts, inputs, jobs: opts.jobs ?? cores, jobsAuto: opts.jobs === undefined, resume: Boolean(opts.resume), summary: Boolean(opts.summary), top: 10 } }),
    );
  extractOptions(program);

  extractOptions(
    program
      .command('stats')
      .description('the most frequent entities per type across the inputs, for analysts')
      .argument('[inputs...]', 'files, folders or glob patterns; "-" or nothing reads stdin')
      .addOption(new Option('-f, --format <format>', 'table or JSON (default: table)').choices(['table', 'json']))
      .addOption(new Option('--json', 'the same as --format json').conflicts('format'))
      .addOption(new Option('--top <n>', 'how many entities per type').argParser(parseJobs).default(20))
      .addHelpText('after', '\nExample:\n  $ arner stats corpus/ --types PER,ORG --top 30'),
  ).action((inputs: string[], opts: Omit<ExtractArgs, 'inputs' | 'format'> & { json?: boolean; format?: 'table' | 'json' }) =>
    onAction({
      command: 'extract',
      args: { ...opts, inputs, jobs: opts.jobs ?? cores, jobsAuto: opts.jobs === undefined, resume: false, summary: false, statsOnly: true, format: opts.json || opts.format === 'json' ? 'json' : undefined },
    }),
  );

  program
    .command('normalize')
    .description('print the normalized text the matcher sees (diacritics removed, letters unified, offsets aside)')
    .argument('[inputs...]', 'files, folders or glob patterns; "-" or nothing reads stdin')
    .addHelpText('after', '\nExample:\n  $ echo "وَالأُمَمُ المُتَّحِدَة" | arner normalize')
    .action((inputs: string[]) => onAction({ command: 'normalize', args: { inputs } }));
  const lexicon = program.command('lexicon').description('check, count and query lexicons');
  const lexOpts = (c: Command) =>
    c
      .option('--lexicon <file>', 'a user lexicon added to the built-in ones; repeatable', (v: string, acc: string[]) => [...acc, v], [] as string[])
      .option('--no-builtin', 'only the lexicons given with --lexicon')
      .option('--json', 'print JSON');
  lexOpts(
    lexicon
      .command('check')
      .description('validate lexicon files (and the built-ins) and list normalized forms that lead to two entries')
      .argument('[files...]', 'user lexicon files (TSV, CSV or JSON)')
      .addHelpText('after', '\nExample:\n  $ arner lexicon check my-people.tsv'),
  ).action((files: string[], opts: { lexicon: string[]; builtin: boolean; json?: boolean }) =>
    onAction({ command: 'lexicon', args: { action: 'check', files, json: Boolean(opts.json), lexicon: [...opts.lexicon, ...files], builtin: opts.builtin } }),
  );
  lexOpts(
    lexicon
      .command('stats')
      .description('count entries by type and subtype')
      .addHelpText('after', '\nExample:\n  $ arner lexicon stats --json'),
  ).action((opts: { lexicon: string[]; builtin: boolean; json?: boolean }) =>
    onAction({ command: 'lexicon', args: { action: 'stats', files: [], json: Boolean(opts.json), lexicon: opts.lexicon, builtin: opts.builtin } }),
  );
  lexOpts(
    lexicon
      .command('find')
      .description('what an Arabic string matches, through which proclitic and which lexicon line')
      .argument('<name>', 'the string to look up, e.g. "للأمم المتحدة"')
      .addHelpText('after', '\nExample:\n  $ arner lexicon find بإسطنبول'),
  ).action((name: string, opts: { lexicon: string[]; builtin: boolean; json?: boolean }) =>
    onAction({ command: 'lexicon', args: { action: 'find', files: [], name, json: Boolean(opts.json), lexicon: opts.lexicon, builtin: opts.builtin } }),
  );

  lexicon
    .command('build')
    .description('build a lexicon (TSV) from an annotated CoNLL corpus, for use with --lexicon')
    .requiredOption('--from-conll <file>', 'token-per-line CoNLL with IOB tags')
    .addOption(new Option('--types <map>', 'gold tag -> arner type (default PERS=PER,PER=PER,LOC=LOC,ORG=ORG)').argParser(parseTypeMap))
    .option('-o, --out <file>', 'write here instead of stdout')
    .addHelpText('after', '\nExample:\n  $ arner lexicon build --from-conll AQMAR/train.txt -o aqmar.tsv && arner --lexicon aqmar.tsv article.txt')
    .action((opts: { fromConll: string; types?: Record<string, string>; out?: string }) =>
      onAction({ command: 'lexicon', args: { action: 'build', files: [], fromConll: opts.fromConll, out: opts.out, typeMap: opts.types, json: false, lexicon: [], builtin: false } }),
    );

  program
    .command('eval')
    .description('score arner against a token-per-line CoNLL file: precision, recall and F1 per type and micro')
    .requiredOption('--gold <file>', 'the annotated corpus (token and tag columns; IOB1 or IOB2)')
    .addOption(new Option('--types <map>', 'gold tag -> arner type; unmapped gold types are not scored').argParser(parseTypeMap))
    .addOption(new Option('--column <n>', 'the tag column (1 = the column after the token); default: the last').argParser(parseColumn))
    .option('--errors', 'list every miss and false alarm with its context, and what found it or what came instead')
    .option('--by-source', 'correct and wrong predictions per type and recognizer (gazetteer, each rule)')
    .option('--json', 'print the scores as JSON')
    .option('--lexicon <file>', 'a user lexicon added to the built-in ones; repeatable', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option('--no-builtin', 'use only the lexicons given with --lexicon')
    .addOption(new Option('--min-confidence <n>', 'drop mentions below this confidence').argParser(parseConfidence).default(0))
    .addHelpText(
      'after',
      `
How spans are scored: the sentences are joined (tokens by single spaces, one sentence per line) and run as one
document; each predicted mention is mapped to the corpus tokens its characters touch; a prediction is correct when
its first token, last token and type equal a gold span's. Gold spans are read as conlleval does (I- after O opens a
span). Default type map: PERS=PER,PER=PER,LOC=LOC,ORG=ORG (MISC is not scored).

Example:
  $ arner eval --gold ANERcorp/train.txt --errors | less
  $ arner eval --gold ANERcorp/train.txt --by-source`,
    )
    .action((opts: Omit<EvalArgs, 'json' | 'errors' | 'bySource'> & { json?: boolean; errors?: boolean; bySource?: boolean }) =>
      onAction({ command: 'eval', args: { ...opts, errors: Boolean(opts.errors), bySource: Boolean(opts.bySource), json: Boolean(opts.json) } }),
    );
  return program;
}
