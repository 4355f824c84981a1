/**
 * Splits normalized text into tokens with offsets. Word boundaries are Unicode-aware: Arabic letters, other letters
 * (Latin, Cyrillic…), digit runs, and single punctuation or symbol characters. Hyphens and slashes are tokens of
 * their own, so `الروسية-الأوكرانية` is two words and `مارس/آذار` two month names.
 */
import { classOfCodeUnit, Cls, readSavedClasses } from './char-classes.js';
import { FNV_OFFSET, fnvStep } from './fnv.js';

export const enum TokenKind {
  Arabic = 1,
  Latin = 2,
  Digits = 3,
  Punct = 4,
}

export interface Token {
  /** The normalized text of the token. */
  norm: string;
  /** Offsets into the normalized text. */
  start: number;
  end: number;
  kind: TokenKind;
  /** True when a line break separates this token from the previous one. */
  lineBreakBefore: boolean;
}

const classes = new Uint8Array(0x10000);
/** Whether the saved classes were tried (they fill the whole table at once when they can be used). */
let triedSaved = false;

function classify(c: number): Cls {
  const k = classes[c];
  if (k !== Cls.Unknown) return k;
  if (!triedSaved) {
    triedSaved = true;
    if (readSavedClasses(classes)) return classes[c];
  }
  return (classes[c] = classOfCodeUnit(c));
}

function kindOf(cls: Cls): TokenKind {
  return cls === Cls.Arabic ? TokenKind.Arabic : cls === Cls.Digit ? TokenKind.Digits : TokenKind.Latin;
}

/**
 * The text of the token at `text[start, end)`, whose code units hash to `hash` (`hashRange` in text/fnv.ts). A
 * caller that keeps the words it has seen (the vocabulary) gives back its own copy, so that the document is not
 * sliced once per token; the hash is made as the tokenizer reads the token, so that the caller does not read it a
 * second time to look it up.
 */
export type WordText = (text: string, start: number, end: number, kind: TokenKind, hash: number) => string;


const sliceWord: WordText = (text, start, end) => text.slice(start, end);

export function tokenize(text: string, wordText: WordText = sliceWord): Token[] {
  const tokens: Token[] = [];
  tokenizeInto(text, tokens, wordText);
  return tokens;
}

/**
 * Tokenizes `text` into `tokens`, overwriting the token objects already there, for a caller that tokenizes document
 * after document (vocabulary.ts). Returns the number of tokens; those after it are left over from an earlier text.
 */
export function tokenizeInto(text: string, tokens: Token[], wordText: WordText = sliceWord): number {
  let n = 0;
  const len = text.length;
  let i = 0;
  let lineBreak = false;
  while (i < len) {
    const c = text.charCodeAt(i);
    const cls = classify(c);
    if (cls === Cls.Space) {
      i++;
      continue;
    }
    if (cls === Cls.Newline) {
      lineBreak = true;
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    let hash = fnvStep(FNV_OFFSET, c);
    if (cls === Cls.Arabic || cls === Cls.Letter || cls === Cls.Digit) {
      i++;
      while (i < len) {
        const code = text.charCodeAt(i);
        const next = classify(code);
        if (next !== cls && (next !== Cls.Mark || cls === Cls.Digit)) break;
        hash = fnvStep(hash, code);
        i++;
      }
      kind = kindOf(cls);
    } else if (cls === Cls.HighSurrogate) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        hash = fnvStep(hash, next);
        i += 2;
      } else i++;
      kind = TokenKind.Punct;
    } else {
      // A stray combining mark or a punctuation or symbol character stands alone.
      i++;
      kind = TokenKind.Punct;
    }
    const norm = wordText(text, start, i, kind, hash);
    if (n < tokens.length) {
      const t = tokens[n];
      t.norm = norm;
      t.start = start;
      t.end = i;
      t.kind = kind;
      t.lineBreakBefore = lineBreak;
    } else tokens.push({ norm, start, end: i, kind, lineBreakBefore: lineBreak });
    n++;
    lineBreak = false;
  }
  return n;
}
