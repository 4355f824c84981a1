/**
 * Token-per-line CoNLL: one token and one or more tag columns per line, sentences separated by blank lines.
 * Tags in IOB1 or IOB2: a span starts at B-X, or at I-X after anything but X (conlleval's convention).
 */

export interface ConllToken {
  text: string;
  tag: string;
}

export interface ConllSpan {
  /** Token indices into the whole corpus, inclusive. */
  first: number;
  last: number;
  type: string;
}

export interface ConllCorpus {
  sentences: ConllToken[][];
}

/** `column` is the tag column, 1-based from the token; default: the last column of each line. */
export function parseConll(text: string, column?: number): ConllCorpus {
  const sentences: ConllToken[][] = [];
  let current: ConllToken[] = [];
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('-DOCSTART-')) {
      if (current.length) sentences.push(current);
      current = [];
      continue;
    }
    const cols = line.split(/\s+/);
    const tag = cols.length === 1 ? 'O' : column !== undefined ? (cols[column] ?? 'O') : cols[cols.length - 1];
    current.push({ text: cols[0], tag });
  }
  if (current.length) sentences.push(current);
  return { sentences };
}

function split(tag: string): [string, string] {
  if (tag === 'O' || tag === '') return ['O', ''];
  const m = /^([BIES])[-_](.+)$/.exec(tag);
  return m ? [m[1], m[2]] : ['I', tag];
}

/** Gold spans from tags, over the corpus' tokens in order (sentence boundaries end spans). */
export function spansFromTags(sentences: readonly ConllToken[][]): ConllSpan[] {
  const spans: ConllSpan[] = [];
  let index = 0;
  for (const sentence of sentences) {
    let open: ConllSpan | undefined;
    for (const token of sentence) {
      const [prefix, type] = split(token.tag);
      if (prefix === 'O') open = undefined;
      else if (prefix === 'B' || prefix === 'S' || !open || open.type !== type) {
        open = { first: index, last: index, type };
        spans.push(open);
      } else open.last = index;
      if (prefix === 'S' || prefix === 'E') open = undefined;
      index++;
    }
  }
  return spans;
}

export interface ConllDocument {
  /** Sentences joined: tokens by single spaces, sentences by line breaks. */
  text: string;
  /** Character offsets of each corpus token in `text`. */
  starts: number[];
  ends: number[];
}

export function documentOf(sentences: readonly ConllToken[][]): ConllDocument {
  const starts: number[] = [];
  const ends: number[] = [];
  let text = '';
  sentences.forEach((sentence, s) => {
    if (s > 0) text += '\n';
    sentence.forEach((token, t) => {
      if (t > 0) text += ' ';
      starts.push(text.length);
      text += token.text;
      ends.push(text.length);
    });
  });
  return { text, starts, ends };
}

/** The tokens a character span touches: [first, last], or undefined when it touches none. */
export function tokensTouched(doc: ConllDocument, start: number, end: number): [number, number] | undefined {
  // First token whose end is after start.
  let lo = 0;
  let hi = doc.ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.ends[mid] <= start) lo = mid + 1;
    else hi = mid;
  }
  if (lo >= doc.starts.length || doc.starts[lo] >= end) return undefined;
  let last = lo;
  while (last + 1 < doc.starts.length && doc.starts[last + 1] < end) last++;
  return [lo, last];
}
