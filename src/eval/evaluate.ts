/**
 * Scoring arner against a CoNLL corpus, the way the maintainers do: each sentence's tokens joined by single spaces,
 * one sentence per line, the whole text run as one document; each predicted span mapped to the tokens it touches;
 * exact token-span matches counted per type. Gold types are mapped to arner's (PERS=PER); unmapped ones (MISC) are
 * not scored, and predictions of types no gold type maps to (NORP, DATE) are ignored.
 */
import { documentOf, parseConll, spansFromTags, tokensTouched, type ConllDocument, type ConllSpan } from './conll.js';
import { misses, score, type Score } from './score.js';
import { extractDocument, type ExtractOptions, type Model } from '../extract.js';

export const DEFAULT_TYPE_MAP: Readonly<Record<string, string>> = { PERS: 'PER', PER: 'PER', LOC: 'LOC', ORG: 'ORG' };

export interface EvalOptions {
  typeMap?: Readonly<Record<string, string>>;
  column?: number;
  extract?: ExtractOptions;
}

/** A predicted span and what found it: the rule's name, else the source (`gazetteer`, `person-title`, `licensed-form`). */
export interface PredictedSpan extends ConllSpan {
  by: string;
}

export interface Evaluation {
  score: Score;
  gold: ConllSpan[];
  predicted: PredictedSpan[];
  document: ConllDocument;
  tokens: string[];
}

export function evaluateConll(conll: string, model: Model, options: EvalOptions = {}): Evaluation {
  const typeMap = options.typeMap ?? DEFAULT_TYPE_MAP;
  const corpus = parseConll(conll, options.column);
  const document = documentOf(corpus.sentences);
  const tokens = corpus.sentences.flat().map((t) => t.text);
  const gold = spansFromTags(corpus.sentences)
    .filter((s) => typeMap[s.type] !== undefined)
    .map((s) => ({ ...s, type: typeMap[s.type] }));
  const scored = [...new Set(Object.values(typeMap))];
  const predicted: PredictedSpan[] = [];
  const { entities } = extractDocument(document.text, model, { refDate: '2000-01-01', ...options.extract });
  for (const e of entities) {
    if (!scored.includes(e.type)) continue;
    const touched = tokensTouched(document, e.start, e.end);
    if (touched) predicted.push({ first: touched[0], last: touched[1], type: e.type, by: e.rule ?? e.source });
  }
  return { score: score(gold, predicted, scored), gold, predicted, document, tokens };
}

const pct = (x: number) => (100 * x).toFixed(2).padStart(6);

export function formatScore(s: Score): string {
  const line = (t: Score['micro']) =>
    `${t.type.padEnd(6)} precision ${pct(t.precision)}  recall ${pct(t.recall)}  F1 ${pct(t.f1)}   gold ${String(t.gold).padStart(6)}  predicted ${String(t.predicted).padStart(6)}  correct ${String(t.correct).padStart(6)}`;
  return [...s.byType.map(line), line(s.micro)].join('\n') + '\n';
}

/**
 * Every miss and false alarm, one per line, tab-separated: type, text, context, then for a false alarm what found it
 * and for a miss what arner printed over those tokens instead (`LOC:مكة (gazetteer)`, `-` for nothing).
 */
export function formatErrors(ev: Evaluation, context = 4): string {
  const { missed, falseAlarms } = misses(ev.gold, ev.predicted);
  const text = (s: ConllSpan) => ev.tokens.slice(s.first, s.last + 1).join(' ');
  const show = (s: ConllSpan, why: string) => {
    const before = ev.tokens.slice(Math.max(0, s.first - context), s.first).join(' ');
    const after = ev.tokens.slice(s.last + 1, s.last + 1 + context).join(' ');
    return `${s.type}\t${text(s)}\t…${before} [${text(s)}] ${after}…\t${why}`;
  };
  const instead = (g: ConllSpan) => {
    const over = ev.predicted.filter((p) => p.first <= g.last && p.last >= g.first);
    return over.length ? over.map((p) => `${p.type}:${text(p)} (${p.by})`).join('; ') : '-';
  };
  return (
    [
      `# missed (${missed.length}): type, text, context, what arner printed there instead`,
      ...missed.map((g) => show(g, instead(g))),
      `# false alarms (${falseAlarms.length}): type, text, context, what found it`,
      ...falseAlarms.map((p) => show(p, p.by)),
    ].join('\n') + '\n'
  );
}

/** Correct and wrong predictions per type and recognizer: which rule earns its keep. */
export interface SourceScore {
  type: string;
  by: string;
  correct: number;
  wrong: number;
  precision: number;
}

export function scoreBySource(ev: Evaluation): SourceScore[] {
  const { falseAlarms } = misses(ev.gold, ev.predicted);
  const wrong = new Set(falseAlarms);
  const rows = new Map<string, SourceScore>();
  for (const p of ev.predicted) {
    const k = `${p.type}\u0000${p.by}`;
    let row = rows.get(k);
    if (!row) rows.set(k, (row = { type: p.type, by: p.by, correct: 0, wrong: 0, precision: 0 }));
    if (wrong.has(p)) row.wrong++;
    else row.correct++;
  }
  const out = [...rows.values()];
  for (const r of out) r.precision = r.correct / (r.correct + r.wrong);
  return out.sort((a, b) => a.type.localeCompare(b.type) || b.correct + b.wrong - (a.correct + a.wrong) || a.by.localeCompare(b.by));
}

export function formatBySource(rows: readonly SourceScore[]): string {
  const width = Math.max(10, ...rows.map((r) => r.by.length));
  const head = `${'type'.padEnd(6)} ${'found by'.padEnd(width)} ${'correct'.padStart(7)} ${'wrong'.padStart(7)}  precision`;
  const line = (r: SourceScore) => `${r.type.padEnd(6)} ${r.by.padEnd(width)} ${String(r.correct).padStart(7)} ${String(r.wrong).padStart(7)}  ${pct(r.precision)}`;
  return [head, ...rows.map(line)].join('\n') + '\n';
}
