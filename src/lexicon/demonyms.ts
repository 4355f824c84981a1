/**
 * Arabic nisba adjectives are regular: from the masculine singular (روسي) come the feminine (روسية), the sound
 * plurals (روسيون, روسيين, روسيات) and duals (روسيان, روسيتان, روسيتين), each with and without the article.
 * Multi-word adjectives (كوري جنوبي) inflect and take the article on every word.
 */

// Duals (روسيان, روسيتين) are left out: rare, and the dual of أمريكية is also «the Americas».
const SUFFIXES = ['', 'ة', 'ون', 'ين', 'ات'];

function eachWord(phrase: string, f: (w: string) => string): string {
  return phrase.split(/\s+/).filter(Boolean).map(f).join(' ');
}

const withArticle = (w: string): string => (w.startsWith('ال') ? w : 'ال' + w);

export function demonymForms(masc: string, brokenPlurals: readonly string[] = []): string[] {
  const out = new Set<string>();
  for (const suffix of SUFFIXES) {
    const form = eachWord(masc, (w) => w + suffix);
    out.add(form);
    out.add(eachWord(form, withArticle));
  }
  for (const plural of brokenPlurals) {
    out.add(plural);
    out.add(eachWord(plural, withArticle));
  }
  return [...out];
}
