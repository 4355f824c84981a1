/** Lexicon files -> validated entries. Every problem names its file and line; all problems are reported at once. */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeText } from '../text/normalize.js';
import { readTable, type Row, type Table } from './table.js';
import { demonymForms } from './demonyms.js';
import { LexiconError, type Form, type LexiconEntry, type Origin } from './types.js';

const ID_PREFIX_TYPE: Record<string, LexiconEntry['type']> = {
  person: 'PER',
  org: 'ORG',
  country: 'LOC',
  city: 'LOC',
  region: 'LOC',
  water: 'LOC',
  place: 'LOC',
};
const ID_PATTERN = /^(?:country:[A-Z]{2}|(?:person|org|city|region|water|place|country):[a-z0-9]+(?:-[a-z0-9]+)*)$/;
const ENTRY_COLUMNS = ['id', 'type', 'ar', 'en'];

export function validId(id: string): boolean {
  return ID_PATTERN.test(id);
}

function where(file: string, row: Row): string {
  return `${file}:${row.line}`;
}

/** A variants cell: forms separated by `|`, a leading `?` marking an ambiguous form. */
function parseForms(cell: string | undefined, type: Form['type'], origin: Origin, problems: string[]): Form[] {
  if (!cell) return [];
  const forms: Form[] = [];
  for (const raw of cell.split('|')) {
    const text = raw.trim();
    if (text === '') continue;
    const ambiguous = text.startsWith('?');
    const form = ambiguous ? text.slice(1).trim() : text;
    if (!checkForm(form, origin, problems)) continue;
    forms.push({ text: form, ambiguous, type, origin });
  }
  return forms;
}

function checkForm(form: string, origin: Origin, problems: string[]): boolean {
  if (form === '') {
    problems.push(`${origin.file}:${origin.line}: empty name`);
    return false;
  }
  if (normalizeText(form).trim() === '') {
    problems.push(`${origin.file}:${origin.line}: name "${form}" is empty once normalized`);
    return false;
  }
  return true;
}

function requireColumns(table: Table, file: string, columns: readonly string[], problems: string[]): boolean {
  const missing = columns.filter((c) => !table.columns.includes(c));
  if (missing.length && table.problems.length === 0) {
    problems.push(`${file}:1: missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`);
  }
  return missing.length === 0;
}

export function parseEntries(text: string, file: string): { entries: LexiconEntry[]; problems: string[] } {
  const table = readTable(text, file);
  const problems = [...table.problems];
  const entries: LexiconEntry[] = [];
  if (!requireColumns(table, file, ENTRY_COLUMNS, problems)) return { entries, problems };
  const seen = new Map<string, number>();
  for (const row of table.rows) {
    const c = row.cells;
    const origin = { file, line: row.line };
    const id = c.id ?? '';
    const before = problems.length;
    if (!validId(id)) problems.push(`${where(file, row)}: bad id "${id}" (expected e.g. person:emmanuel-macron, country:UA)`);
    else {
      const expected = ID_PREFIX_TYPE[id.slice(0, id.indexOf(':'))];
      if (c.type !== expected) problems.push(`${where(file, row)}: id ${id} needs type ${expected}, not "${c.type ?? ''}"`);
      const first = seen.get(id);
      if (first !== undefined) problems.push(`${where(file, row)}: duplicate id ${id} (first at line ${first})`);
      else seen.set(id, row.line);
    }
    if (!c.en) problems.push(`${where(file, row)}: empty English label`);
    const type = ID_PREFIX_TYPE[id.slice(0, id.indexOf(':'))] ?? 'LOC';
    // A canonical name may itself be ambiguous (`?عمان`): it is then matched only where licensed.
    const rawCanonical = (c.ar ?? '').trim();
    const canonicalAmbiguous = rawCanonical.startsWith('?');
    const canonical = canonicalAmbiguous ? rawCanonical.slice(1).trim() : rawCanonical;
    if (!checkForm(canonical, origin, problems)) continue;
    const forms = [{ text: canonical, ambiguous: canonicalAmbiguous, type, origin }, ...parseForms(c.variants, type, origin, problems)];
    if (problems.length > before) continue;
    entries.push({ id, type, subtype: c.subtype ?? '', ar: canonical, en: c.en, forms, origin });
  }
  return { entries, problems };
}

export interface AliasRow {
  id: string;
  forms: Form[];
  origin: Origin;
}

export function parseAliases(text: string, file: string): { aliases: AliasRow[]; problems: string[] } {
  const table = readTable(text, file);
  const problems = [...table.problems];
  const aliases: AliasRow[] = [];
  if (!requireColumns(table, file, ['id', 'variants'], problems)) return { aliases, problems };
  for (const row of table.rows) {
    const origin = { file, line: row.line };
    const id = row.cells.id ?? '';
    if (!validId(id)) {
      problems.push(`${where(file, row)}: bad id "${id}"`);
      continue;
    }
    const type = ID_PREFIX_TYPE[id.slice(0, id.indexOf(':'))];
    aliases.push({ id, forms: parseForms(row.cells.variants, type, origin, problems), origin });
  }
  return { aliases, problems };
}

export function parseDemonyms(text: string, file: string): { aliases: AliasRow[]; problems: string[] } {
  const table = readTable(text, file);
  const problems = [...table.problems];
  const aliases: AliasRow[] = [];
  if (!requireColumns(table, file, ['id', 'masc'], problems)) return { aliases, problems };
  for (const row of table.rows) {
    const origin = { file, line: row.line };
    const id = row.cells.id ?? '';
    if (!validId(id) || ID_PREFIX_TYPE[id.slice(0, id.indexOf(':'))] !== 'LOC') {
      problems.push(`${where(file, row)}: a demonym needs a place id, not "${id}"`);
      continue;
    }
    const plurals = (row.cells.plurals ?? '').split('|').map((p) => p.trim()).filter(Boolean);
    const mascs = (row.cells.masc ?? '').split('|').map((m) => m.trim()).filter(Boolean);
    if (mascs.length === 0) problems.push(`${where(file, row)}: empty masc`);
    const forms: Form[] = [];
    mascs.forEach((masc, i) => {
      for (const text of demonymForms(masc, i === 0 ? plurals : [])) {
        if (checkForm(text, origin, problems)) forms.push({ text, ambiguous: false, type: 'NORP', origin });
      }
    });
    aliases.push({ id, forms, origin });
  }
  return { aliases, problems };
}

export function parseLicenses(text: string, file: string): { licenses: Array<{ id: string; by: string[]; origin: Origin }>; problems: string[] } {
  const table = readTable(text, file);
  const problems = [...table.problems];
  const licenses: Array<{ id: string; by: string[]; origin: Origin }> = [];
  if (!requireColumns(table, file, ['id', 'licensed_by'], problems)) return { licenses, problems };
  for (const row of table.rows) {
    const by = (row.cells.licensed_by ?? '').split('|').map((x) => x.trim()).filter(Boolean);
    const bad = [row.cells.id ?? '', ...by].filter((id) => !validId(id));
    if (bad.length) problems.push(`${where(file, row)}: bad id ${bad.map((b) => `"${b}"`).join(', ')}`);
    else if (by.length === 0) problems.push(`${where(file, row)}: empty licensed_by`);
    else licenses.push({ id: row.cells.id, by, origin: { file, line: row.line } });
  }
  return { licenses, problems };
}

/** Which kind of lexicon file a path is, by its place in the built-in tree. */
export type LexiconFileKind = 'entries' | 'aliases' | 'demonyms';

export interface LoadOptions {
  /** The built-in lexicon folder; omit to load no built-ins. */
  builtinDir?: string;
  /** User lexicons (entries format, TSV/CSV/JSON), added to and overriding built-in entries by id. */
  userFiles?: readonly string[];
  /** Read a file; injectable for tests. */
  read?: (file: string) => string;
}

function listTsv(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.tsv'))
    .sort()
    .map((f) => join(dir, f));
}

/**
 * Loads built-in and user lexicons into one list of entries, keyed by id. Throws LexiconError listing every
 * problem (file:line: reason) when any file is bad, so a run never starts on half a lexicon.
 */
export function loadLexicons(options: LoadOptions): LexiconEntry[] {
  const read = options.read ?? ((f: string) => readFileSync(f, 'utf8'));
  const problems: string[] = [];
  const byId = new Map<string, LexiconEntry>();
  const readOr = (file: string): string | undefined => {
    try {
      return read(file);
    } catch (e) {
      problems.push(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
      return undefined;
    }
  };
  const addEntries = (file: string, override: boolean) => {
    const text = readOr(file);
    if (text === undefined) return;
    const parsed = parseEntries(text, file);
    problems.push(...parsed.problems);
    for (const e of parsed.entries) {
      const prior = byId.get(e.id);
      if (prior && !override) {
        problems.push(`${file}:${e.origin.line}: duplicate id ${e.id} (also ${prior.origin.file}:${prior.origin.line})`);
        continue;
      }
      byId.set(e.id, e);
    }
  };
  const addAliases = (file: string, parse: typeof parseAliases) => {
    const text = readOr(file);
    if (text === undefined) return;
    const parsed = parse(text, file);
    problems.push(...parsed.problems);
    for (const a of parsed.aliases) {
      const entry = byId.get(a.id);
      if (!entry) problems.push(`${a.origin.file}:${a.origin.line}: unknown id ${a.id}`);
      else entry.forms.push(...a.forms);
    }
  };

  if (options.builtinDir) {
    for (const f of listTsv(join(options.builtinDir, 'entries'))) addEntries(f, false);
    for (const f of listTsv(join(options.builtinDir, 'aliases'))) addAliases(f, parseAliases);
    const demonyms = join(options.builtinDir, 'demonyms.tsv');
    if (existsSync(demonyms)) addAliases(demonyms, parseDemonyms);
    const licensesFile = join(options.builtinDir, 'licenses.tsv');
    const licensesText = existsSync(licensesFile) ? readOr(licensesFile) : undefined;
    if (licensesText !== undefined) {
      const parsed = parseLicenses(licensesText, licensesFile);
      problems.push(...parsed.problems);
      for (const l of parsed.licenses) {
        const entry = byId.get(l.id);
        const unknown = [l.id, ...l.by].filter((id) => !byId.has(id));
        if (!entry || unknown.length) problems.push(`${l.origin.file}:${l.origin.line}: unknown id ${unknown.join(', ')}`);
        else entry.licensedBy = l.by;
      }
    }
  }
  for (const f of options.userFiles ?? []) {
    addEntries(f, true);
  }
  if (problems.length) throw new LexiconError(problems);
  return [...byId.values()];
}
