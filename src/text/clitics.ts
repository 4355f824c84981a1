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

/** A stem shorter than this is never a name on its own (`وب` is not و + ب). */
const MIN_STEM = 2;

const WAW = 0x0648; // و
const FEH = 0x0641; // ف
const BEH = 0x0628; // ب
const LAM = 0x0644; // ل
/** ك, exported for the word lists that take every proclitic letter but it. */
export const KAF = 0x0643;

function isCliticCode(c: number): boolean {
  return c === WAW || c === FEH || c === BEH || c === LAM || c === KAF;
}

/**
 * Whether `s[i]` is a proclitic letter. By code unit: `s[i]` of an Arabic letter is a new one-character string each
 * time (V8 keeps ready-made strings only for Latin-1 characters), and this is asked of most new words.
 */
export function isCliticAt(s: string, i: number): boolean {
  return isCliticCode(s.charCodeAt(i));
}

/**
 * Whether `s[k - 1]` and `s[k]` are لل: the preposition ل before the article whose alef is not written, so that the
 * word after the ل is the article restored, 'ا' + s.slice(k) (للامم -> الامم).
 */
export function isArticleAfterLamAt(s: string, k: number): boolean {
  return s.charCodeAt(k - 1) === LAM && s.charCodeAt(k) === LAM;
}

/**
 * The readings being collected, the whole token's first: at most four (و + ب/ل/ك, its لل reading, و alone). Collected
 * here and copied out at their exact count because a lexeme keeps its readings as long as the vocabulary keeps the
 * word: an array grown by `push` past one element gets room for 17, 199 bytes where a two-reading array needs 64
 * (lexemes of a 10 MB stretch of the benchmark corpus: 353 bytes each on average with grown arrays, 293 exact).
 */
const readings: CliticAnalysis[] = [];

/** All analyses of a token, the whole token first, then by growing prefix (a conjunction's after the others). */
export function analyzeClitics(token: string): CliticAnalysis[] {
  const whole = { prefixLength: 0, stem: token };
  if (token.length <= MIN_STEM || !isCliticAt(token, 0)) return [whole];
  readings.length = 0;
  readings.push(whole);
  afterPreposition(token, 0);
  const first = token.charCodeAt(0);
  if (first === WAW || first === FEH) {
    push(1, token.slice(1));
    afterPreposition(token, 1);
  }
  const out = exactCopy(readings);
  readings.length = 0;
  return out;
}

/** The readings in an array of their count (an array literal: no room to spare). */
function exactCopy(r: CliticAnalysis[]): CliticAnalysis[] {
  switch (r.length) {
    case 1:
      return [r[0]];
    case 2:
      return [r[0], r[1]];
    case 3:
      return [r[0], r[1], r[2]];
    default:
      return r.slice();
  }
}

/** The readings with a preposition (ب ل ك) at `c`, and for لل the article restored. */
function afterPreposition(token: string, c: number): void {
  const p = token.charCodeAt(c);
  if (p !== BEH && p !== LAM && p !== KAF) return;
  push(c + 1, token.slice(c + 1));
  if (isArticleAfterLamAt(token, c + 1)) push(c + 1, 'ا' + token.slice(c + 1));
}

function push(prefixLength: number, stem: string): void {
  if (stem.length < MIN_STEM) return;
  for (let k = 0; k < readings.length; k++) if (readings[k].prefixLength === prefixLength && readings[k].stem === stem) return;
  readings.push({ prefixLength, stem });
}
