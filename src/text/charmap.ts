/**
 * Normalization for matching, expressed as data (after CAMeL Tools' charmap): each step is a small named map from
 * a character or a code-point range to its replacement ("" deletes). `compileCharmap` composes the steps into one
 * lookup table so the normalizer does a single table read per input character.
 */

/** A replacement: a string (possibly empty, possibly several characters). */
export type Replacement = string;

export interface CharmapStep {
  name: string;
  why: string;
  /** [from, to] inclusive code-point ranges mapped to one replacement, or to a function of the code point. */
  ranges?: Array<[number, number, Replacement | ((cp: number) => Replacement)]>;
  chars?: Record<string, Replacement>;
  /** Deleted characters of this step belong to the letter before them: a span ending on that letter keeps them. */
  attachesToPrevious?: boolean;
}

const digitOf = (zero: number) => (cp: number): string => String.fromCharCode(0x30 + cp - zero);

export const NORMALIZATION_STEPS: readonly CharmapStep[] = [
  {
    name: 'remove-tashkeel',
    attachesToPrevious: true,
    why: 'vowel marks and shadda are optional in Arabic script and rarely written consistently',
    ranges: [
      [0x064b, 0x065f, ''],
      [0x0670, 0x0670, ''],
    ],
  },
  {
    name: 'remove-quranic-marks',
    attachesToPrevious: true,
    why: 'Quranic annotation signs and honorific marks carry no letters',
    ranges: [
      [0x0610, 0x061a, ''],
      [0x06d6, 0x06dc, ''],
      [0x06df, 0x06e8, ''],
      [0x06ea, 0x06ed, ''],
      [0x08d3, 0x08ff, ''],
    ],
  },
  {
    name: 'remove-tatweel',
    attachesToPrevious: true,
    why: 'kashida only stretches a word for justification',
    chars: { '\u0640': '' },
  },
  {
    name: 'remove-invisible-controls',
    why: 'zero-width joiners and bidi controls split words invisibly',
    ranges: [
      [0x200b, 0x200f, ''],
      [0x202a, 0x202e, ''],
      [0x2060, 0x2064, ''],
      [0x2066, 0x2069, ''],
      [0x061c, 0x061c, ''],
      [0xfeff, 0xfeff, ''],
      [0x00ad, 0x00ad, ''],
    ],
  },
  {
    name: 'unify-alef',
    why: 'hamza on or under alef, madda and wasla are written inconsistently',
    chars: { 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', '\u0672': 'ا', '\u0673': 'ا' },
  },
  {
    name: 'alef-maqsura-to-yeh',
    why: 'final ى and ي are interchanged, notably in Egyptian print',
    chars: { 'ى': 'ي' },
  },
  {
    name: 'teh-marbuta-to-heh',
    why: 'final ة is often typed as ه',
    chars: { 'ة': 'ه' },
  },
  {
    name: 'persian-letters',
    why: 'Persian keyboards produce ی and ک for Arabic ي and ك',
    chars: { 'ی': 'ي', 'ې': 'ي', 'ے': 'ي', 'ک': 'ك', 'ڪ': 'ك', 'ە': 'ه', 'ۀ': 'ه', 'ہ': 'ه' },
  },
  {
    name: 'digits',
    why: 'Arabic-Indic and Persian digits are the same numbers',
    ranges: [
      [0x0660, 0x0669, digitOf(0x0660)],
      [0x06f0, 0x06f9, digitOf(0x06f0)],
    ],
    chars: { '٫': '.', '٬': ',', '٪': '%' },
  },
  {
    name: 'fold-latin-case',
    why: 'Latin names in Arabic text are matched case-insensitively; the fold is one character for one',
    ranges: [[0x41, 0x5a, (cp) => String.fromCharCode(cp + 32)]],
  },
];

export const DELETE = 0xffff;
export const MULTI = 0xfffe;

export interface CompiledCharmap {
  /** 0: keep the character; DELETE; MULTI: see `multi`; otherwise the replacement code unit. */
  single: Uint16Array;
  multi: Map<number, string>;
  /** 1 where a deleted character belongs to the preceding letter (marks, tatweel). */
  attached: Uint8Array;
}

/** One step as a lookup: code point -> replacement, for the characters the step touches. */
function stepTable(step: CharmapStep): Map<number, string> {
  const table = new Map<number, string>();
  for (const [lo, hi, r] of step.ranges ?? []) {
    for (let cp = lo; cp <= hi; cp++) table.set(cp, typeof r === 'function' ? r(cp) : r);
  }
  for (const [ch, r] of Object.entries(step.chars ?? {})) table.set(ch.codePointAt(0)!, r);
  return table;
}

/**
 * The steps composed, for every character some step maps: what the character becomes after all of them. A step maps
 * each character on its own, so the steps applied in turn to a string give the concatenation of what each of its
 * characters becomes alone; this table is all `compileCharmap` needs, including for the ~1,000 presentation forms.
 * Computed once per character the steps touch (~130), not once per character of the table: this runs at every start,
 * in V8's interpreter, and composing the steps for each presentation form cost ~10 ms of a one-line run.
 */
function composeSteps(tables: readonly Map<number, string>[]): Map<number, string> {
  const composed = new Map<number, string>();
  // forEach and an index rather than for…of: each step of an iterator is an object in V8's interpreter (see mapEach).
  for (const table of tables) {
    table.forEach((_, cp) => {
      if (composed.has(cp)) return;
      let s = String.fromCharCode(cp);
      for (let t = 0; t < tables.length; t++) s = mapEach(tables[t], s);
      composed.set(cp, s);
    });
  }
  return composed;
}

/**
 * Each UTF-16 code unit of `input` through `map` (a code unit it lacks is kept). The maps hold code points of the
 * Basic Multilingual Plane only, so a surrogate is kept either way, as a whole code point would be. Written to
 * allocate nothing when nothing changes and no string per character: it runs at every start, and what it allocates
 * adds to V8's first young-generation collections, which cost a one-line run milliseconds.
 */
function mapEach(map: ReadonlyMap<number, string>, input: string): string {
  let out: string | undefined;
  for (let i = 0; i < input.length; i++) {
    const r = map.get(input.charCodeAt(i));
    if (r !== undefined) out = (out ?? input.slice(0, i)) + r;
    else if (out !== undefined) out += input[i];
  }
  return out ?? input;
}

/** Presentation forms are decomposed with Unicode's own compatibility mapping (NFKC), then the steps apply. */
function isPresentationForm(cp: number): boolean {
  return (cp >= 0xfb50 && cp <= 0xfdff) || (cp >= 0xfe70 && cp <= 0xfefe);
}

export function compileCharmap(steps: readonly CharmapStep[] = NORMALIZATION_STEPS): CompiledCharmap {
  const single = new Uint16Array(0x10000);
  const multi = new Map<number, string>();
  const attached = new Uint8Array(0x10000);
  for (const step of steps) {
    if (!step.attachesToPrevious) continue;
    for (const ch of Object.keys(step.chars ?? {})) attached[ch.charCodeAt(0)] = 1;
    for (const [lo, hi] of step.ranges ?? []) attached.fill(1, lo, hi + 1);
  }
  const put = (cp: number, rep: string) => {
    if (rep === String.fromCharCode(cp)) return;
    if (rep === '') single[cp] = DELETE;
    else if (rep.length === 1) single[cp] = rep.charCodeAt(0);
    else {
      single[cp] = MULTI;
      multi.set(cp, rep);
    }
  };
  const composed = composeSteps(steps.map(stepTable));
  for (const [cp, rep] of composed) if (!isPresentationForm(cp)) put(cp, rep);

  const forms: number[] = [];
  for (let cp = 0xfb50; cp <= 0xfefe; cp++) if (isPresentationForm(cp)) forms.push(cp);
  // One call to ICU for all of them, a form per line: NFKC never combines characters across a line break (a
  // starter that composes with nothing), so each line decomposes as the form alone would.
  const lines = new Uint16Array(forms.length * 2).fill(0x0a);
  forms.forEach((cp, i) => (lines[2 * i] = cp));
  const decomposed = String.fromCharCode.apply(null, lines as unknown as number[]).normalize('NFKC').split('\n');
  forms.forEach((cp, i) => {
    const rep = mapEach(composed, decomposed[i]);
    // Isolated presentation forms of vowel marks decompose to a space plus the mark: keep neither.
    put(cp, rep.trim() === '' ? '' : rep);
  });
  return { single, multi, attached };
}
