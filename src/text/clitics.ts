/**
 * Proclitic analysis. A token may carry a conjunction (و ف), then a preposition (ب ل ك), then the article; the
 * preposition ل before the article is written لل, the article's alef dropped. Every analysis is only a candidate:
 * the lexicon confirms it (`بلندن` is ب + لندن because لندن is a name; `بيسكوف` stays whole because يسكوف is not).
 * Works on normalized text (so أ/إ/آ are already ا).
 */

export interface CliticAnalysis {
  /** How many normalized characters at the start of the token are proclitics (outside the mention). */
  prefixLength: number;
  /** The stem the lexicon is asked about; for لل it is the article restored: للامم -> الامم. */
  stem: string;
}

const CONJUNCTIONS = 'وف';
const PREPOSITIONS = 'بلك';
/** A stem shorter than this is never a name on its own (`وب` is not و + ب). */
const MIN_STEM = 2;

export function isCliticLetter(ch: string): boolean {
  switch (ch) {
    case 'و':
    case 'ف':
    case 'ب':
    case 'ل':
    case 'ك':
      return true;
    default:
      return false;
  }
}

/** All analyses of a token, the whole token first, then by growing prefix. */
export function analyzeClitics(token: string): CliticAnalysis[] {
  const out: CliticAnalysis[] = [{ prefixLength: 0, stem: token }];
  if (token.length <= MIN_STEM || !isCliticLetter(token[0])) return out;
  const conj = CONJUNCTIONS.includes(token[0]) ? [0, 1] : [0];
  for (const c of conj) {
    if (c === 1) push(out, 1, token.slice(1));
    const p = token[c];
    if (p !== undefined && PREPOSITIONS.includes(p)) {
      push(out, c + 1, token.slice(c + 1));
      // لل: the preposition ل with the article whose alef is not written.
      if (p === 'ل' && token[c + 1] === 'ل') push(out, c + 1, 'ا' + token.slice(c + 1));
    }
  }
  return out;
}

function push(out: CliticAnalysis[], prefixLength: number, stem: string): void {
  if (stem.length < MIN_STEM) return;
  if (out.some((a) => a.stem === stem && a.prefixLength === prefixLength)) return;
  out.push({ prefixLength, stem });
}
