/**
 * Scoring arner's dates against the peer suites in `<repo>/../shared/dates/` (Microsoft Recognizers-Text's Arabic
 * date specs and dateparser's Arabic tests). The suites are read at test time and never copied into the project.
 *
 * A case counts when its expected value is a single value at day, week, month or year grain:
 * - recognizers: `expected` (or `expected_past`) as a date string is a day; an interval whose TIMEX is a week
 *   (`2016-W45`), a month (`2016-09`, `XXXX-02`) or a year (`2017`) is that week, month or year, read from the
 *   interval's start. Other intervals (day ranges, weekends, durations, decades), seasons, and the suite's
 *   "no value" marker `0001-01-01` are not single values and are left out.
 * - dateparser: the date part of `expected`; date-times (minute grain) are scored on their date, since arner
 *   reports the time of day as a separate TIME mention.
 * A case is correct when arner finds a DATE overlapping the case's span (the whole text when none is given) whose
 * value equals the expected one.
 */
import { existsSync, readFileSync } from 'node:fs';
import { extract, type Model } from '../../src/index.js';
import { compileLexicon } from '../../src/lexicon/compile.js';
import { formatWeek, parseIsoDate } from '../../src/recognize/dates/calendar.js';

export type PeerGrain = 'day' | 'week' | 'month' | 'year';
export type Prefer = 'past' | 'future';

interface PeerRow {
  text: string;
  context?: string;
  ref: string | null;
  expected: string | { from: string; to: string } | null;
  expected_past?: string | { from: string; to: string };
  timex?: string;
  start?: number;
  length?: number;
}

export interface PeerCase {
  input: string;
  ref: string;
  grain: PeerGrain;
  expected: string;
  /** The expression's span in `input`, when the suite gives it. */
  span?: [number, number];
}

export const SUITES_DIR = new URL('../../../shared/dates/', import.meta.url).pathname;

/** dateparser's cases with no reference date are absolute dates; any reference will do. */
const DEFAULT_REF = '2020-01-01';

function readRows(file: string): PeerRow[] {
  return readFileSync(SUITES_DIR + file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as PeerRow);
}

export function suitesPresent(): boolean {
  return existsSync(SUITES_DIR + 'recognizers_ar.jsonl') && existsSync(SUITES_DIR + 'dateparser_ar.jsonl');
}

/** The single value a recognizers case expects under a preference, if it has one. */
function recognizersValue(row: PeerRow, prefer: Prefer): { grain: PeerGrain; expected: string } | undefined {
  const exp = prefer === 'past' ? (row.expected_past ?? row.expected) : row.expected;
  if (exp === null || exp === undefined) return undefined;
  if (typeof exp === 'string') {
    const day = exp.slice(0, 10);
    return parseIsoDate(day) && day !== '0001-01-01' ? { grain: 'day', expected: day } : undefined;
  }
  const timex = row.timex ?? '';
  const from = parseIsoDate(exp.from.slice(0, 10));
  if (!from) return undefined;
  if (/^\d{4}-W\d{2}$/.test(timex)) return { grain: 'week', expected: formatWeek(from) };
  if (/^(\d{4}|XXXX)-\d{2}$/.test(timex)) return { grain: 'month', expected: exp.from.slice(0, 7) };
  if (/^\d{4}$/.test(timex)) return { grain: 'year', expected: exp.from.slice(0, 4) };
  return undefined;
}

export function recognizersCases(prefer: Prefer): PeerCase[] {
  const out: PeerCase[] = [];
  for (const row of readRows('recognizers_ar.jsonl')) {
    const v = recognizersValue(row, prefer);
    if (!v) continue;
    const input = row.context ?? row.text;
    const span: [number, number] | undefined = row.start !== undefined && row.length !== undefined ? [row.start, row.start + row.length] : undefined;
    out.push({ input, ref: (row.ref ?? DEFAULT_REF).slice(0, 10), ...v, ...(span && { span }) });
  }
  return out;
}

export function dateparserCases(): PeerCase[] {
  const out: PeerCase[] = [];
  for (const row of readRows('dateparser_ar.jsonl')) {
    if (typeof row.expected !== 'string') continue;
    const input = row.context ?? row.text;
    const at = row.context ? row.context.indexOf(row.text) : -1;
    const span: [number, number] | undefined = at >= 0 ? [at, at + row.text.length] : undefined;
    out.push({ input, ref: (row.ref ?? DEFAULT_REF).slice(0, 10), grain: 'day', expected: row.expected.slice(0, 10), ...(span && { span }) });
  }
  return out;
}

const empty: Model = { lexicon: compileLexicon([]) };

export function isCorrect(c: PeerCase, prefer: Prefer): boolean {
  const [s, e] = c.span ?? [0, c.input.length];
  return extract(c.input, empty, { refDate: c.ref, prefer, types: ['DATE'] }).some((m) => m.start < e && m.end > s && m.value === c.expected);
}

export interface Score {
  correct: number;
  total: number;
  byGrain: Record<PeerGrain, { correct: number; total: number }>;
  misses: PeerCase[];
}

export function score(cases: readonly PeerCase[], prefer: Prefer): Score {
  const byGrain = { day: { correct: 0, total: 0 }, week: { correct: 0, total: 0 }, month: { correct: 0, total: 0 }, year: { correct: 0, total: 0 } };
  const misses: PeerCase[] = [];
  let correct = 0;
  for (const c of cases) {
    byGrain[c.grain].total++;
    if (isCorrect(c, prefer)) {
      correct++;
      byGrain[c.grain].correct++;
    } else misses.push(c);
  }
  return { correct, total: cases.length, byGrain, misses };
}

export const rate = (s: { correct: number; total: number }) => (s.total ? (100 * s.correct) / s.total : 0);

export function describeScore(name: string, s: Score): string {
  const grains = (Object.keys(s.byGrain) as PeerGrain[])
    .filter((g) => s.byGrain[g].total)
    .map((g) => `${g} ${s.byGrain[g].correct}/${s.byGrain[g].total}`)
    .join(', ');
  return `${name}: ${s.correct}/${s.total} = ${rate(s).toFixed(1)}% (${grains})`;
}
