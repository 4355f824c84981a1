/**
 * A compiled model saved as JSON, so that a process starts without re-reading, re-validating and re-compiling the
 * lexicons (built by `npm run build`, in dist/). It is used only when it was built from exactly the lexicon files
 * on disk (a content hash says so); otherwise the model is compiled as usual.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FrozenTrieNode, serializeTrie, TrieNode, type SerialTrieNode, type TrieView } from './lexicon/trie.js';
import type { Model } from './extract.js';
import type { FormRef } from './lexicon/compile.js';
import type { EntityType, LexiconEntry } from './lexicon/types.js';
import type { ListEntry, RuleLists } from './recognize/rules/wordlists.js';

/** Bump when the shape of the snapshot or of the compiled model changes. */
const FORMAT = 4;

const TYPES: readonly EntityType[] = ['PER', 'LOC', 'ORG', 'NORP', 'DATE', 'TIME'];
/** A form reference as saved: [entry, type index, ambiguous ? 1 : 0, skip]. */
type PackedRef = [number, number, number, number];
const packRef = (r: FormRef): PackedRef => [r.entry, TYPES.indexOf(r.type), r.ambiguous ? 1 : 0, r.skip];
const unpackRef = ([entry, type, ambiguous, skip]: PackedRef): FormRef => ({ entry, type: TYPES[type], ambiguous: ambiguous === 1, skip });

/** A hash of every lexicon file's path and content. */
export function lexiconHash(dir: string): string {
  const hash = createHash('sha1');
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else hash.update(relative(dir, path)).update('\0').update(readFileSync(path)).update('\0');
    }
  };
  walk(dir);
  return `${FORMAT}:${hash.digest('hex')}`;
}

const TRIES = ['titles', 'givenNames', 'orgHeads', 'placeHeads'] as const;

/** Saves a compiled model (its tries must be TokenTries, as `compileModel` makes them). */
export function serializeModel(model: Model, hash: string): string {
  const { lexicon, rules } = model;
  const entries = lexicon.entries.map((e) => [e.id, e.type, e.subtype, e.ar, e.en, e.licensedBy ?? null]);
  let lists: Record<string, unknown> | undefined;
  if (rules) {
    lists = {};
    for (const [k, v] of Object.entries(rules.lists)) {
      lists[k] = (TRIES as readonly string[]).includes(k) ? serializeTrie((v as TrieView<ListEntry>).root as TrieNode<ListEntry>) : [...(v as Set<string>)];
    }
  }
  return JSON.stringify({
    hash,
    entries,
    trie: serializeTrie(lexicon.trie.root as TrieNode<FormRef>, packRef),
    fuzzy: [...(lexicon.fuzzy ?? [])].map(([k, ref]) => [k, packRef(ref)]),
    rules: rules && { lists, knownNameTokens: [...rules.knownNameTokens], knownSurnames: [...rules.knownSurnames] },
  });
}

export function deserializeModel(json: string): { hash: string; model: Model } {
  const data = JSON.parse(json) as {
    hash: string;
    entries: Array<[string, LexiconEntry['type'], string, string, string, string[] | null]>;
    trie: SerialTrieNode<PackedRef>;
    fuzzy: Array<[string, PackedRef]>;
    rules?: { lists: Record<string, unknown>; knownNameTokens: string[]; knownSurnames: string[] };
  };
  // Forms and origins are not kept: extraction does not need them (`arner lexicon …` compiles from the files).
  const entries: LexiconEntry[] = data.entries.map(([id, type, subtype, ar, en, licensedBy]) => ({
    id,
    type,
    subtype,
    ar,
    en,
    forms: [],
    origin: { file: 'snapshot', line: 0 },
    ...(licensedBy ? { licensedBy } : {}),
  }));
  const byId = new Map(entries.map((e, i) => [e.id, i]));
  const fuzzy = new Map(data.fuzzy.map(([k, ref]) => [k, unpackRef(ref)]));
  const model: Model = { lexicon: { entries, trie: { root: new FrozenTrieNode(data.trie, unpackRef) }, byId, fuzzy } };
  if (data.rules) {
    const lists: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(data.rules.lists)) {
      lists[k] = (TRIES as readonly string[]).includes(k) ? { root: new FrozenTrieNode(v as SerialTrieNode<ListEntry>) } : new Set(v as string[]);
    }
    const l = lists as unknown as RuleLists;
    model.rules = {
      lists: l,
      knownNameTokens: new Set(data.rules.knownNameTokens),
      knownSurnames: new Set(data.rules.knownSurnames),
      ordinaryWords: new Set([...l.stopWords, ...l.commonWords, ...l.sayingVerbs]),
    };
  }
  return { hash: data.hash, model };
}

/** The snapshot at `file`, if it exists and was built from the lexicons in `dir` as they are now. */
export function loadSnapshot(file: string, dir: string): Model | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const { hash, model } = deserializeModel(readFileSync(file, 'utf8'));
    return hash === lexiconHash(dir) ? model : undefined;
  } catch {
    return undefined;
  }
}
