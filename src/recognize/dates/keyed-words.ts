/**
 * The date words with their normalized tokens, from which view.ts builds its trie. Computing them (ICU's names of
 * months and weekdays, then every name through the normalizer and tokenizer) took ~6 ms of a one-line run, ~0.5 MB
 * of its allocations included (each young-generation collection of such a run costs 2–3 ms), so the build saves
 * them (dist/date-words.json) and a process reads them back when saved-tables.ts says it may.
 */
import { formKeys } from '../../lexicon/compile.js';
import { readSavedTable, savedTable, writeSavedTable, type SavedTable } from '../../saved-tables.js';
import { allDateWords, DATE_WORD_FIELDS, type DateWord } from './words.js';

/** A date word and its normalized tokens (at least one). */
export type KeyedWord = [keys: string[], word: DateWord];

/**
 * The compiled modules whose code decides the keyed words: this module and every module it imports, directly or not
 * (tests/recognize/keyed-words.test.ts checks the list against the imports).
 */
export const DATE_WORDS: SavedTable = savedTable('date-words', [
  'icu-identity.js',
  'lexicon/buckets.js',
  'lexicon/compile.js',
  'lexicon/fuzzy.js',
  'lexicon/trie.js',
  'locations.js',
  'recognize/dates/icu.js',
  'recognize/dates/keyed-words.js',
  'recognize/dates/numbers.js',
  'recognize/dates/words.js',
  'saved-tables.js',
  'text/char-classes.js',
  'text/charmap.js',
  'text/fnv.js',
  'text/normalize.js',
  'text/tokenize.js',
]);

/** The keyed words computed from their definitions. */
export function computeKeyedWords(): KeyedWord[] {
  const out: KeyedWord[] = [];
  for (const [name, word] of allDateWords()) {
    const keys = formKeys(name);
    if (keys.length > 0) out.push([keys, word]);
  }
  return out;
}

/** Saves them for `keyedWords` (run by the build). */
export function saveKeyedWords(table: SavedTable = DATE_WORDS): void {
  writeSavedTable(table, computeKeyedWords());
}

/** The saved keyed words if they may be used, else computed. */
export function keyedWords(table: SavedTable = DATE_WORDS): KeyedWord[] {
  return readSavedTable(table, (data) => (isKeyedWords(data) ? data : undefined)) ?? computeKeyedWords();
}

/** Keyed words as `computeKeyedWords` makes them: tokens, and a word of known fields with a kind. */
function isKeyedWords(data: unknown): data is KeyedWord[] {
  if (!Array.isArray(data)) return false;
  for (let i = 0; i < data.length; i++) {
    const entry: unknown = data[i];
    if (!Array.isArray(entry) || entry.length !== 2) return false;
    const keys: unknown = entry[0];
    const word: unknown = entry[1];
    if (!Array.isArray(keys) || keys.length === 0 || !keys.every((k) => typeof k === 'string' && k !== '')) return false;
    if (typeof word !== 'object' || word === null || typeof (word as { kind?: unknown }).kind !== 'string') return false;
    for (const field in word) if (!DATE_WORD_FIELDS.has(field)) return false;
  }
  return true;
}
