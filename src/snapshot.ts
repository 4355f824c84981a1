/**
 * A compiled model saved to a file (built by `npm run build`, in dist/), so that a process starts without
 * re-reading, re-validating and re-compiling the lexicons. It is used only when it was built from exactly the lexicon
 * files on disk (snapshot/stamps.ts); otherwise the model is compiled as usual.
 *
 * The file is made of parts (snapshot/parts.ts) read on first use: the tries in buckets of their first words, the
 * entries in blocks, so a one-line document parses a few kilobytes of it and a long run ends up with the same
 * structures a compiled model has.
 */
import { BucketedTrieRoot, serializeTrie, TrieNode, type TrieView } from './lexicon/trie.js';
import type { Model } from './extract.js';
import type { CompiledLexicon, FormRef } from './lexicon/compile.js';
import type { EntityType, LexiconEntry } from './lexicon/types.js';
import type { ListEntry, RuleLists } from './recognize/rules/wordlists.js';
import { PartsReader, writeParts } from './snapshot/parts.js';
import { ENTRY_BLOCK, LazyEntries, packEntry } from './snapshot/entries.js';
import { isCurrent, lexiconState as stateOf, type LexiconState } from './snapshot/stamps.js';
import { BucketedMap, BucketedWordSet, serializeMap, serializeWords } from './snapshot/bucketed.js';

/** Bump when the shape of the snapshot or of the compiled model changes. */
const FORMAT = 12;

/** The lexicon files' state as a snapshot records it (the format is part of the hash). */
export const lexiconState = (dir: string): LexiconState => stateOf(dir, String(FORMAT));

const TYPES: readonly EntityType[] = ['PER', 'LOC', 'ORG', 'NORP', 'DATE', 'TIME'];
/** A form reference as saved: [entry, type index, ambiguous ? 1 : 0, skip, subtype's index in `Meta.subtypes` or -1]. */
type PackedRef = [number, number, number, number, number];
const packRefWith =
  (subtypes: readonly string[]) =>
  (r: FormRef): PackedRef => [r.entry, TYPES.indexOf(r.type), r.ambiguous ? 1 : 0, r.skip, r.subtype === undefined ? -1 : subtypes.indexOf(r.subtype)];
const unpackRefWith =
  (subtypes: readonly string[]) =>
  ([entry, type, ambiguous, skip, subtype]: PackedRef): FormRef => ({ entry, type: TYPES[type], ambiguous: ambiguous === 1, skip, subtype: subtype < 0 ? undefined : subtypes[subtype] });

const TRIES = ['titles', 'givenNames', 'orgHeads', 'placeHeads'] as const;

interface Meta {
  format: number;
  lexicons: LexiconState;
  entries: number;
  /** The entries' subtypes, which form references name by index. */
  subtypes: string[];
  /** The spelling-variant index: its bucket count and its size. */
  fuzzy: [number, number];
  /** Bucket counts of the saved tries: `lexicon`, and the rule lists' tries when the model has rules. */
  tries: Record<string, number>;
  /** Bucket counts of the word sets (the rule lists that are sets, and the rule model's), when the model has rules. */
  wordSets: Record<string, number>;
  rules: boolean;
}

/** The rule model's own word sets (besides its lists). */
const WORD_SETS = ['knownNameTokens', 'knownSurnames', 'ordinaryWords'] as const;

const trieParts = (name: string) => `trie/${name}`;
const wordParts = (name: string) => `words/${name}`;

/** Saves a compiled model (its tries must be TokenTries, as `compileModel` makes them). */
export function serializeModel(model: Model, lexicons: LexiconState): Buffer {
  const { lexicon, rules } = model;
  const parts = new Map<string, string[]>();
  const tries: Record<string, number> = {};
  const saveTrie = <V, S>(name: string, trie: TrieView<V>, pack?: (v: V) => S) => {
    const buckets = serializeTrie(trie.root as TrieNode<V>, pack);
    parts.set(trieParts(name), buckets);
    tries[name] = buckets.length;
  };
  const blocks: string[] = [];
  for (let b = 0; b * ENTRY_BLOCK < lexicon.entries.length; b++) {
    blocks.push(JSON.stringify(lexicon.entries.slice(b * ENTRY_BLOCK, (b + 1) * ENTRY_BLOCK).map(packEntry)));
  }
  parts.set('entries', blocks);
  parts.set('ids', [lexicon.entries.map((e) => e.id).join('\n')]);
  const subtypes = [...new Set(lexicon.entries.map((e) => e.subtype).filter(Boolean))];
  const packRef = packRefWith(subtypes);
  const fuzzy = serializeMap(lexicon.fuzzy ?? new Map<string, FormRef>(), packRef);
  parts.set('fuzzy', fuzzy);
  saveTrie('lexicon', lexicon.trie, packRef);
  if (lexicon.fuzzyPhrases) saveTrie('fuzzyPhrases', lexicon.fuzzyPhrases, packRef);
  const wordSets: Record<string, number> = {};
  const saveWords = (name: string, words: Iterable<string>) => {
    const buckets = serializeWords(words);
    parts.set(wordParts(name), buckets);
    wordSets[name] = buckets.length;
  };
  if (rules) {
    for (const [k, v] of Object.entries(rules.lists)) {
      if ((TRIES as readonly string[]).includes(k)) saveTrie(k, v as TrieView<ListEntry>);
      else saveWords(k, v as Set<string>);
    }
    for (const name of WORD_SETS) saveWords(name, rules[name] ?? []);
  }
  const meta: Meta = {
    format: FORMAT,
    lexicons,
    entries: lexicon.entries.length,
    subtypes,
    fuzzy: [fuzzy.length, lexicon.fuzzy?.size ?? 0],
    tries,
    wordSets,
    rules: rules !== undefined,
  };
  return writeParts(meta, parts);
}

/** The entries read block by block; `byId` built on first use (only licensing asks for it). */
class SnapshotLexicon implements CompiledLexicon {
  private readonly lazy: LazyEntries;
  private ids: ReadonlyMap<string, number> | undefined;

  constructor(
    private readonly file: PartsReader<Meta>,
    readonly trie: TrieView<FormRef>,
    readonly fuzzy: ReadonlyMap<string, FormRef>,
    readonly fuzzyPhrases: TrieView<FormRef> | undefined,
  ) {
    this.lazy = new LazyEntries(file.meta.entries, (b) => file.part('entries', b));
  }

  get entries(): readonly LexiconEntry[] {
    return this.lazy.entries;
  }

  get byId(): ReadonlyMap<string, number> {
    return (this.ids ??= new Map(this.file.part('ids').split('\n').map((id, i) => [id, i])));
  }
}

function checked(file: PartsReader<Meta>): PartsReader<Meta> {
  if (file.meta.format !== FORMAT) throw new Error(`snapshot format ${file.meta.format}, expected ${FORMAT}`);
  return file;
}

export function deserializeModel(data: Buffer): { lexicons: LexiconState; model: Model } {
  const file = checked(PartsReader.from<Meta>(data));
  return { lexicons: file.meta.lexicons, model: modelOf(file) };
}

function modelOf(file: PartsReader<Meta>): Model {
  const { meta } = file;
  const trie = <V, S>(name: string, unpack?: (s: S) => V): TrieView<V> => ({
    root: new BucketedTrieRoot<V, S>(meta.tries[name], (b) => file.part(trieParts(name), b), unpack),
  });
  const [fuzzyBuckets, fuzzySize] = meta.fuzzy;
  const unpackRef = unpackRefWith(meta.subtypes);
  const fuzzy = new BucketedMap<FormRef, PackedRef>(fuzzyBuckets, fuzzySize, (b) => file.part('fuzzy', b), unpackRef);
  const phrases = meta.tries.fuzzyPhrases === undefined ? undefined : trie<FormRef, PackedRef>('fuzzyPhrases', unpackRef);
  const model: Model = { lexicon: new SnapshotLexicon(file, trie<FormRef, PackedRef>('lexicon', unpackRef), fuzzy, phrases) };
  if (meta.rules) {
    const words = (name: string) => new BucketedWordSet(meta.wordSets[name], (b) => file.part(wordParts(name), b));
    const lists: Record<string, unknown> = {};
    for (const name of Object.keys(meta.wordSets)) if (!(WORD_SETS as readonly string[]).includes(name)) lists[name] = words(name);
    for (const k of TRIES) lists[k] = trie<ListEntry, ListEntry>(k);
    model.rules = {
      lists: lists as unknown as RuleLists,
      knownNameTokens: words('knownNameTokens'),
      knownSurnames: words('knownSurnames'),
      ordinaryWords: words('ordinaryWords'),
    };
  }
  return model;
}

/** The snapshot at `file`, if it exists, can be read, and was built from the lexicons in `dir` as they are now. */
export function loadSnapshot(file: string, dir: string): Model | undefined {
  try {
    const parts = checked(PartsReader.open<Meta>(file));
    return isCurrent(dir, parts.meta.lexicons, String(FORMAT)) ? modelOf(parts) : undefined;
  } catch {
    return undefined;
  }
}
