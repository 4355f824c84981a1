/**
 * The word lists the context rules read (lexicons/rules/*.txt): one entry per line, `#` comments, a leading `?`
 * for an ambiguous entry. Every entry goes through the same normalizer and tokenizer as the text.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { formKeys } from '../../lexicon/compile.js';
import { TokenTrie, type TrieView } from '../../lexicon/trie.js';
import { LexiconError } from '../../lexicon/types.js';

export interface ListEntry {
  keys: string[];
  ambiguous: boolean;
  /** What follows the phrase on its line (org-heads.txt: `+`, `=` or `-`). */
  flag: string;
  line: number;
  /**
   * Whether the phrase is written with a hamza on or under an alef (إقليم). Normalization erases the hamza; a word
   * written with one is not a phrase listed without (وأدى "and performed" is not وادي "valley").
   */
  hamza: boolean;
}

const HAMZA_ALEF = /[أإآ]/;

export function parseList(text: string, file: string, problems: string[], withFlag = false): ListEntry[] {
  const out: ListEntry[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    let phrase = line;
    let flag = '';
    if (withFlag) {
      const m = /^(.*\S)\s+([+=-])$/.exec(line);
      if (!m) {
        problems.push(`${file}:${index + 1}: expected a phrase then +, = or -`);
        return;
      }
      [phrase, flag] = [m[1], m[2]];
    }
    const ambiguous = phrase.startsWith('?');
    const keys = formKeys(ambiguous ? phrase.slice(1) : phrase);
    if (keys.length === 0) problems.push(`${file}:${index + 1}: empty once normalized`);
    else out.push({ keys, ambiguous, flag, line: index + 1, hamza: HAMZA_ALEF.test(phrase) });
  });
  return out;
}

export interface RuleLists {
  titles: TrieView<ListEntry>;
  titleWords: Set<string>;
  modifiers: Set<string>;
  givenNames: TrieView<ListEntry>;
  givenNameWords: Set<string>;
  stopWords: Set<string>;
  sayingVerbs: Set<string>;
  commonWords: Set<string>;
  orgHeads: TrieView<ListEntry>;
  placeHeads: TrieView<ListEntry>;
  headWords: Set<string>;
  /** One-word place heads (مدينة, محافظة): a club named like its city is the city after one. */
  placeHeadWords: Set<string>;
  /** One-word heads that describe rather than name: organization heads marked `-` and place heads. */
  descriptorWords: Set<string>;
  /** Words of sports reporting, which license a club's ambiguous name nearby. */
  sportWords: Set<string>;
  /** Words opening an event's name (كأس, دوري): a place right after one belongs to the event's name. */
  eventHeads: Set<string>;
  /** Words that name a thing after a person (سورة يوسف, جائزة نوبل): a given name after one is not a mention. */
  namedAfter: Set<string>;
  /**
   * Words that license an ambiguous form right after them (مراسل الجزيرة), as `TYPE/subtype word` keys (subtype
   * empty for any): a set, like every other list, so that it is saved and read the same way.
   */
  licenseTriggers: Set<string>;
}

const FILES = {
  titles: 'person-titles.txt',
  modifiers: 'title-modifiers.txt',
  givenNames: 'given-names.txt',
  stopWords: 'stop-words.txt',
  sayingVerbs: 'saying-verbs.txt',
  commonWords: 'common-words.txt',
  orgHeads: 'org-heads.txt',
  placeHeads: 'place-heads.txt',
  sportContext: 'context-sport.txt',
  eventHeads: 'event-heads.txt',
  namedAfter: 'named-after.txt',
  licenseTriggers: 'license-triggers.tsv',
} as const;

/** The key of a license trigger: a word before an entry of this type and subtype. */
export const triggerKey = (type: string, subtype: string, word: string): string => `${type}/${subtype} ${word}`;

/** license-triggers.tsv: type, subtype, words (| between them); every word normalized like the text. */
function parseTriggers(text: string, file: string, problems: string[]): Set<string> {
  const out = new Set<string>();
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith('type\t')) return;
    const cells = raw.split('\t');
    if (cells.length !== 3 || !/^(PER|LOC|ORG)$/.test(cells[0])) {
      problems.push(`${file}:${index + 1}: expected type (PER, LOC or ORG), subtype and words, separated by tabs`);
      return;
    }
    for (const word of cells[2].split('|')) {
      const keys = formKeys(word);
      if (keys.length !== 1) problems.push(`${file}:${index + 1}: "${word}" must be one word once normalized`);
      else out.add(triggerKey(cells[0], cells[1].trim(), keys[0]));
    }
  });
  return out;
}

function trieOf(entries: ListEntry[]): TokenTrie<ListEntry> {
  const trie = new TokenTrie<ListEntry>();
  for (const e of entries) trie.add(e.keys, e);
  return trie;
}

const singleWords = (entries: ListEntry[]) => new Set(entries.filter((e) => e.keys.length === 1).map((e) => e.keys[0]));

/** Loads the lists from `dir` (lexicons/rules); a missing list is empty, a bad line an error naming file:line. */
export function loadRuleLists(dir: string): RuleLists {
  const problems: string[] = [];
  const read = (name: string, withFlag = false): ListEntry[] => {
    const file = join(dir, name);
    return existsSync(file) ? parseList(readFileSync(file, 'utf8'), file, problems, withFlag) : [];
  };
  const titles = read(FILES.titles);
  const givenNames = read(FILES.givenNames);
  const orgHeads = read(FILES.orgHeads, true);
  const placeHeads = read(FILES.placeHeads);
  const lists: RuleLists = {
    titles: trieOf(titles),
    titleWords: new Set(titles.map((t) => t.keys[0])),
    modifiers: new Set(read(FILES.modifiers).map((e) => e.keys.join(' '))),
    givenNames: trieOf(givenNames),
    givenNameWords: singleWords(givenNames),
    stopWords: singleWords(read(FILES.stopWords)),
    sayingVerbs: singleWords(read(FILES.sayingVerbs)),
    commonWords: singleWords(read(FILES.commonWords)),
    orgHeads: trieOf(orgHeads),
    placeHeads: trieOf(placeHeads),
    headWords: new Set([...orgHeads, ...placeHeads].map((h) => h.keys[0])),
    placeHeadWords: singleWords(placeHeads),
    sportWords: singleWords(read(FILES.sportContext)),
    eventHeads: singleWords(read(FILES.eventHeads)),
    namedAfter: singleWords(read(FILES.namedAfter)),
    licenseTriggers: existsSync(join(dir, FILES.licenseTriggers)) ? parseTriggers(readFileSync(join(dir, FILES.licenseTriggers), 'utf8'), join(dir, FILES.licenseTriggers), problems) : new Set(),
    descriptorWords: new Set([...orgHeads.filter((h) => h.flag === '-'), ...placeHeads].filter((h) => h.keys.length === 1).map((h) => h.keys[0])),
  };
  if (problems.length) throw new LexiconError(problems);
  return lists;
}
