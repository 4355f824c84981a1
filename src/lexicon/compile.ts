/**
 * Entries -> a token trie. Every form goes through the very same normalizer and tokenizer as the text, so a form
 * and its occurrence in a document always produce the same keys.
 */
import { normalizeText } from '../text/normalize.js';
import { tokenize } from '../text/tokenize.js';
import { TokenTrie, type TrieNode, type TrieView } from './trie.js';
import type { EntityType, LexiconEntry } from './types.js';
import { FUZZY_MIN_LENGTH, FUZZY_PHRASE_MAX_WORDS, skeleton } from './fuzzy.js';

export interface FormRef {
  /** Index into `CompiledLexicon.entries`. */
  entry: number;
  type: EntityType;
  ambiguous: boolean;
  /** Leading tokens that confirm the match but stay outside the mention: the descriptor of `قناة الجزيرة`. */
  skip: number;
  /**
   * The entry's subtype, undefined where it has none: a candidate takes it from here rather than from the entry, a
   * load from memory fewer per candidate in the gazetteer's loop.
   */
  subtype: string | undefined;
}

export interface CompileOptions {
  /**
   * Words that are ordinary Arabic words (function words, common nouns, verbs of saying): a one-word form equal to one
   * of them (آفاد reads أفاد "reported", إلبيت reads البيت "the house") is ambiguous whatever its row says.
   */
  ordinaryWords?: ReadonlySet<string>;
  /** Given names: a one-word person form equal to one (عباس, جمال) is ambiguous too. */
  givenNames?: ReadonlySet<string>;
  /**
   * Descriptor heads (قناة, حركة, صحيفة, مدينة …): a form starting with one matches whole, and the mention starts after
   * the head where headOutside says so.
   */
  descriptors?: ReadonlySet<string>;
  /**
   * Heads that name a thing after someone or something (ملعب, مسجد, مطار, جائزة …): a form starting with one is
   * printed without it only where the rest is itself a name of the entry (`ملعب سانتياغو برنابيو` → سانتياغو
   * برنابيو); `ملعب لوسيل` stays whole, لوسيل alone being the city.
   */
  namedAfter?: ReadonlySet<string>;
}

export interface CompiledLexicon {
  entries: readonly LexiconEntry[];
  /** Skeleton of a one-word form -> the form's reference, for the one entry that has it (see fuzzy.ts). */
  fuzzy?: ReadonlyMap<string, FormRef>;
  /** The names of several words as a trie of their words' skeletons (see fuzzy.ts). */
  fuzzyPhrases?: TrieView<FormRef>;
  /** A TokenTrie when compiled; a lazily read trie when loaded from a snapshot. */
  trie: TrieView<FormRef>;
  byId: ReadonlyMap<string, number>;
}

export function formKeys(form: string): string[] {
  // A loop rather than `map`: the built-in's result changes elements kind once TurboFan inlines it, which
  // deoptimized document memory, the caller on every document.
  const tokens = tokenize(normalizeText(form));
  const keys: string[] = [];
  for (let i = 0; i < tokens.length; i++) keys.push(tokens[i].norm);
  return keys;
}

/** An English label usable as a Latin-script form: letters, spaces, dots, apostrophes, hyphens; no "Tripoli, Lebanon". */
const LATIN_LABEL = /^\p{Script=Latin}[\p{Script=Latin} .'-]*$/u;

/** The forms of an entry: its own, plus its English label, so Latin-script mentions link too (Emmanuel Macron). */
function formsOf(entry: LexiconEntry): LexiconEntry['forms'] {
  if (!LATIN_LABEL.test(entry.en) || entry.forms.length === 0) return entry.forms;
  return [...entry.forms, { text: entry.en, ambiguous: false, type: entry.type, origin: entry.origin }];
}

/** Why a one-word form is treated as ambiguous although its row does not say so, or undefined. */
export function impliedAmbiguity(keys: readonly string[], type: EntityType, options: CompileOptions): string | undefined {
  if (keys.length !== 1) return undefined;
  if (options.ordinaryWords?.has(keys[0])) return 'an ordinary word';
  if (type === 'PER' && options.givenNames?.has(keys[0])) return 'a given name';
  return undefined;
}

/**
 * Whether a form's first word, a descriptor head, stays outside the mention. Where the rest is itself a name of the
 * entry, always: `حركة حماس` → حماس, `وكالة رويترز` → رويترز, `جزر المالديف` → المالديف. Otherwise a place's head
 * stays outside too (`مدينة نصر` → نصر, `نهر الكونغو`, `مخيم بلاطة`: news corpora annotate the name alone, measured
 * on ANERcorp), except in the official name of a country or territory (`جزر القمر`, not القمر, the moon; `جزر سليمان`);
 * an organization's is part of its name (`وكالة الطاقة الدولية`, `حركة المقاومة الإسلامية`). `names`: the entry's
 * forms, keys joined by U+0000.
 */
function headOutside(entry: LexiconEntry, type: EntityType, keys: readonly string[], names: ReadonlySet<string>): boolean {
  if (restIsName(keys, names)) return true;
  return type === 'LOC' && entry.subtype !== 'country' && entry.subtype !== 'territory';
}

/** Whether a form of several words begins with a head that stays outside the mention (see CompileOptions). */
function startsWithHeadOutside(entry: LexiconEntry, type: EntityType, keys: readonly string[], names: ReadonlySet<string>, options: CompileOptions): boolean {
  if (options.descriptors?.has(keys[0])) return headOutside(entry, type, keys, names);
  return options.namedAfter?.has(keys[0]) === true && restIsName(keys, names);
}

/** Whether the form's words after the first are themselves one of the entry's `names` (keys joined by U+0000). */
const restIsName = (keys: readonly string[], names: ReadonlySet<string>) => names.has(keys.slice(1).join('\u0000'));

export function compileLexicon(entries: readonly LexiconEntry[], options: CompileOptions = {}): CompiledLexicon {
  const trie = new TokenTrie<FormRef>();
  const byId = new Map<string, number>();
  entries.forEach((entry, index) => {
    byId.set(entry.id, index);
    const seen = new Map<string, FormRef>();
    const forms = formsOf(entry).map((form) => {
      const keys = formKeys(form.text);
      return { form, keys, name: keys.join('\u0000') };
    });
    const names = new Set(forms.map((f) => f.name));
    for (const { form, keys, name } of forms) {
      if (keys.length === 0) continue;
      const key = name + '\u0001' + form.type;
      const prior = seen.get(key);
      if (prior) {
        // The same normalized form listed twice for one entry: unambiguous wins.
        prior.ambiguous &&= form.ambiguous;
        continue;
      }
      const ambiguous = form.ambiguous || impliedAmbiguity(keys, form.type, options) !== undefined;
      const skip = keys.length > 1 && startsWithHeadOutside(entry, form.type, keys, names, options) ? 1 : 0;
      const ref: FormRef = { entry: index, type: form.type, ambiguous, skip, subtype: entry.subtype || undefined };
      seen.set(key, ref);
      trie.add(keys, ref);
    }
  });
  return { entries, trie, byId, fuzzy: fuzzyIndex(trie), fuzzyPhrases: phraseSkeletons(trie) };
}

/** A word of Arabic letters only: what the spelling skeleton is defined on. */
const ARABIC_WORD = /^[\u0621-\u064A]+$/;

/** Skeletons of the unambiguous one-word forms of names; a skeleton two entries share is left out. */
function fuzzyIndex(trie: TokenTrie<FormRef>): Map<string, FormRef> {
  const index = new Map<string, FormRef | null>();
  for (const [word, node] of trie.root.children) {
    if (word.length < FUZZY_MIN_LENGTH || !ARABIC_WORD.test(word)) continue;
    for (const ref of node.values) {
      // Measured on ANERcorp and AQMAR: place and person names gain; organization names lose (mostly acronyms).
      if (ref.ambiguous || (ref.type !== 'PER' && ref.type !== 'LOC')) continue;
      const key = skeleton(word);
      const prior = index.get(key);
      if (prior === undefined) index.set(key, ref);
      else if (prior !== null && prior.entry !== ref.entry) index.set(key, null);
    }
  }
  const out = new Map<string, FormRef>();
  for (const [k, v] of index) if (v) out.set(k, v);
  return out;
}

const PHRASE_TYPES: ReadonlySet<string> = new Set(['PER', 'LOC', 'ORG']);

/**
 * The unambiguous names of two to FUZZY_PHRASE_MAX_WORDS Arabic words, keyed by their words' skeletons. A node may
 * hold the names of several entries (a skeleton they share): the gazetteer then takes none of them. Organizations
 * take part here: spelled out, their names vary as persons' do (مانشيستر يونايتد); their one-word forms are mostly
 * acronyms.
 */
function phraseSkeletons(trie: TokenTrie<FormRef>): TokenTrie<FormRef> {
  const out = new TokenTrie<FormRef>();
  const walk = (node: TrieNode<FormRef>, path: string[]) => {
    for (const [word, child] of node.children) {
      if (!ARABIC_WORD.test(word)) continue;
      const keys = [...path, skeleton(word)];
      if (keys.length >= 2) for (const ref of child.values) if (!ref.ambiguous && PHRASE_TYPES.has(ref.type)) out.add(keys, ref);
      if (keys.length < FUZZY_PHRASE_MAX_WORDS) walk(child, keys);
    }
  };
  walk(trie.root, []);
  return out;
}
