/** Looking into a compiled lexicon: statistics, collisions between entries, and why a string matches. */
import type { CompiledLexicon, FormRef } from './compile.js';
import { formKeys } from './compile.js';
import { TrieNode, findNode } from './trie.js';
import { analyzeClitics } from '../text/clitics.js';
import { normalize } from '../text/normalize.js';
import type { Form } from './types.js';
import { FUZZY_MIN_LENGTH, skeleton } from './fuzzy.js';

export interface LexiconStats {
  entries: number;
  forms: number;
  byType: Record<string, number>;
  bySubtype: Record<string, number>;
}

export function lexiconStats(lexicon: CompiledLexicon): LexiconStats {
  const byType: Record<string, number> = {};
  const bySubtype: Record<string, number> = {};
  let forms = 0;
  for (const e of lexicon.entries) {
    byType[e.type] = (byType[e.type] ?? 0) + 1;
    const sub = `${e.type}/${e.subtype || '-'}`;
    bySubtype[sub] = (bySubtype[sub] ?? 0) + 1;
    forms += e.forms.length;
    if (e.forms.some((f) => f.type === 'NORP')) byType.NORP = (byType.NORP ?? 0) + 1;
  }
  return { entries: lexicon.entries.length, forms, byType, bySubtype };
}

export interface Collision {
  keys: string[];
  ids: string[];
}

/**
 * Normalized forms that lead to more than one entry unambiguously: nothing decides between them, so the data must
 * (mark all but the default `?`, or all of them).
 */
export function findCollisions(lexicon: CompiledLexicon): Collision[] {
  const out: Collision[] = [];
  const visit = (node: TrieNode<FormRef>, keys: string[]) => {
    const strong = new Set(node.values.filter((v) => !v.ambiguous).map((v) => v.entry));
    if (strong.size > 1) out.push({ keys, ids: [...strong].map((i) => lexicon.entries[i].id) });
    for (const [k, child] of node.children) visit(child, [...keys, k]);
  };
  if (lexicon.trie.root instanceof TrieNode) visit(lexicon.trie.root, []);
  return out;
}

export interface FindResult {
  normalized: string;
  keys: string[];
  /** `variant`: matched as a spelling the lexicon does not list, through the skeletons of its words (fuzzy.ts). */
  matches: Array<{ prefix: string; id: string; type: string; label: string; form: Form | undefined; ambiguous: boolean; variant: boolean }>;
}

/**
 * What an Arabic string matches as a whole, through which clitic analysis and which form (file:line); failing that,
 * which name it is a spelling variant of, as the gazetteer would take it.
 */
export function findName(lexicon: CompiledLexicon, name: string): FindResult {
  const normalized = normalize(name).text;
  const keys = formKeys(name);
  const matches: FindResult['matches'] = [];
  const add = (prefix: string, ref: FormRef, words: string[], variant: boolean) => {
    const entry = lexicon.entries[ref.entry];
    const same = variant ? (k: string[]) => k.map(skeleton).join(' ') === words.map(skeleton).join(' ') : (k: string[]) => k.join(' ') === words.join(' ');
    const form = entry.forms.find((f) => f.type === ref.type && same(formKeys(f.text)));
    matches.push({ prefix, id: entry.id, type: ref.type, label: entry.en, form, ambiguous: ref.ambiguous, variant });
  };
  const readings = keys.length > 0 ? analyzeClitics(keys[0]) : [];
  for (const a of readings) {
    const words = [a.stem, ...keys.slice(1)];
    for (const ref of findNode(lexicon.trie.root, words)?.values ?? []) add(keys[0].slice(0, a.prefixLength), ref, words, false);
  }
  if (matches.length > 0) return { normalized, keys, matches };
  for (const a of readings) {
    const words = [a.stem, ...keys.slice(1)];
    const refs =
      words.length === 1
        ? [a.stem.length >= FUZZY_MIN_LENGTH && !a.stem.startsWith('ال') ? lexicon.fuzzy?.get(skeleton(a.stem)) : undefined].filter((r): r is FormRef => r !== undefined)
        : (lexicon.fuzzyPhrases ? findNode(lexicon.fuzzyPhrases.root, words.map(skeleton))?.values : undefined) ?? [];
    // A skeleton several entries share decides nothing, as in the gazetteer.
    if (new Set(refs.map((r) => r.entry)).size === 1) add(keys[0].slice(0, a.prefixLength), refs[0], words, true);
    if (matches.length > 0) break;
  }
  return { normalized, keys, matches };
}
