#!/usr/bin/env node
/**
 * Generates lexicons/entries/countries.tsv: one LOC entry per ISO 3166-1 alpha-2 code, with the Arabic and
 * English names taken from ICU (Intl.DisplayNames, the CLDR data bundled with Node), plus a small override table
 * for the few names ICU words in a way that is not a surface form of news text.
 *
 * Usage: node scripts/generate-countries.mjs
 * Plain Node 20 ESM, no dependencies. Press variants (أمريكا, سورية, روسيا الاتحادية...) are NOT written here:
 * they live in the hand-curated lexicons/aliases/countries.tsv.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'lexicons', 'entries', 'countries.tsv');

/** All 249 officially assigned ISO 3166-1 alpha-2 codes. */
const CODES = `
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ
BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ
DE DJ DK DM DO DZ
EC EE EG EH ER ES ET
FI FJ FK FM FO FR
GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY
HK HM HN HR HT HU
ID IE IL IM IN IO IQ IR IS IT
JE JM JO JP
KE KG KH KI KM KN KP KR KW KY KZ
LA LB LC LI LK LR LS LT LU LV LY
MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ
NA NC NE NF NG NI NL NO NP NR NU NZ
OM
PA PE PF PG PH PK PL PM PN PR PS PT PW PY
QA
RE RO RS RU RW
SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ
TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ
UA UG UM US UY UZ
VA VC VE VG VI VN VU
WF WS
YE YT
ZA ZM ZW
`.trim().split(/\s+/);

/**
 * Dependent territories, autonomous or associated areas and other non-sovereign entries of ISO 3166-1: subtype
 * `territory`. Everything else is a sovereign (or de-facto, UN-observer) state: subtype `country`.
 * Antarctica is neither: subtype `continent`.
 */
const TERRITORIES = new Set(`
AI AS AW AX BL BM BQ BV CC CK CW CX EH FK FO GF GG GI GL GP GS GU HK HM IM IO JE KY
MF MO MP MQ MS NC NF NU PF PM PN PR RE SH SJ SX TC TF TK UM VG VI WF YT
`.trim().split(/\s+/));
const SUBTYPE_OVERRIDE = { AQ: 'continent' };

/**
 * Names ICU gives that are not surface forms of news text (parentheses, "SAR", "- Kinshasa", spaced hyphens,
 * a plural "islands" for a single island). `ar`/`en` replace ICU's; `keepIcu: true` keeps ICU's Arabic name as a
 * variant because that wording does occur in text (e.g. «الأراضي الفلسطينية»). Without it, ICU's wording is dropped.
 */
const OVERRIDES = {
  // «هونغ كونغ الصينية (منطقة إدارية خاصة)»: parenthesised administrative status, never written in running text.
  HK: { ar: 'هونغ كونغ', en: 'Hong Kong' },
  // «منطقة ماكاو الإدارية الخاصة» is the official long form and does occur in text: keep it as a variant.
  MO: { ar: 'ماكاو', en: 'Macau', keepIcu: true },
  // «ميانمار (بورما)»: parentheses; بورما is in aliases/countries.tsv.
  MM: { ar: 'ميانمار', en: 'Myanmar' },
  // «الأراضي الفلسطينية» names the territories, the press names the country «فلسطين»; the ICU form occurs too.
  PS: { ar: 'فلسطين', en: 'Palestine', keepIcu: true },
  // «الكونغو - كينشاسا» / «الكونغو - برازافيل»: CLDR's disambiguation by capital, not how the press names them.
  CD: { ar: 'جمهورية الكونغو الديمقراطية', en: 'Democratic Republic of the Congo' },
  CG: { ar: 'جمهورية الكونغو', en: 'Republic of the Congo' },
  // «تيمور - ليشتي»: spaced hyphen; the press writes «تيمور الشرقية» (and «تيمور ليشتي», in aliases).
  TL: { ar: 'تيمور الشرقية', en: 'Timor-Leste' },
  // «جزر كوكوس (كيلينغ)»: parentheses.
  CC: { ar: 'جزر كوكوس' },
  // «جزر المارتينيك»: Martinique is one island; the press writes «مارتينيك» / «المارتينيك» (the latter in aliases).
  MQ: { ar: 'مارتينيك' },
  // English labels: Wikipedia titles where CLDR uses a disambiguating short form.
  UM: { en: 'United States Minor Outlying Islands' },
  VI: { en: 'United States Virgin Islands' },
  VC: { en: 'Saint Vincent and the Grenadines' },
  GS: { en: 'South Georgia and the South Sandwich Islands' },
  HM: { en: 'Heard Island and McDonald Islands' },
  CI: { en: 'Ivory Coast' },
};

/** CLDR's English short forms "&" and "St." are spelled out, as in Wikipedia titles. */
function tidyEnglish(name) {
  return name.replace(/\s*&\s*/g, ' and ').replace(/\bSt\. /g, 'Saint ');
}

const arNames = new Intl.DisplayNames('ar', { type: 'region', fallback: 'none' });
const enNames = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });

if (CODES.length !== 249 || new Set(CODES).size !== 249) throw new Error(`expected 249 distinct codes, got ${CODES.length}`);

const problems = [];
const rows = [];
for (const code of CODES) {
  const icuAr = arNames.of(code);
  const icuEn = enNames.of(code);
  if (!icuAr || !icuEn) {
    problems.push(`${code}: ICU has no name`);
    continue;
  }
  const o = OVERRIDES[code] ?? {};
  const ar = o.ar ?? icuAr;
  const en = o.en ?? tidyEnglish(icuEn);
  const variants = o.keepIcu && icuAr !== ar ? [icuAr] : [];
  const subtype = SUBTYPE_OVERRIDE[code] ?? (TERRITORIES.has(code) ? 'territory' : 'country');
  for (const name of [ar, ...variants]) {
    if (/[()|\t]|\s-\s/.test(name) || name !== name.trim()) problems.push(`${code}: unsuitable Arabic form "${name}"`);
  }
  if (/[|\t]/.test(en)) problems.push(`${code}: unsuitable English label "${en}"`);
  rows.push([`country:${code}`, 'LOC', subtype, ar, en, variants.join('|')].join('\t'));
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}

const header = [
  '# ISO 3166-1 countries and territories (all 249 alpha-2 codes).',
  '# GENERATED by scripts/generate-countries.mjs from ICU (Intl.DisplayNames, CLDR); do NOT edit by hand:',
  '# change the override table in the script and re-run it. Press variants go in lexicons/aliases/countries.tsv.',
  `# ICU ${process.versions.icu}, CLDR ${process.versions.cldr ?? '?'}.`,
  'id\ttype\tsubtype\tar\ten\tvariants',
];
writeFileSync(OUT, header.concat(rows).join('\n') + '\n', 'utf8');
console.log(`wrote ${rows.length} rows to ${OUT}`);
