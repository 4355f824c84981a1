/** conlleval-style scoring: exact token-span matches per type, precision, recall, F1, and micro averages. */
import type { ConllSpan } from './conll.js';

export interface TypeScore {
  type: string;
  gold: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Score {
  byType: TypeScore[];
  micro: TypeScore;
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

function typeScore(type: string, gold: number, predicted: number, correct: number): TypeScore {
  const precision = ratio(correct, predicted);
  const recall = ratio(correct, gold);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { type, gold, predicted, correct, precision, recall, f1 };
}

const key = (s: ConllSpan) => `${s.first}:${s.last}:${s.type}`;

export function score(gold: readonly ConllSpan[], predicted: readonly ConllSpan[], types: readonly string[]): Score {
  const goldKeys = new Set(gold.map(key));
  const byType = types.map((type) => {
    const g = gold.filter((s) => s.type === type);
    const p = predicted.filter((s) => s.type === type);
    return typeScore(type, g.length, p.length, p.filter((s) => goldKeys.has(key(s))).length);
  });
  const sum = (f: (t: TypeScore) => number) => byType.reduce((a, t) => a + f(t), 0);
  return { byType, micro: typeScore('micro', sum((t) => t.gold), sum((t) => t.predicted), sum((t) => t.correct)) };
}

export function misses<G extends ConllSpan, P extends ConllSpan>(gold: readonly G[], predicted: readonly P[]): { missed: G[]; falseAlarms: P[] } {
  const g = new Set(gold.map(key));
  const p = new Set(predicted.map(key));
  return { missed: gold.filter((s) => !p.has(key(s))), falseAlarms: predicted.filter((s) => !g.has(key(s))) };
}
