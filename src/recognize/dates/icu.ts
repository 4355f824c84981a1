/**
 * ICU's names of dates (months, weekdays) as the date words ask for them. Asking ICU costs ~30 ms at startup (it
 * loads the data of seven Arabic locales and the Islamic calendar), so `npm run build` saves its answers beside the
 * compiled code (dist/date-names.json) and a process reads them back instead, but only when its ICU is the very one
 * that gave them; any other question, or another ICU, is asked of ICU itself.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CODE_DIR } from '../../locations.js';
import { icuIdentity } from '../../icu-identity.js';

/** Beside the compiled code: dist/date-names.json (absent when running from the TypeScript sources). */
export const DATE_NAMES_FILE = join(CODE_DIR, 'date-names.json');

interface Saved {
  icu: string;
  answers: Array<[string, string[]]>;
}

/** The answers saved in `file` if this process's ICU gave them, else undefined. */
export function readSavedNames(file: string): Map<string, string[]> | undefined {
  let saved: Saved;
  try {
    saved = JSON.parse(readFileSync(file, 'utf8')) as Saved;
  } catch {
    return undefined;
  }
  return saved.icu === icuIdentity() ? new Map(saved.answers) : undefined;
}

/** A question: [locale, options, dates as epoch ms]. */
type Question = [string, Intl.DateTimeFormatOptions, number[]];

/** ICU's own answer to a question (its JSON text), always asked. */
export function askIcu(key: string): string[] {
  const [locale, options, times] = JSON.parse(key) as Question;
  const fmt = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
  return times.map((t) => fmt.format(new Date(t)));
}

let saved: Map<string, string[]> | undefined;
/** Every question asked in this process, for `saveDateNames`. */
const asked = new Set<string>();

/** `dates` formatted by ICU in UTC with `locale` and `options`. */
export function formatDates(locale: string, options: Intl.DateTimeFormatOptions, dates: readonly Date[]): string[] {
  const question: Question = [locale, options, dates.map((d) => d.getTime())];
  const key = JSON.stringify(question);
  asked.add(key);
  saved ??= readSavedNames(DATE_NAMES_FILE) ?? new Map();
  return saved.get(key) ?? askIcu(key);
}

/** Saves ICU's answers to the questions asked in this process (compute the date words first). */
export function saveDateNames(file: string = DATE_NAMES_FILE): void {
  const out: Saved = { icu: icuIdentity(), answers: [...asked].map((key) => [key, askIcu(key)]) };
  writeFileSync(file, JSON.stringify(out));
}
