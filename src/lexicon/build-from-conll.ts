/**
 * A lexicon from an annotated corpus, for researchers adapting arner to their domain: every gold span becomes a
 * form of an entry. Forms that carry a proclitic are dropped when the bare form is also annotated (the matcher
 * strips proclitics itself). A form seen more often outside annotations than inside is marked ambiguous (`?`).
 */
import { parseConll, spansFromTags } from '../eval/conll.js';
import { analyzeClitics } from '../text/clitics.js';
import { normalize } from '../text/normalize.js';
import { DEFAULT_TYPE_MAP } from '../eval/evaluate.js';

const ID_KIND: Record<string, string> = { PER: 'person', LOC: 'place', ORG: 'org' };

/** A readable ASCII key for an Arabic form (Buckwalter-like, lowercase letters only). */
const TRANSLIT: Record<string, string> = {
  ا: 'a', ب: 'b', ت: 't', ث: 'th', ج: 'j', ح: 'h', خ: 'kh', د: 'd', ذ: 'dh', ر: 'r', ز: 'z', س: 's', ش: 'sh', ص: 's', ض: 'd',
  ط: 't', ظ: 'z', ع: 'e', غ: 'gh', ف: 'f', ق: 'q', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h', و: 'w', ي: 'y', ء: 'a', ؤ: 'w', ئ: 'y',
};

export function slugOf(form: string): string {
  const n = normalize(form).text.toLowerCase();
  let out = '';
  for (const ch of n) out += TRANSLIT[ch] ?? (/[a-z0-9]/.test(ch) ? ch : '-');
  return out.replace(/-+/g, '-').replace(/^-|-$/g, '') || 'x';
}

/** The form without a leading و/ف (on a word of three letters or more) or ب/ل/ك before the article, if any. */
function withoutProclitic(form: string): string | undefined {
  const m = /^(?:[وف](?=\S{3})|[بلك](?=ال))(\S.*)$/u.exec(form);
  return m ? m[1] : undefined;
}

export interface BuildOptions {
  typeMap?: Readonly<Record<string, string>>;
  column?: number;
}

export function buildLexiconFromConll(conll: string, options: BuildOptions = {}): string {
  const typeMap = options.typeMap ?? DEFAULT_TYPE_MAP;
  const corpus = parseConll(conll, options.column);
  const tokens = corpus.sentences.flat().map((t) => t.text);
  const spans = spansFromTags(corpus.sentences).filter((s) => typeMap[s.type] && ID_KIND[typeMap[s.type]]);

  // How often each form is annotated (per type) and how often its token sequence occurs at all.
  const annotated = new Map<string, Map<string, number>>();
  for (const s of spans) {
    const form = tokens.slice(s.first, s.last + 1).join(' ');
    const type = typeMap[s.type];
    const byType = annotated.get(form) ?? new Map<string, number>();
    byType.set(type, (byType.get(type) ?? 0) + 1);
    annotated.set(form, byType);
  }
  const occurrences = new Map<string, number>();
  const maxLen = Math.max(1, ...spans.map((s) => s.last - s.first + 1));
  const wanted = new Set(annotated.keys());
  for (const sentence of corpus.sentences) {
    for (let i = 0; i < sentence.length; i++) {
      let form = '';
      for (let j = i; j < Math.min(sentence.length, i + maxLen); j++) {
        form = j === i ? sentence[j].text : `${form} ${sentence[j].text}`;
        if (wanted.has(form)) occurrences.set(form, (occurrences.get(form) ?? 0) + 1);
      }
    }
  }

  const key = (form: string) => normalize(form).text;
  const annotatedKeys = new Set([...annotated.keys()].map(key));
  const rows: string[] = [];
  const usedIds = new Set<string>();
  const seenKeys = new Set<string>();
  for (const [form, byType] of [...annotated].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const [first, ...rest] = form.split(' ');
    // Drop a form whose proclitic-free analysis is annotated too: the matcher finds it through the clitic.
    const viaClitic = analyzeClitics(key(first))
      .slice(1)
      .some((a) => annotatedKeys.has([a.stem, ...rest.map(key)].join(' ')));
    if (viaClitic || seenKeys.has(key(form))) continue;
    seenKeys.add(key(form));
    const [type] = [...byType].sort((a, b) => b[1] - a[1])[0];
    const tagged = [...byType.values()].reduce((a, b) => a + b, 0);
    const ambiguous = (occurrences.get(form) ?? 0) > 2 * tagged;
    let id = `${ID_KIND[type]}:${slugOf(form)}`;
    for (let n = 2; usedIds.has(id); n++) id = `${ID_KIND[type]}:${slugOf(form)}-${n}`;
    usedIds.add(id);
    const ar = form.replace(/[\t|]/g, ' ');
    // A corpus token may carry a conjunction or a preposition with the article (والرومان, بالقاهرة): offer the form
    // without it too, since the matcher looks the stem up.
    const bare = withoutProclitic(ar);
    const variants = bare && !annotatedKeys.has(key(bare)) ? (ambiguous ? `?${bare}` : bare) : '';
    rows.push([id, type, '', ambiguous ? `?${ar}` : ar, slugOf(form), variants].join('\t'));
  }
  const header = '# built by `arner lexicon build --from-conll`: one entry per annotated form; `?` where the form is seen\n# more often unannotated than annotated.\nid\ttype\tsubtype\tar\ten\tvariants\n';
  return header + rows.map((r) => r + '\n').join('');
}
