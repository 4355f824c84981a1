/**
 * The pure entry point: text -> entities with offsets into the original text. The stages run in order:
 * normalize (with a map back) -> tokenize -> the tokens' lexemes (each distinct word analyzed once per model) ->
 * recognizers (gazetteer with clitics and spelling variants, dates, context rules, Latin spans) -> licensing of
 * ambiguous forms and overlaps -> document memory -> link.
 */
import { normalizeBorrowed, originalEnd, originalStart } from './text/normalize.js';
import { findGazetteerCandidates } from './recognize/gazetteer.js';
import { findDateCandidates, type PreferDates } from './recognize/dates/index.js';
import { resolveRefDate } from './refdate.js';
import { formatYmd } from './recognize/dates/calendar.js';
import type { Candidate } from './recognize/candidate.js';
import type { CompiledLexicon } from './lexicon/compile.js';
import { dropPlacesInEventNames, findRuleCandidates, type RuleModel } from './recognize/rules/index.js';
import { withMemory } from './recognize/memory.js';
import { licenseAmbiguous, sportWordPositions } from './recognize/license.js';
import { vocabularyOf } from './recognize/vocabulary.js';
import { WordFlag } from './recognize/lexeme.js';
import { findLatinCandidates } from './recognize/latin.js';
import type { EntityType, LexiconEntry } from './lexicon/types.js';

export interface Entity {
  type: EntityType;
  text: string;
  start: number;
  end: number;
  id?: string;
  label?: string;
  subtype?: string;
  source: Candidate['source'];
  /** The rule that found it, for source `rule` and `memory`. */
  rule?: string;
  value?: string;
  grain?: string;
  hijri?: string;
  confidence: number;
}

export interface Model {
  lexicon: CompiledLexicon;
  /** Context rules; absent: the lexicons and dates only. */
  rules?: RuleModel;
}

export interface ExtractOptions {
  /** YYYY-MM-DD; default: the document's date line, else today. */
  refDate?: string;
  prefer?: PreferDates;
  /** Keep only these types. */
  types?: readonly EntityType[];
  minConfidence?: number;
}

export interface Extraction {
  refDate: string;
  entities: Entity[];
}

/**
 * A document's entities before they are objects: the resolved candidates that the options keep, with their offsets
 * in the original text. The CLI's JSON Lines printer writes them as they are (`appendDocumentLine`), sparing an
 * object and a slice of the text per entity; `entityOf` makes the objects the library returns.
 */
export interface DocumentMentions {
  refDate: string;
  /** The document, as given. */
  text: string;
  /** Normalized-text offsets inside; the original ones are `starts` and `ends`. */
  candidates: Candidate[];
  starts: number[];
  ends: number[];
  /** The lexicon entries that candidates' `entry` indexes. */
  entries: readonly LexiconEntry[];
}

export function extractMentions(text: string, model: Model, options: ExtractOptions = {}): DocumentMentions {
  const ref = resolveRefDate(text, options.refDate);
  // Borrowed: every offset is mapped back before this function returns.
  const normalized = normalizeBorrowed(text);
  const vocabulary = vocabularyOf(model);
  const read = vocabulary.read(normalized.text);
  const { tokens, lexemes, flags } = read;
  const lexical = findGazetteerCandidates(tokens, lexemes, model.lexicon);
  const dates = findDateCandidates(tokens, { refDate: ref, prefer: options.prefer ?? 'past' }, lexemes);
  const rules = model.rules ? findRuleCandidates(tokens, lexemes, vocabulary, lexical, dates, model.rules, { text, toOriginal: normalized.toOriginal }) : [];
  const latin = findLatinCandidates(text, normalized, tokens);
  const sportWordsAt = model.rules && (flags & WordFlag.Sport) !== 0 ? sportWordPositions(tokens, lexemes) : [];
  const all = lexical.concat(dates, rules, latin);
  const ordinaryWords = model.rules?.ordinaryWords;
  const triggers = model.rules
    ? { tokens, lexemes, words: model.rules.lists.licenseTriggers, placeHeads: model.rules.lists.placeHeadWords, ordinary: ordinaryWords && ((c: Candidate) => ordinaryWords.has(normalized.text.slice(c.start, c.end))) }
    : undefined;
  const resolved = licenseAmbiguous(model.rules ? dropPlacesInEventNames(all, read) : all, model.lexicon, sportWordsAt, triggers);
  const mentions = model.rules ? withMemory(normalized.text, tokens, resolved, model.rules) : resolved;
  const types = options.types && new Set(options.types);
  const minConfidence = options.minConfidence ?? 0;
  const candidates: Candidate[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (const c of mentions) {
    if (types && !types.has(c.type)) continue;
    if (c.confidence < minConfidence) continue;
    candidates.push(c);
    starts.push(originalStart(normalized, c.start));
    ends.push(originalEnd(text, normalized, c.end));
  }
  return { refDate: formatYmd(ref), text, candidates, starts, ends, entries: model.lexicon.entries };
}

/** Mention k of a document as an entity object. */
export function entityOf(m: DocumentMentions, k: number): Entity {
  const c = m.candidates[k];
  const start = m.starts[k];
  const end = m.ends[k];
  const entry = c.entry === undefined ? undefined : m.entries[c.entry];
  // Fields in the order of the documented output contract.
  const entity: Entity = { type: c.type, text: m.text.slice(start, end), start, end } as Entity;
  if (entry) {
    entity.id = entry.id;
    entity.label = entry.en;
  }
  const subtype = entry?.subtype || c.subtype;
  if (subtype) entity.subtype = subtype;
  entity.source = c.source;
  if (c.rule !== undefined) entity.rule = c.rule;
  if (c.value !== undefined) entity.value = c.value;
  if (c.grain !== undefined) entity.grain = c.grain;
  if (c.hijri !== undefined) entity.hijri = c.hijri;
  entity.confidence = c.confidence;
  return entity;
}

/** A document's mentions as entity objects. */
export function entitiesOf(m: DocumentMentions): Entity[] {
  const entities: Entity[] = [];
  for (let k = 0; k < m.candidates.length; k++) entities.push(entityOf(m, k));
  return entities;
}

export function extractDocument(text: string, model: Model, options: ExtractOptions = {}): Extraction {
  const m = extractMentions(text, model, options);
  return { refDate: m.refDate, entities: entitiesOf(m) };
}

export function extract(text: string, model: Model, options: ExtractOptions = {}): Entity[] {
  return extractDocument(text, model, options).entities;
}
