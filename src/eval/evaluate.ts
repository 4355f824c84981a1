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

export interface Evaluation {
  score: Score;
  gold: ConllSpan[];
  predicted: ConllSpan[];
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
  const predicted: ConllSpan[] = [];
  const { entities } = extractDocument(document.text, model, { refDate: '2000-01-01', ...options.extract });
  for (const e of entities) {
    if (!scored.includes(e.type)) continue;
    const touched = tokensTouched(document, e.start, e.end);
    if (touched) predicted.push({ first: touched[0], last: touched[1], type: e.type });
  }
  return { score: score(gold, predicted, scored), gold, predicted, document, tokens };
}

const pct = (x: number) => (100 * x).toFixed(2).padStart(6);

export function formatScore(s: Score): string {
  const line = (t: Score['micro']) =>
    `${t.type.padEnd(6)} precision ${pct(t.precision)}  recall ${pct(t.recall)}  F1 ${pct(t.f1)}   gold ${String(t.gold).padStart(6)}  predicted ${String(t.predicted).padStart(6)}  correct ${String(t.correct).padStart(6)}`;
  return [...s.byType.map(line), line(s.micro)].join('\n') + '\n';
}

export function formatErrors(ev: Evaluation, context = 4): string {
  const { missed, falseAlarms } = misses(ev.gold, ev.predicted);
  const show = (s: ConllSpan) => {
    const before = ev.tokens.slice(Math.max(0, s.first - context), s.first).join(' ');
    const after = ev.tokens.slice(s.last + 1, s.last + 1 + context).join(' ');
    return `${s.type}\t${ev.tokens.slice(s.first, s.last + 1).join(' ')}\t…${before} [${ev.tokens.slice(s.first, s.last + 1).join(' ')}] ${after}…`;
  };
  return [`# missed (${missed.length})`, ...missed.map(show), `# false alarms (${falseAlarms.length})`, ...falseAlarms.map(show)].join('\n') + '\n';
}
