/**
 * arner's dates measured on the peer suites (see `dates-peer-score.ts` for what counts). The floors are the rates
 * reached, rounded down: a change that loses a case fails here; raise them as arner improves. The rates are
 * reported in docs/accuracy.md ("Dates").
 */
import { describe, expect, it } from 'vitest';
import { dateparserCases, describeScore, rate, recognizersCases, score, suitesPresent } from './dates-peer-score.js';

/** Percent of single-value cases correct, rounded down from the rates reached (docs/accuracy.md). */
const FLOORS = {
  recognizersFuture: 46,
  recognizersPast: 47,
  dateparser: 85,
};

const SHOW_MISSES = process.env.ARNER_SHOW_MISSES === '1';

describe.skipIf(!suitesPresent())('peer date suites', () => {
  it('Recognizers-Text (Arabic), prefer future, against `expected`', () => {
    const s = score(recognizersCases('future'), 'future');
    console.log(describeScore('recognizers, prefer future', s));
    if (SHOW_MISSES) for (const m of s.misses) console.log('  miss', m.grain, m.expected, m.ref, m.input);
    expect(rate(s)).toBeGreaterThanOrEqual(FLOORS.recognizersFuture);
  });

  it('Recognizers-Text (Arabic), prefer past, against `expected_past` where given', () => {
    const s = score(recognizersCases('past'), 'past');
    console.log(describeScore('recognizers, prefer past', s));
    if (SHOW_MISSES) for (const m of s.misses) console.log('  miss', m.grain, m.expected, m.ref, m.input);
    expect(rate(s)).toBeGreaterThanOrEqual(FLOORS.recognizersPast);
  });

  it('dateparser (Arabic), prefer past', () => {
    const s = score(dateparserCases(), 'past');
    console.log(describeScore('dateparser', s));
    if (SHOW_MISSES) for (const m of s.misses) console.log('  miss', m.grain, m.expected, m.ref, m.input);
    expect(rate(s)).toBeGreaterThanOrEqual(FLOORS.dateparser);
  });
});
