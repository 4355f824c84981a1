/**
 * The pure entry point: text -> entities with offsets into the original text. The stages run in order:
 * normalize (with a map back) -> tokenize -> recognizers (gazetteer with clitics, dates) -> resolve -> link.
 */
import { normalize, originalEnd, originalStart } from './text/normalize.js';
import { tokenize } from './text/tokenize.js';
import { findGazetteerCandidates } from './recognize/gazetteer.js';
import { findDateCandidates, type PreferDates } from './recognize/dates/index.js';
import { resolveOverlaps } from './resolve.js';
import { resolveRefDate } from './refdate.js';
import { formatYmd } from './recognize/dates/calendar.js';
import type { Candidate } from './recognize/candidate.js';
import type { CompiledLexicon } from './lexicon/compile.js';
import { findRuleCandidates, type RuleModel } from './recognize/rules/index.js';
import { findMemoryCandidates } from './recognize/memory.js';
import { NAME_PARTICLES, looksLikeClauseWord } from './recognize/rules/context.js';

/** Second words of compound given names (نصر الله, شمس الدين, سيف الإسلام) and regnal numbers: never a surname alone. */
const COMPOUND_ENDINGS = new Set(['الله', 'الدين', 'الاسلام', 'الرحمن', 'الرحيم', 'الحق', 'النبي', 'الاول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع', 'العاشر']);
import { findLatinCandidates } from './recognize/latin.js';
import type { EntityType } from './lexicon/types.js';

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

/** A form the document has licensed is surer than a lexicon default: it wins a tie with another entry's form. */
const CONFIDENCE_LICENSED = 0.92;
/**
 * How far (in characters) an unambiguous mention licenses an ambiguous form of the same entry: about a news article.
 * A window rather than the whole document, so that a long file of many articles (a corpus) does not license a verb
 * (فتح) everywhere because one article names حركة فتح.
 */
const LICENSE_WINDOW = 3000;

/**
 * Ambiguous forms (`?الأسد`) count only near an unambiguous mention of the same entry (or of an entry that licenses
 * it, licenses.tsv); such a licensed mention then outranks another entry sharing the form (`طرابلس` near لبنان).
 */
/** How near (in characters) a word of sports reporting licenses a club's ambiguous name: a clause or so. */
const SPORT_WINDOW = 60;

function licenseAmbiguous(candidates: Candidate[], lexicon: CompiledLexicon, sportWordsAt: readonly number[]): Candidate[] {
  const strong = candidates.filter((c) => !c.ambiguous);
  if (strong.length === candidates.length) return resolveOverlaps(candidates);
  const positions = new Map<number, number[]>();
  for (const c of resolveOverlaps(strong)) {
    if (c.entry === undefined) continue;
    const list = positions.get(c.entry);
    if (list) list.push(c.start);
    else positions.set(c.entry, [c.start]);
  }
  const near = (entry: number | undefined, at: number): boolean => {
    const list = entry === undefined ? undefined : positions.get(entry);
    return list !== undefined && list.some((p) => Math.abs(p - at) <= LICENSE_WINDOW);
  };
  const sporty = (at: number): boolean => {
    let lo = 0;
    let hi = sportWordsAt.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sportWordsAt[mid] < at - SPORT_WINDOW) lo = mid + 1;
      else hi = mid;
    }
    return lo < sportWordsAt.length && sportWordsAt[lo] <= at + SPORT_WINDOW;
  };
  const licensed = (c: Candidate): boolean => {
    if (near(c.entry, c.start)) return true;
    // A club's name (?برشلونة) is the club in sports reporting.
    if (c.entry !== undefined && lexicon.entries[c.entry].subtype === 'sport' && sporty(c.start)) return true;
    const by = c.entry === undefined ? undefined : lexicon.entries[c.entry].licensedBy;
    return by !== undefined && by.some((id) => near(lexicon.byId.get(id), c.start));
  };
  const kept = strong;
  for (const c of candidates) {
    if (c.ambiguous && licensed(c)) kept.push({ ...c, ambiguous: false, source: 'memory', confidence: CONFIDENCE_LICENSED, rule: 'licensed-form' });
  }
  return resolveOverlaps(kept);
}

/** Start offsets of the tokens (or their stems after a proclitic) that are in `words`, in text order. */
function wordPositions(tokens: ReturnType<typeof tokenize>, words: ReadonlySet<string>): number[] {
  const at: number[] = [];
  for (const t of tokens) {
    if (words.has(t.norm) || (t.norm.length > 3 && 'وفبل'.includes(t.norm[0]) && words.has(t.norm.slice(1)))) at.push(t.start);
  }
  return at;
}

/** Adds the document-memory mentions that do not overlap a mention already found. */
function withMemory(text: string, tokens: ReturnType<typeof tokenize>, resolved: Candidate[], rules: RuleModel): Candidate[] {
  const lists = rules.lists;
  const memory = findMemoryCandidates(text, tokens, resolved, {
    notASurname: (w) =>
      NAME_PARTICLES.has(w) ||
      COMPOUND_ENDINGS.has(w) ||
      looksLikeClauseWord(w) ||
      lists.givenNameWords.has(w) ||
      lists.commonWords.has(w) ||
      lists.stopWords.has(w) ||
      lists.titleWords.has(w),
  });
  if (memory.length === 0) return resolved;
  return resolveOverlaps([...resolved, ...memory.filter((m) => !overlapsAny(m, resolved))]);
}

function overlapsAny(c: Candidate, sorted: readonly Candidate[]): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].end <= c.start) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo].start < c.end;
}

export function extractDocument(text: string, model: Model, options: ExtractOptions = {}): Extraction {
  const ref = resolveRefDate(text, options.refDate);
  const normalized = normalize(text);
  const tokens = tokenize(normalized.text);
  const lexical = findGazetteerCandidates(tokens, model.lexicon, { ordinary: model.rules?.ordinaryWords });
  const dates = findDateCandidates(tokens, { refDate: ref, prefer: options.prefer ?? 'past' });
  const rules = model.rules ? findRuleCandidates(tokens, lexical, dates, model.rules, { text, toOriginal: normalized.toOriginal }) : [];
  const latin = findLatinCandidates(text, normalized, tokens);
  const sportWordsAt = model.rules ? wordPositions(tokens, model.rules.lists.sportWords) : [];
  const resolved = licenseAmbiguous([...lexical, ...dates, ...rules, ...latin], model.lexicon, sportWordsAt);
  const mentions = model.rules ? withMemory(normalized.text, tokens, resolved, model.rules) : resolved;
  const types = options.types && new Set(options.types);
  const minConfidence = options.minConfidence ?? 0;
  const entities: Entity[] = [];
  for (const c of mentions) {
    if (types && !types.has(c.type)) continue;
    if (c.confidence < minConfidence) continue;
    const start = originalStart(normalized, c.start);
    const end = originalEnd(text, normalized, c.end);
    const entry = c.entry === undefined ? undefined : model.lexicon.entries[c.entry];
    // Fields in the order of the documented output contract.
    const entity: Entity = { type: c.type, text: text.slice(start, end), start, end } as Entity;
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
    entities.push(entity);
  }
  return { refDate: formatYmd(ref), entities };
}

export function extract(text: string, model: Model, options: ExtractOptions = {}): Entity[] {
  return extractDocument(text, model, options).entities;
}
