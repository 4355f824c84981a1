/**
 * People no lexicon lists, found from context: a title before the name (الرئيس الفرنسي إيمانويل ماكرون), a given
 * name starting it (محمد حسني مبارك), or a verb of saying before a lone surname (وقال بيسكوف: …).
 */
import { TokenKind } from '../../text/tokenize.js';
import type { Candidate } from '../candidate.js';
import { isNisba, NAME_PARTICLES, RuleStart, type PhraseMatch, type RuleContext } from './context.js';
import { TokenTrie } from '../../lexicon/trie.js';
import { follows } from '../word-before.js';
import type { ListEntry, RuleLists } from './wordlists.js';

const MAX_NAME_TOKENS = 4;
/** What may stand between a title and the name: nationality, place or organization ("وزير خارجية روسيا"). */
const SKIPPABLE: ReadonlySet<string> = new Set(['NORP', 'LOC', 'ORG']);
const MAX_SKIPS = 3;
const PERSON: ReadonlySet<string> = new Set(['PER']);

/** Particles that are also Arabic function words (لا "not", لو "if"): inside a name only after another (دي لا هويا). */
const FUNCTION_WORD_PARTICLES: ReadonlySet<string> = new Set(['لا', 'لو']);

const CONFIDENCE_TITLE = 0.75;
const CONFIDENCE_GIVEN = 0.7;
const CONFIDENCE_SAYING = 0.6;
const CONFIDENCE_LONE_GIVEN = 0.5;

/**
 * The last token of a name starting at token j, or undefined. `firstKnown`: the first token must be a known name
 * word; `continuing`: the name already has a word before j (a given name).
 */
function readName(ctx: RuleContext, j: number, firstKnown: boolean, continuing = false): number | undefined {
  // A name the lexicon knows ends where the lexicon says.
  const known = ctx.lexiconAt(j, PERSON);
  if (known) {
    // وشاهين ونور الشريف: a proclitic before a known name starts the next name of a list, not this one.
    if (continuing && known.start > ctx.tokens[j].start) return undefined;
    return ctx.lastTokenOf(known);
  }
  // An ambiguous one (الرئيس جورج بوش: which Bush?) bounds the name too, unless another known name word follows
  // (سعيد صيام); the rule's mention carries no id.
  const maybe = ctx.lexiconAt(j, PERSON, true);
  const oneWord = maybe !== undefined && ctx.lastTokenOf(maybe) === j;
  const plainWord = oneWord && (ctx.isOrdinaryWord(ctx.tokens[j].norm) || ctx.lists.givenNameWords.has(ctx.tokens[j].norm));
  if (maybe && maybe.start === ctx.tokens[j].start && !plainWord) {
    const end = ctx.lastTokenOf(maybe);
    const next = ctx.tokens[end + 1];
    if (!next || next.lineBreakBefore || !ctx.isKnownName(end + 1)) return end;
  }
  // A name may open with particles (أبو مازن after a title, بن راشد after محمد): they count with the word after them.
  let first = j;
  while (first < ctx.tokens.length && NAME_PARTICLES.has(ctx.tokens[first].norm)) first++;
  if (first > j) {
    const rest = readName(ctx, first, false, true);
    return rest === undefined || ctx.tokens[first].lineBreakBefore ? undefined : rest;
  }
  // After a given name a definite word is a family name or nisba (محمد القباج, فيصل السويدي), not a new phrase.
  if (!ctx.isNameToken(j, !continuing, continuing)) return undefined;
  if (firstKnown && !ctx.isKnownName(j)) return undefined;
  let last = j;
  let count = 1;
  for (let k = j + 1; k < ctx.tokens.length && count < MAX_NAME_TOKENS; k++) {
    if (ctx.tokens[k].lineBreakBefore) break;
    const word = ctx.tokens[k].norm;
    // A given name of two words (عبد الله, نور الدين) is one step of the name.
    const compound = ctx.phraseAt(ctx.lists.givenNames, k, false);
    if (compound && compound.last > k) {
      last = compound.last;
      k = compound.last;
      count++;
      continue;
    }
    if (NAME_PARTICLES.has(word)) {
      if (FUNCTION_WORD_PARTICLES.has(word) && !NAME_PARTICLES.has(ctx.tokens[k - 1].norm)) break;
      // بن أبي وقاص: particles may follow each other; a name word must come after them.
      let n = k + 1;
      while (n < ctx.tokens.length && NAME_PARTICLES.has(ctx.tokens[n].norm)) n++;
      if (!ctx.isNameToken(n, false)) break;
      continue;
    }
    if (!ctx.isNameToken(k, false)) break;
    // After a surname the lexicon knows (بوش, not a given name), only another known name word continues the name:
    // "الرئيس بوش تجاوز" stops at بوش.
    if (ctx.isKnownSurname(k - 1) && !ctx.isKnownName(k)) break;
    last = k;
    count++;
  }
  return regnalEnd(ctx, last + 1) ?? last;
}

const ORDINALS = ['الاول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع', 'العاشر', 'الحادي'];

/** The last token of a regnal number at token k (الأول, الثالث عشر), or undefined: خايمي الأول, تشارلز الثاني. */
function regnalEnd(ctx: RuleContext, k: number): number | undefined {
  const t = ctx.tokens[k];
  if (!t || t.lineBreakBefore || !ORDINALS.includes(t.norm)) return undefined;
  const teen = ctx.tokens[k + 1];
  return teen && !teen.lineBreakBefore && teen.norm === 'عشر' ? k + 1 : t.norm === 'الحادي' ? undefined : k;
}

function candidate(ctx: RuleContext, start: number, last: number, confidence: number, rule: string): Candidate {
  return { start, end: ctx.tokens[last].end, type: 'PER', source: 'rule', confidence, rule };
}


/** A title word without the article, a pronoun suffix or an abbreviation point governs a genitive complement. */
function isConstruct(word: string): boolean {
  return !word.startsWith('ال') && !word.endsWith('.') && !/(?:ه|ها)$/.test(word);
}

/** Is a matched title in the construct state? Its own last word says, not the token: والسيد is as definite as السيد. */
function titleIsConstruct(title: PhraseMatch): boolean {
  return isConstruct(title.entry.keys[title.entry.keys.length - 1]);
}

/** Title, then nationality/place/organization/modifiers, then the name. */
function afterTitle(ctx: RuleContext, i: number, out: Candidate[]): void {
  const title = ctx.phraseAt(ctx.lists.titles, i);
  if (!title) return;
  let j = title.last + 1;
  // A title in the construct state (رئيس, ملك, وزير) governs a complement first: ملك أراجون خايمي, رئيس بعثة X.
  if (titleIsConstruct(title)) {
    const lex = ctx.lexiconAt(j, SKIPPABLE);
    if (lex) j = ctx.lastTokenOf(lex) + 1;
    else if (j < ctx.tokens.length && ctx.tokens[j].kind === TokenKind.Arabic && !ctx.tokens[j].lineBreakBefore) j++;
    else return;
  }
  let skipped = 0;
  for (let skips = 0; skips < MAX_SKIPS && j < ctx.tokens.length; skips++) {
    if (ctx.tokens[j].lineBreakBefore) return;
    const lex = ctx.lexiconAt(j, SKIPPABLE);
    if (lex) j = ctx.lastTokenOf(lex) + 1;
    else if (ctx.lists.modifiers.has(ctx.tokens[j].norm) || isNisba(ctx.tokens[j].norm)) j++;
    else break;
    skipped++;
  }
  if (j >= ctx.tokens.length || ctx.tokens[j].lineBreakBefore) return;
  // A person the lexicon knows from here is the lexicon's to bound, proclitic and all (الرئيس الفرنسي وبإيمانويل
  // ماكرون): the rule's span from the token's start would win as the longer one, and lose the link.
  if (ctx.lexiconAt(j, PERSON)) return;
  // An ambiguous title (العالم: "the scientist" or "the world") counts before a nationality or a known name only.
  const last = readName(ctx, j, title.entry.ambiguous && skipped === 0);
  if (last !== undefined) out.push(candidate(ctx, ctx.tokens[j].start, last, CONFIDENCE_TITLE, 'person-title'));
}

/**
 * A given name and what follows it. A lone given name counts with less confidence (0.7 before a verb of saying, 0.5
 * elsewhere), and not where a head names a thing after the person (سورة يوسف, جائزة أوسكار).
 */
function fromGivenName(ctx: RuleContext, i: number, out: Candidate[]): void {
  const given = ctx.phraseAt(ctx.lists.givenNames, i);
  // A name the lexicon knows from here (راؤول غونزاليس) is the lexicon's to bound.
  if (!given || ctx.lexiconAt(i, PERSON)) return;
  const next = given.last + 1;
  const more = next < ctx.tokens.length && !ctx.tokens[next].lineBreakBefore ? readName(ctx, next, given.entry.ambiguous, true) : undefined;
  // محمد ب.: a name shortened to an initial, as court and police reports write it; تشارلز الأول: a regnal number.
  const shortened = given.entry.ambiguous ? undefined : (initialAt(ctx, next) ?? regnalEnd(ctx, next));
  if (shortened !== undefined) {
    out.push(candidate(ctx, given.start, shortened, CONFIDENCE_GIVEN, 'person-given-name'));
  } else if (more !== undefined) {
    out.push(candidate(ctx, given.start, more, CONFIDENCE_GIVEN, 'person-given-name'));
  } else if (!given.entry.ambiguous && ctx.lists.sayingVerbs.has(ctx.tokens[next]?.norm ?? '')) {
    out.push(candidate(ctx, given.start, given.last, CONFIDENCE_GIVEN, 'person-given-name'));
  } else if (!given.entry.ambiguous && given.start === ctx.tokens[i].start && loneNameStandsAlone(ctx, i, next)) {
    // Without a proclitic: لدينا, فيصل ("so it arrives"), لجان read as ل + a name far more often than not (with و
    // or ب only, measured: 38 % precision).
    out.push(candidate(ctx, given.start, given.last, CONFIDENCE_LONE_GIVEN, 'person-lone-given-name'));
  }
}

/** The index of the point after a one-letter initial at token k (ب.), or undefined. */
function initialAt(ctx: RuleContext, k: number): number | undefined {
  const t = ctx.tokens[k];
  const point = ctx.tokens[k + 1];
  if (!t || t.lineBreakBefore || t.kind !== TokenKind.Arabic || t.norm.length !== 1) return undefined;
  return point && point.norm === '.' && point.start === t.end ? k + 1 : undefined;
}

/** A given name alone is a person unless a head before it names something after him, or a name part follows. */
function loneNameStandsAlone(ctx: RuleContext, i: number, next: number): boolean {
  if (follows(ctx.tokens, ctx.tokens[i].start, ctx.lists.namedAfter, ctx.lists.headWords)) return false;
  const after = ctx.tokens[next];
  return !after || after.lineBreakBefore || !NAME_PARTICLES.has(after.norm);
}

/**
 * `وقال بيسكوف:` / `وقال نيتشيرفان برزاني رئيس الوزراء`: a verb of saying, then one to three name words, then
 * punctuation, أن/إن, or a title in apposition.
 */
function afterSaying(ctx: RuleContext, i: number, out: Candidate[]): void {
  const verb = ctx.phraseAt(sayingTrie(ctx.lists), i);
  if (!verb) return;
  const j = verb.last + 1;
  const t = ctx.tokens[j];
  if (!t || t.kind !== TokenKind.Arabic) return;
  // A person the lexicon knows from here is the lexicon's to bound, proclitic and all: قال لبيسكوف ("said to
  // Peskov") is بيسكوف, where the rule's whole word would have won as the longer span.
  if (ctx.lexiconAt(j, PERSON)) return;
  // وقال البدري مدير الكرة: a definite one-word name only when a title in apposition follows it.
  if (t.norm.startsWith('ال') && t.norm.length >= 5 && ctx.isNameToken(j, false)) {
    const title = ctx.phraseAt(ctx.lists.titles, j + 1);
    if (title && !ctx.tokens[j + 1].lineBreakBefore && titleIsConstruct(title)) out.push(candidate(ctx, t.start, j, CONFIDENCE_SAYING, 'person-saying'));
    return;
  }
  if (t.norm.startsWith('ال') || !ctx.isNameToken(j, true)) return;
  let last = j;
  while (last - j < 2 && ctx.isNameToken(last + 1, false) && !ctx.phraseAt(ctx.lists.titles, last + 1)) last++;
  const after = ctx.tokens[last + 1];
  const closes = !after || after.lineBreakBefore || after.kind === TokenKind.Punct || THAT.has(after.norm) || ctx.phraseAt(ctx.lists.titles, last + 1) !== undefined || closesSubject(ctx, last + 1);
  if (!closes) return;
  out.push(candidate(ctx, t.start, last, CONFIDENCE_SAYING, 'person-saying'));
}

const THAT = new Set(['ان', 'انه', 'انها', 'انهم']);
/** Words that follow the subject of a verb of saying: a relative, a preposition of the statement, a time. */
const AFTER_SUBJECT = new Set(['الذي', 'التي', 'في', 'خلال', 'امام', 'لدي', 'عقب', 'بعد', 'اثناء', 'يوم', 'مساء', 'صباح', 'امس', 'اليوم', 'عن', 'علي']);

/**
 * Does token k close the subject of a verb of saying (`وقال باتشان الذي …`, `وقال بوش أمس`)? Tried and dropped: a
 * second subject joined by و, and an addressee with ل (للصحفيين): 36 % precision.
 */
function closesSubject(ctx: RuleContext, k: number): boolean {
  const t = ctx.tokens[k];
  return ctx.isDate(k) || AFTER_SUBJECT.has(t.norm);
}

const sayingTries = new WeakMap<object, TokenTrie<ListEntry>>();
/** The verbs of saying as a trie, so that the same proclitic analysis applies to them (وقال, فأضاف). */
export function sayingTrie(lists: RuleLists): TokenTrie<ListEntry> {
  let trie = sayingTries.get(lists);
  if (!trie) {
    trie = new TokenTrie<ListEntry>();
    for (const v of lists.sayingVerbs) trie.add([v], { keys: [v], ambiguous: false, flag: '', line: 0, hamza: false });
    sayingTries.set(lists, trie);
  }
  return trie;
}

/** عن, "from", before the name of whom a report quotes. */
const REPORTED_FROM = 'عن';
const QUOTED = new Set(['قوله', 'قولها', 'تاكيده', 'تاكيدها', 'تصريحه', 'تصريحها']);

/** `نقلت الوكالة عن ستانيشيف قوله`: عن, one to three name words, then قوله (his saying). */
function reportedFrom(ctx: RuleContext, i: number, out: Candidate[]): void {
  if (ctx.tokens[i].norm !== REPORTED_FROM) return;
  const j = i + 1;
  if (j >= ctx.tokens.length || ctx.tokens[j].lineBreakBefore || !ctx.isNameToken(j, true)) return;
  let last = j;
  while (last - j < 2 && !QUOTED.has(ctx.tokens[last + 1]?.norm ?? '') && ctx.isNameToken(last + 1, false)) last++;
  const after = ctx.tokens[last + 1];
  if (!after || after.lineBreakBefore || !QUOTED.has(after.norm)) return;
  out.push(candidate(ctx, ctx.tokens[j].start, last, CONFIDENCE_SAYING, 'person-reported'));
}

/** Words that begin a kunya or a patronymic name: أبو بكر, أبي هريرة, ابن خلدون. */
const NAME_OPENERS = new Set(['ابو', 'ابا', 'ابي', 'ابن', 'ام']);

/** The openers with a proclitic (و ف ل ب) in front, listed once: no new strings for every word. */
const OPENERS_AFTER_PROCLITIC = new Set([...'وفلب'].flatMap((p) => [...NAME_OPENERS].map((o) => p + o)));

/** `أبو هريرة`, `ابن خلدون`: a kunya or patronymic opener and the name words after it. */
function fromKunya(ctx: RuleContext, i: number, out: Candidate[]): void {
  const t = ctx.tokens[i];
  let prefix = 0;
  if (!NAME_OPENERS.has(t.norm)) {
    // وأبو, لأبي: the same through a proclitic.
    if (t.norm.length < 4 || !OPENERS_AFTER_PROCLITIC.has(t.norm)) return;
    prefix = 1;
  }
  const next = i + 1;
  if (next >= ctx.tokens.length || ctx.tokens[next].lineBreakBefore) return;
  const last = readName(ctx, next, false, true);
  if (last === undefined) return;
  out.push(candidate(ctx, t.start + prefix, last, CONFIDENCE_GIVEN, 'person-kunya'));
}

const NATIONALITY: ReadonlySet<string> = new Set(['NORP']);
const CONFIDENCE_NATIONALITY = 0.6;
/** How many tokens on either side a word of sports reporting may stand: about a clause. */
const SPORT_RADIUS = 8;

/**
 * `فاز الصربي يانكو تيبساروفيتش على …`: in sports reporting, a definite singular nationality adjective, then a name.
 * Outside it the same pattern is mostly an adjective and the next word of the sentence (38 % precision, measured);
 * with a word of sports reporting within a clause it is a name (65 % on ANERcorp, more on AQMAR).
 */
function afterNationality(ctx: RuleContext, i: number, out: Candidate[]): void {
  const norp = ctx.lexiconAt(i, NATIONALITY);
  if (!norp) return;
  const t = ctx.tokens[i];
  const matched = t.norm.slice(norp.start - t.start);
  if (!isNisba(matched)) return;
  const j = ctx.lastTokenOf(norp) + 1;
  if (j >= ctx.tokens.length || ctx.tokens[j].lineBreakBefore || !ctx.nearSportWord(i, SPORT_RADIUS)) return;
  const last = readName(ctx, j, false);
  if (last !== undefined) out.push(candidate(ctx, ctx.tokens[j].start, last, CONFIDENCE_NATIONALITY, 'person-nationality'));
}

/**
 * Whether the word of token i can begin a person by a title, a given name, a verb of saying, a kunya or a report:
 * each of those rules first asks something of the word alone. (afterNationality asks the lexicon candidates.)
 */
function beginsPersonRule(ctx: RuleContext, i: number): boolean {
  const word = ctx.tokens[i].norm;
  return (
    ctx.opensTrie(ctx.lists.titles, i) ||
    ctx.opensTrie(ctx.lists.givenNames, i) ||
    ctx.opensTrie(sayingTrie(ctx.lists), i) ||
    NAME_OPENERS.has(word) ||
    OPENERS_AFTER_PROCLITIC.has(word) ||
    word === REPORTED_FROM
  );
}

export function findPersonCandidates(ctx: RuleContext): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (ctx.tokens[i].kind !== TokenKind.Arabic) continue;
    // Most words begin none of these rules: known from the word's lexeme, without asking each rule.
    if (ctx.mayStart(i, RuleStart.Person, beginsPersonRule)) {
      afterTitle(ctx, i, out);
      fromGivenName(ctx, i, out);
      afterSaying(ctx, i, out);
      fromKunya(ctx, i, out);
      reportedFrom(ctx, i, out);
    }
    afterNationality(ctx, i, out);
  }
  return out;
}
