/**
 * Arabic number words as data, and the readers that turn a run of them into a value: cardinals (`ثلاثة`,
 * `واحد وعشرين`, `ألفين وثمانية عشر`), ordinals (`الأول`, `الحادي عشر`, `الثاني والعشرين`) and digits. Arabic
 * writes compound numbers from the largest part down with units before tens (`ثمانية وسبعون` = 8 + 70), so the
 * value of a cardinal is the sum of its parts joined by و; `عشر` after a unit makes a teen.
 */
import type { TokenView } from './view.js';

export type NumberRole =
  /** 1–10: واحد … عشرة (masculine and feminine). */
  | 'unit'
  /** 20–90: عشرون / عشرين … */
  | 'ten'
  /** 100–900 */
  | 'hundred'
  /** 1000, 2000 */
  | 'thousand'
  /** آلاف: multiplies the unit before it. */
  | 'thousands'
  /** عشر / عشرة after a unit: a teen (ثلاثة عشر). */
  | 'teenTail'
  /** الأول … العاشر, الواحدة; also أول. */
  | 'ordinal'
  /** الحادي / الحادية: 1, only inside 11, 21, 31 … */
  | 'ordinalCompound'
  /** العشرين / العشرون … : the tens with the article, as ordinals. */
  | 'ordinalTen';

export interface NumberWord {
  kind: 'number';
  role: NumberRole;
  value: number;
}

const UNITS: ReadonlyArray<[number, string[]]> = [
  [1, ['واحد', 'واحدة', 'أحد', 'إحدى']],
  [2, ['اثنان', 'اثنين', 'اثنتان', 'اثنتين', 'اثنا', 'اثني', 'اثنتا', 'اثنتي']],
  [3, ['ثلاث', 'ثلاثة']],
  [4, ['أربع', 'أربعة']],
  [5, ['خمس', 'خمسة']],
  [6, ['ست', 'ستة']],
  [7, ['سبع', 'سبعة']],
  [8, ['ثمان', 'ثماني', 'ثمانية']],
  [9, ['تسع', 'تسعة']],
  [10, ['عشر', 'عشرة']],
];

const TENS: ReadonlyArray<[number, string]> = [
  [20, 'عشر'],
  [30, 'ثلاث'],
  [40, 'أربع'],
  [50, 'خمس'],
  [60, 'ست'],
  [70, 'سبع'],
  [80, 'ثمان'],
  [90, 'تسع'],
];

const HUNDREDS: ReadonlyArray<[number, string[]]> = [
  [100, ['مائة', 'مئة']],
  [200, ['مائتان', 'مائتين', 'مئتان', 'مئتين']],
  [300, ['ثلاثمائة', 'ثلاثمئة']],
  [400, ['أربعمائة', 'أربعمئة']],
  [500, ['خمسمائة', 'خمسمئة']],
  [600, ['ستمائة', 'ستمئة']],
  [700, ['سبعمائة', 'سبعمئة']],
  [800, ['ثمانمائة', 'ثمانمئة', 'ثمانيمائة']],
  [900, ['تسعمائة', 'تسعمئة']],
];

const THOUSANDS: ReadonlyArray<[number, string[]]> = [
  [1000, ['ألف']],
  [2000, ['ألفان', 'ألفين', 'ألفا']],
];

/** Ordinals with the article, and without it as Maghrebi dates write them (`فاتح يناير`, `تاسع يوليوز`). */
const ORDINALS: ReadonlyArray<[number, string[]]> = [
  [1, ['الأول', 'الأولى', 'أول', 'الواحدة', 'فاتح']],
  [2, ['الثاني', 'الثانية', 'ثاني']],
  [3, ['الثالث', 'الثالثة', 'ثالث']],
  [4, ['الرابع', 'الرابعة', 'رابع']],
  [5, ['الخامس', 'الخامسة', 'خامس']],
  [6, ['السادس', 'السادسة', 'سادس']],
  [7, ['السابع', 'السابعة', 'سابع']],
  [8, ['الثامن', 'الثامنة', 'ثامن']],
  [9, ['التاسع', 'التاسعة', 'تاسع']],
  [10, ['العاشر', 'العاشرة', 'عاشر']],
];

export function numberWords(): Array<[string, NumberWord]> {
  const out: Array<[string, NumberWord]> = [];
  const add = (form: string, role: NumberRole, value: number) => out.push([form, { kind: 'number', role, value }]);
  for (const [value, forms] of UNITS) for (const f of forms) add(f, 'unit', value);
  for (const f of ['عشر', 'عشرة']) add(f, 'teenTail', 10);
  for (const [value, stem] of TENS) {
    for (const f of [stem + 'ون', stem + 'ين']) {
      add(f, 'ten', value);
      add('ال' + f, 'ordinalTen', value);
    }
  }
  for (const [value, forms] of HUNDREDS) for (const f of forms) add(f, 'hundred', value);
  for (const [value, forms] of THOUSANDS) for (const f of forms) add(f, 'thousand', value);
  add('آلاف', 'thousands', 1000);
  for (const [value, forms] of ORDINALS) for (const f of forms) add(f, 'ordinal', value);
  for (const f of ['الحادي', 'الحادية']) add(f, 'ordinalCompound', 1);
  return out;
}

export interface NumberRead {
  value: number;
  /** Index of the last token read. */
  last: number;
  /** Offset where the number starts (after a proclitic on its first token). */
  start: number;
  prefix: string;
}

/** Compound numbers are short; the bound also keeps a run of `و واحد و واحد …` linear. */
const MAX_PARTS = 6;

function numberAt(v: TokenView, i: number, roles: readonly NumberRole[], clitics: boolean) {
  for (const m of v.matches(i, clitics)) {
    for (const w of m.words) if (w.kind === 'number' && roles.includes(w.role)) return { word: w, match: m };
  }
  return undefined;
}

/** The token after `i` joined by و: either a separate `و` token or a و proclitic on the next word. */
function joined<T>(v: TokenView, i: number, read: (j: number, withAnd: boolean) => T | undefined): T | undefined {
  if (v.norm(i + 1) === 'و') return read(i + 2, false);
  return read(i + 1, true);
}

function cardinalPart(v: TokenView, i: number, clitics: boolean, and: boolean): NumberRead | undefined {
  const n = numberAt(v, i, ['unit', 'ten', 'hundred', 'thousand'], clitics || and);
  if (!n || (and && n.match.prefix !== 'و')) return undefined;
  let value = n.word.value;
  let last = n.match.last;
  if (n.word.role === 'unit') {
    const tail = numberAt(v, last + 1, ['teenTail', 'thousands', 'hundred'], false);
    if (tail?.word.role === 'teenTail' && value < 10) [value, last] = [value + 10, tail.match.last];
    else if (tail?.word.role === 'thousands' && value >= 3) [value, last] = [value * 1000, tail.match.last];
    else if (tail?.word.role === 'hundred' && tail.word.value === 100 && value >= 3) [value, last] = [value * 100, tail.match.last];
  }
  return { value, last, start: n.match.start, prefix: n.match.prefix };
}

/** `ثلاثة`, `واحد وعشرين`, `ألف وتسعمائة وثمانية وسبعون`, `ألفين وثمانية عشر`. */
export function readCardinal(v: TokenView, i: number, clitics = false): NumberRead | undefined {
  const first = cardinalPart(v, i, clitics, false);
  if (!first) return undefined;
  const out = { ...first };
  for (let parts = 1; parts < MAX_PARTS; parts++) {
    const next = joined(v, out.last, (j, withAnd) => cardinalPart(v, j, false, withAnd));
    if (!next) break;
    out.value += next.value;
    out.last = next.last;
  }
  return out;
}

/** `الأول`, `الحادي عشر`, `الثانية عشرة`, `الحادي والعشرين`, `العشرين`, `الثلاثين`. */
export function readOrdinal(v: TokenView, i: number, clitics = false): NumberRead | undefined {
  const n = numberAt(v, i, ['ordinal', 'ordinalCompound', 'ordinalTen'], clitics);
  if (!n) return undefined;
  if (n.word.role === 'ordinalTen') return numberFrom(n, n, 0);
  const last = n.match.last;
  // Only a unit takes a teen or a ten after it; read whatever follows, as the rarer readings need it.
  const unit = n.word.value < 10;
  const tail = numberAt(v, last + 1, ['teenTail'], false);
  const teen = tail !== undefined && unit;
  const tens = teen
    ? undefined
    : joined(v, last, (j, withAnd) => {
        const t = numberAt(v, j, ['ordinalTen'], withAnd);
        return t && (!withAnd || t.match.prefix === 'و') ? t : undefined;
      });
  const compound = tens !== undefined && unit;
  // الحادي is 1 only inside a compound.
  if (!teen && !compound && n.word.role === 'ordinalCompound') return undefined;
  // The word that ends the number is chosen before it is read, and one call builds every reading: the compound
  // readings (الحادي عشر, الحادي والعشرين) are rare, and code of their own deoptimized the date rules when one came.
  const end = teen ? tail : compound ? tens : n;
  const endValue = end.word.value;
  return numberFrom(n, end, teen ? 10 : compound ? endValue : 0);
}

type NumberAt = NonNullable<ReturnType<typeof numberAt>>;

/** The number from the first word's match to the last token of `end`'s, `add` more than the first word's value. */
function numberFrom(first: NumberAt, end: NumberAt, add: number): NumberRead {
  return { value: first.word.value + add, last: end.match.last, start: first.match.start, prefix: first.match.prefix };
}

/** A count written in digits or words: `3`, `ثلاثة`, `21`, `خمسة عشر`. */
export function readCount(v: TokenView, i: number): NumberRead | undefined {
  const d = v.digits(i, 1, 4);
  if (d !== undefined) return { value: d, last: i, start: v.tokens[i].start, prefix: '' };
  return readCardinal(v, i);
}
