/**
 * Arabic nisba adjectives are regular: from the masculine singular (روسي) come the feminine (روسية), the sound
 * plurals (روسيون, روسيين, روسيات) and duals (روسيان, روسيتان, روسيتين), each with and without the article.
 * Multi-word adjectives (كوري جنوبي) inflect and take the article on every word. A word written with a leading `=`
 * is a noun that never inflects (`=جنوب أفريقي`: جنوب أفريقية, الجنوب أفريقي).
 */

// Duals (روسيان, روسيتين) are left out: rare, and the dual of أمريكية is also «the Americas».
const SUFFIXES = ['', 'ة', 'ون', 'ين', 'ات'];

function eachWord(phrase: string, f: (w: string) => string): string {
  return phrase.split(/\s+/).filter(Boolean).map(f).join(' ');
}

const withArticle = (w: string): string => (w.startsWith('ال') ? w : 'ال' + w);

const INVARIABLE = '=';

export function demonymForms(masc: string, brokenPlurals: readonly string[] = []): string[] {
  const out = new Set<string>();
  const words = masc.split(/\s+/).filter(Boolean);
  if (words.some((w) => w.startsWith(INVARIABLE))) {
    for (const form of compoundForms(words)) out.add(form);
  } else {
    for (const suffix of SUFFIXES) {
      const form = eachWord(masc, (w) => w + suffix);
      out.add(form);
      out.add(eachWord(form, withArticle));
    }
  }
  for (const plural of brokenPlurals) {
    out.add(plural);
    out.add(eachWord(plural, withArticle));
  }
  return [...out];
}

/**
 * A compound whose `=` words are nouns (جنوب in جنوب أفريقي): only the adjectives inflect, and the article goes on the
 * first word (الجنوب أفريقي). Also written on every word, but الجنوب الأفريقي is as often "southern Africa".
 */
function compoundForms(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const suffix of SUFFIXES) {
    const bare = words.map((w) => (w.startsWith(INVARIABLE) ? w.slice(1) : w + suffix));
    out.push(bare.join(' '));
    out.push([withArticle(bare[0]), ...bare.slice(1)].join(' '));
  }
  return out;
}
