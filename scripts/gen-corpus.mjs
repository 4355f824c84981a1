#!/usr/bin/env node
/**
 * Builds N MB of Arabic news-like text for the benchmark, from the project's OWN fixtures (fixtures/**\/*.txt) only.
 *
 * Usage: node scripts/gen-corpus.mjs [--mb N] [--out DIR] [--files K] [--file-format lines|text] [--no-big]
 *                                    [--seed S] [--swap-rate R] [--json]
 *
 *   --mb N          total size in MB (1 MB = 1,000,000 bytes of UTF-8); default 20
 *   --out DIR       where to write; default a fresh temporary folder (os.tmpdir()/arner-corpus-*). Never inside the repo.
 *   --files K       also write the same articles split over K files (DIR/files/part-00001.txt …), ~N/K MB each
 *   --file-format   for the K files: `lines` (default, one article per line, like the big file) or `text`
 *                   (paragraphs on their own lines, articles separated by a blank line: one document per file)
 *   --no-big        with --files: do not write the big file
 *   --seed S        PRNG seed (default 42); the same seed, fixtures and lexicons give the same bytes
 *   --swap-rate R   chance (0–1) that an article replaces a fixture entity with another lexicon entry of the same
 *                   type and subtype (default 0.3; 0 = fixture names only)
 *   --new-words R   share (0–1) of sentences given a clause of words from an open vocabulary, so that new words keep
 *                   coming as in real news (default 1; 0 = the fixtures' words only, the corpus of every benchmark
 *                   run before 2026-11-30 11:00 UTC)
 *   --latin-rate R  chance (0–1) that a swapped-in name is followed by its English label in parentheses (default
 *                   0.015; 0 before 2026-11-30 11:00 UTC)
 *   --json          print the summary as JSON instead of text
 *
 * The big file DIR/corpus.txt holds one article per line (`date YYYY-MM-DD ` then its paragraphs joined by a
 * space), the shape `arner --input lines` reads. Each article is 4–23 paragraphs drawn at random (seeded) from the
 * sentences of the fixtures, with a little variation so the corpus is not one repeated document: numbers, years,
 * month pairs (يوليو/تموز) and weekdays are redrawn, proclitics (و ب ل ف ك) are sometimes attached to entity
 * mentions, and, where a `.gold.json` sits beside a fixture, its PER/LOC/ORG mentions are sometimes replaced by
 * another lexicon entry's Arabic name (consistently within the article), sometimes glossed with the entry's English
 * label in Latin letters; every sentence gets a clause of words from an open vocabulary, so that the corpus keeps
 * bringing words it has not used before, as news does (see openVocabulary).
 *
 * Plain Node 20 ESM, no dependencies. Also importable: `generateCorpus(options)` returns the summary.
 */
import { parseArgs as parseCliArgs } from 'node:util';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, realpathSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const MB = 1_000_000;

/** mulberry32: small, fast, good enough for shuffling text. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (r, lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
const pick = (r, list) => list[Math.floor(r() * list.length)];

/** The same date line src/refdate.ts recognizes, so a fixture's own date line is not copied into articles. */
const DATE_LINE = /^[\s\uFEFF]*(?:date|dateline|التاريخ|تاريخ)\s*[:：]?\s*\d{4}-\d{2}-\d{2}\s*/iu;

const MONTH_PAIRS = [
  'يناير/كانون الثاني', 'فبراير/شباط', 'مارس/آذار', 'أبريل/نيسان', 'مايو/أيار', 'يونيو/حزيران',
  'يوليو/تموز', 'أغسطس/آب', 'سبتمبر/أيلول', 'أكتوبر/تشرين الأول', 'نوفمبر/تشرين الثاني', 'ديسمبر/كانون الأول',
];
const MONTH_PAIR_RE = new RegExp(MONTH_PAIRS.map((p) => p.replace('/', '\\s*/\\s*')).join('|'), 'gu');
const WEEKDAYS = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];
const WEEKDAY_RE = new RegExp(`(?<=^|[\\s"«(]|[\\s"«(]و)(?:${WEEKDAYS.join('|')})(?=$|[\\s،.,:؛"»)])`, 'gu');
const PROCLITICS = ['و', 'و', 'و', 'ب', 'ب', 'ل', 'ل', 'وب', 'ول', 'ف', 'ك'];
const ARABIC_LETTER = /\p{Script=Arabic}/u;
/** Share of sentences given a clause of open-vocabulary words (see openVocabulary). */
const DEFAULT_NEW_WORDS = 1;
/** Chance that a swapped-in foreign name is glossed in Latin letters. */
const DEFAULT_LATIN_RATE = 0.015;

/** Every fixtures/**\/*.txt, sorted, with its gold mentions when a .gold.json sits beside it. */
export function loadFixtures(root = ROOT) {
  const dir = join(root, 'fixtures');
  const files = readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  if (files.length === 0) throw new Error(`no fixtures/**/*.txt under ${dir}`);
  return files.map((f) => {
    const path = join(dir, f);
    let text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
    const goldPath = path.replace(/\.txt$/, '.gold.json');
    let mentions = [];
    if (existsSync(goldPath)) {
      try {
        mentions = (JSON.parse(readFileSync(goldPath, 'utf8')).mentions ?? []).filter(
          (m) => Number.isInteger(m.start) && Number.isInteger(m.end) && text.slice(m.start, m.end) === m.text,
        );
      } catch {
        mentions = [];
      }
    }
    const head = DATE_LINE.exec(text);
    if (head) {
      const cut = head[0].length;
      text = text.slice(cut);
      mentions = mentions.filter((m) => m.start >= cut).map((m) => ({ ...m, start: m.start - cut, end: m.end - cut }));
    }
    return { path: relative(root, path), text, mentions };
  });
}

/** Sentences of every fixture, each with the gold mentions inside it (offsets relative to the sentence). */
export function sentencePool(fixtures) {
  const pool = [];
  for (const fx of fixtures) {
    const mentions = [...fx.mentions].sort((a, b) => a.start - b.start);
    const lineRe = /[^\n]+/g;
    for (let line; (line = lineRe.exec(fx.text)); ) {
      // Split a paragraph after . ! ? ؟ (and a closing quote) followed by space.
      const cuts = [0];
      const endRe = /[.!?؟]["»”]?\s+/g;
      for (let m; (m = endRe.exec(line[0])); ) cuts.push(m.index + m[0].length);
      cuts.push(line[0].length);
      for (let i = 0; i + 1 < cuts.length; i++) {
        const raw = line[0].slice(cuts[i], cuts[i + 1]);
        const lead = raw.length - raw.trimStart().length;
        const text = raw.trim();
        if (!ARABIC_LETTER.test(text)) continue;
        const from = line.index + cuts[i] + lead;
        const to = from + text.length;
        const inside = mentions
          .filter((m) => m.start >= from && m.end <= to)
          .map((m) => ({ type: m.type, id: m.id, start: m.start - from, end: m.end - from }));
        const kept = [];
        for (const m of inside) if (kept.length === 0 || kept[kept.length - 1].end <= m.start) kept.push(m);
        pool.push({ text, mentions: kept });
      }
    }
  }
  if (pool.length === 0) throw new Error('the fixtures hold no Arabic sentence');
  return pool;
}

/** Arabic names of lexicon entries, grouped by `type:subtype` and by type, for swapping entity mentions. */
export function namePool(root = ROOT) {
  const byKey = new Map();
  const dir = join(root, 'lexicons', 'entries');
  if (!existsSync(dir)) return byKey;
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.tsv')).sort()) {
    let header;
    for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
      if (line.startsWith('#') || line.trim() === '') continue;
      const cols = line.split('\t');
      if (!header) {
        header = cols;
        continue;
      }
      const row = Object.fromEntries(header.map((h, i) => [h.trim(), (cols[i] ?? '').trim()]));
      if (!row.ar || row.ar.startsWith('?') || !['PER', 'LOC', 'ORG'].includes(row.type)) continue;
      for (const key of [`${row.type}:${row.subtype ?? ''}`, row.type]) {
        if (!byKey.has(key)) byKey.set(key, []);
        byKey.get(key).push({ id: row.id, ar: row.ar, en: row.en || undefined });
      }
    }
  }
  return byKey;
}

/** What kind of entry an id is, for choosing a replacement of the same kind (country for country, …). */
function kindOf(id, type) {
  if (!id) return type;
  const prefix = id.split(':')[0];
  if (prefix === 'country') return 'LOC:country';
  if (prefix === 'city') return 'LOC:city';
  return type;
}

function varyNumbers(r, s) {
  return s.replace(/\d+/g, (d) => {
    if (r() < 0.3) return d;
    const n = Number(d);
    if (d.length === 4 && n >= 1900 && n <= 2100) return String(int(r, 1995, 2025));
    if (d.length <= 2 && n >= 1 && n <= 31) return String(int(r, 1, 28));
    const lo = 10 ** (d.length - 1);
    return String(int(r, d.length === 1 ? 0 : lo, lo * 10 - 1));
  });
}

function varyDates(r, s) {
  return s
    .replace(MONTH_PAIR_RE, (m) => (r() < 0.6 ? pick(r, MONTH_PAIRS) : m))
    .replace(WEEKDAY_RE, (m) => (r() < 0.6 ? pick(r, WEEKDAYS) : m));
}

function attach(prefix, word) {
  // ل + ال… is written لل… (للأمم), not لال….
  if (prefix.endsWith('ل') && word.startsWith('ال')) return prefix + word.slice(1);
  return prefix + word;
}

/** One sentence rendered for one article: entity swaps, proclitics, English glosses, numbers and dates varied. */
function renderSentence(r, unit, swaps, vary) {
  let out = '';
  let at = 0;
  for (const m of unit.mentions) {
    out += unit.text.slice(at, m.start);
    let surface = unit.text.slice(m.start, m.end);
    let gloss;
    if (m.id && (m.type === 'PER' || m.type === 'LOC' || m.type === 'ORG')) {
      const swapped = swaps(m.id, m.type);
      if (swapped) surface = swapped.ar;
      const before = unit.text[m.start - 1];
      const free = m.start === 0 || /[\s"«(]/u.test(before);
      if (free && r() < 0.12) surface = attach(pick(r, PROCLITICS), surface);
      // News copy glosses a foreign name in Latin letters now and then: `ماكرون (Emmanuel Macron)`.
      if (swapped?.en && r() < vary.latinRate) gloss = swapped.en;
    }
    out += gloss ? `${surface} (${gloss})` : surface;
    at = m.end;
  }
  out += unit.text.slice(at);
  return varyDates(r, varyNumbers(r, vary.words(r, out)));
}

/**
 * An open vocabulary. Real news keeps bringing words it has not used before (ANERcorp's news: 15,800 distinct words
 * in its first 50,000, 25,700 in its first 100,000; the fixtures' sentences recombined: under 3,000), and a reader that
 * caches its words pays for every new one. Here sentences (`--new-words`: all by default) get a clause of words
 * drawn from an unbounded list with a Zipf-like law (word k with probability ~1/k): the fixtures' own words with
 * other clitics and endings
 * (وبالـ…, …ها, …ات), and, further down the list, made-up words of Arabic letters (the long tail of names and rare
 * words). Word k is the same word wherever it is drawn.
 */
const CLAUSE_PREFIXES = ['', '', '', 'و', 'ب', 'ل', 'ف', 'ال', 'وال', 'بال', 'لل', 'كال', 'وب', 'ول'];
const CLAUSE_SUFFIXES = ['', '', '', 'ها', 'ه', 'هم', 'هما', 'كم', 'نا', 'ات', 'ين', 'ون', 'ة', 'ي', 'ية'];
const LETTERS = [...'ابتثجحخدذرزسشصضطظعغفقكلمنهوي'];
/** Words below this rank are the fixtures' words with affixes; the others are made up. */
const MADE_UP_FROM = 2_000;
/** The list's length: far more words than any corpus here uses. */
const VOCABULARY_SIZE = 20_000_000;

function openVocabulary(pool, seed) {
  const base = [...new Set(pool.flatMap((u) => u.text.split(/\s+/u)).filter((w) => /^\p{Script=Arabic}{3,}$/u.test(w)))].sort();
  const cache = new Map();
  const word = (k) => {
    let w = cache.get(k);
    if (w !== undefined) return w;
    const r = prng((Math.imul(k, 0x9e3779b1) ^ seed) >>> 0);
    if (k < MADE_UP_FROM && base.length > 0) {
      const stem = base[k % base.length].replace(/^(?:ال|وال|و)/u, '');
      w = pick(r, CLAUSE_PREFIXES) + stem + pick(r, CLAUSE_SUFFIXES);
    } else {
      let made = '';
      for (let i = int(r, 3, 7); i > 0; i--) made += pick(r, LETTERS);
      w = (r() < 0.3 ? pick(r, CLAUSE_PREFIXES) : '') + made + (r() < 0.3 ? pick(r, CLAUSE_SUFFIXES) : '');
    }
    if (cache.size < 1 << 20) cache.set(k, w);
    return w;
  };
  const logSize = Math.log(VOCABULARY_SIZE);
  // Log-uniform ranks: P(k) ~ 1/k.
  const draw = (r) => word(Math.floor(Math.exp(r() * logSize)));
  return { draw };
}

/** Adds a clause of open-vocabulary words before a sentence's closing punctuation, in `rate` of the sentences. */
function clauseAdder(vocabulary, rate) {
  return (r, sentence) => {
    if (!vocabulary || r() >= rate) return sentence;
    const words = [];
    for (let i = int(r, 4, 16); i > 0; i--) words.push(vocabulary.draw(r));
    const m = /[.!?؟]["»”]?$/u.exec(sentence);
    const cut = m ? m.index : sentence.length;
    return `${sentence.slice(0, cut)} و${words.join(' ')}${sentence.slice(cut)}`;
  };
}

function ymd(r) {
  const y = int(r, 2015, 2025);
  const m = int(r, 1, 12);
  const d = int(r, 1, 28);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** An article: its date and its paragraphs. */
function makeArticle(r, pool, names, swapRate, vary) {
  const chosen = new Map();
  const swaps = (id, type) => {
    if (!chosen.has(id)) {
      const list = names.get(kindOf(id, type)) ?? names.get(type);
      chosen.set(id, list && list.length > 0 && r() < swapRate ? pick(r, list) : undefined);
    }
    return chosen.get(id);
  };
  const paragraphs = [];
  const count = int(r, 4, 23);
  for (let i = 0; i < count; i++) {
    const n = r() < 0.2 ? 2 : 1;
    const parts = [];
    for (let j = 0; j < n; j++) parts.push(renderSentence(r, pick(r, pool), swaps, vary));
    paragraphs.push(parts.join(' '));
  }
  return { date: ymd(r), paragraphs };
}

/** Batched synchronous writes: fast, bounded memory, no event loop needed. */
class Sink {
  constructor(path) {
    this.path = path;
    this.fd = openSync(path, 'w');
    this.parts = [];
    this.pending = 0;
    this.bytes = 0;
  }
  write(s) {
    this.parts.push(s);
    this.pending += s.length;
    if (this.pending > 1 << 20) this.flush();
  }
  flush() {
    if (this.parts.length === 0) return;
    const buf = Buffer.from(this.parts.join(''), 'utf8');
    writeSync(this.fd, buf);
    this.bytes += buf.length;
    this.parts = [];
    this.pending = 0;
  }
  close() {
    if (this.fd === undefined) return;
    this.flush();
    closeSync(this.fd);
    this.fd = undefined;
  }
}

function insideRepo(dir, root) {
  const real = (p) => {
    try {
      return realpathSync(p);
    } catch {
      return resolve(p);
    }
  };
  const rel = relative(real(root), real(dir));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * Writes the corpus; returns a summary. Options: mb (20), out (a new temp folder), files (0), fileFormat ('lines'),
 * big (true), seed (42), swapRate (0.3), root (the repo).
 */
export function generateCorpus(options = {}) {
  const root = options.root ?? ROOT;
  const mb = options.mb ?? 20;
  const files = options.files ?? 0;
  const fileFormat = options.fileFormat ?? 'lines';
  const big = options.big ?? true;
  const seed = options.seed ?? 42;
  const swapRate = options.swapRate ?? 0.3;
  const newWords = options.newWords ?? DEFAULT_NEW_WORDS;
  const latinRate = options.latinRate ?? DEFAULT_LATIN_RATE;
  if (!(newWords >= 0 && newWords <= 1) || !(latinRate >= 0 && latinRate <= 1)) throw new Error('--new-words and --latin-rate must be between 0 and 1');
  if (!(mb > 0)) throw new Error('--mb must be a positive number');
  if (!Number.isInteger(files) || files < 0) throw new Error('--files must be a whole number');
  if (!big && files === 0) throw new Error('--no-big needs --files K');
  if (!['lines', 'text'].includes(fileFormat)) throw new Error('--file-format must be lines or text');
  const out = options.out ? resolve(options.out) : mkdtempSync(join(tmpdir(), 'arner-corpus-'));
  if (insideRepo(out, root)) throw new Error(`refusing to write the corpus inside the repository (${out}); choose a folder outside it`);
  mkdirSync(out, { recursive: true });

  const fixtures = loadFixtures(root);
  const pool = sentencePool(fixtures);
  const names = namePool(root);
  const r = prng(seed);
  const vocabulary = newWords > 0 ? openVocabulary(pool, seed) : undefined;
  const vary = { words: clauseAdder(vocabulary, newWords), latinRate };
  const target = Math.round(mb * MB);

  const bigSink = big ? new Sink(join(out, 'corpus.txt')) : undefined;
  const fileDir = join(out, 'files');
  if (files > 0) mkdirSync(fileDir, { recursive: true });
  const filePaths = [];
  let fileSink;
  let fileIndex = -1;
  const openNext = () => {
    fileSink?.close();
    fileIndex++;
    const p = join(fileDir, `part-${String(fileIndex + 1).padStart(Math.max(5, String(files).length), '0')}.txt`);
    filePaths.push(p);
    fileSink = new Sink(p);
  };

  let bytes = 0;
  let articles = 0;
  let paragraphs = 0;
  let words = 0;
  let fileBytes = 0;
  let articlesInFile = 0;
  while (bytes < target) {
    const a = makeArticle(r, pool, names, swapRate, vary);
    const line = `date ${a.date} ${a.paragraphs.join(' ')}\n`;
    const size = Buffer.byteLength(line, 'utf8');
    bytes += size;
    articles++;
    paragraphs += a.paragraphs.length;
    words += line.split(/\s+/u).filter(Boolean).length;
    bigSink?.write(line);
    if (files > 0) {
      // File i is filled until the running total reaches (i + 1)/K of the target; every file gets an article.
      if (fileIndex < 0 || (fileIndex + 1 < files && fileBytes >= ((fileIndex + 1) * target) / files && articlesInFile > 0)) {
        openNext();
        articlesInFile = 0;
      }
      fileSink.write(fileFormat === 'lines' ? line : `${articlesInFile > 0 ? '\n' : ''}date ${a.date}\n${a.paragraphs.join('\n')}\n`);
      fileBytes += size;
      articlesInFile++;
    }
  }
  bigSink?.close();
  fileSink?.close();
  while (files > 0 && filePaths.length < files) {
    // More files asked for than articles made: fill the rest with one article each (the total grows a little).
    openNext();
    const a = makeArticle(r, pool, names, swapRate, vary);
    fileSink.write(fileFormat === 'lines' ? `date ${a.date} ${a.paragraphs.join(' ')}\n` : `date ${a.date}\n${a.paragraphs.join('\n')}\n`);
    fileSink.close();
  }

  return {
    dir: out,
    corpus: bigSink ? bigSink.path : undefined,
    bytes,
    articles,
    paragraphs,
    words,
    files: filePaths.length,
    fileDir: files > 0 ? fileDir : undefined,
    fileFormat: files > 0 ? fileFormat : undefined,
    seed,
    swapRate,
    newWords,
    latinRate,
    fixtures: fixtures.map((f) => f.path),
    sentences: pool.length,
    lexiconNames: names.get('PER')?.length + names.get('LOC')?.length + names.get('ORG')?.length || 0,
  };
}

function parseArgs(argv) {
  const { values: v } = parseCliArgs({
    args: argv,
    strict: true,
    options: {
      mb: { type: 'string' },
      out: { type: 'string' },
      files: { type: 'string' },
      'file-format': { type: 'string' },
      'no-big': { type: 'boolean' },
      seed: { type: 'string' },
      'swap-rate': { type: 'string' },
      'new-words': { type: 'string' },
      'latin-rate': { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  // Only the options given: generateCorpus's defaults stand for the others.
  const o = {};
  if (v.mb !== undefined) o.mb = Number(v.mb);
  if (v.out !== undefined) o.out = v.out;
  if (v.files !== undefined) o.files = Number(v.files);
  if (v['file-format'] !== undefined) o.fileFormat = v['file-format'];
  if (v['no-big']) o.big = false;
  if (v.seed !== undefined) o.seed = Number(v.seed);
  if (v['swap-rate'] !== undefined) o.swapRate = Number(v['swap-rate']);
  if (v['new-words'] !== undefined) o.newWords = Number(v['new-words']);
  if (v['latin-rate'] !== undefined) o.latinRate = Number(v['latin-rate']);
  if (v.json) o.json = true;
  if (v.help) o.help = true;
  return o;
}

function usage() {
  return readFileSync(fileURLToPath(import.meta.url), 'utf8').split('*/')[0].replace(/^#!.*\n\/\*\*\n/, '').replace(/^ \* ?/gm, '');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`gen-corpus: ${e.message}\n`);
    process.exit(2);
  }
  if (opts.help) {
    process.stdout.write(usage());
    process.exit(0);
  }
  const t0 = performance.now();
  let s;
  try {
    s = generateCorpus(opts);
  } catch (e) {
    process.stderr.write(`gen-corpus: ${e.message}\n`);
    process.exit(2);
  }
  const secs = (performance.now() - t0) / 1000;
  if (opts.json) process.stdout.write(JSON.stringify({ ...s, seconds: secs }, null, 2) + '\n');
  else {
    const f = (n) => n.toLocaleString('en-US');
    process.stdout.write(
      [
        `fixtures: ${s.fixtures.join(', ')} (${f(s.sentences)} sentences); swap pool ${f(s.lexiconNames)} lexicon names, swap rate ${s.swapRate}; seed ${s.seed}`,
        s.corpus ? `wrote ${s.corpus}: ${(s.bytes / MB).toFixed(2)} MB (${f(s.bytes)} bytes), ${f(s.articles)} articles, one per line (${f(s.paragraphs)} paragraphs, ${f(s.words)} words)` : undefined,
        s.files ? `wrote ${f(s.files)} files in ${s.fileDir} (${s.fileFormat}: ${s.fileFormat === 'lines' ? 'one article per line' : 'paragraphs on lines, one document per file'})` : undefined,
        `in ${secs.toFixed(1)} s`,
      ]
        .filter(Boolean)
        .join('\n') + '\n',
    );
  }
}
