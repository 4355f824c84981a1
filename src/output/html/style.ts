/** The report's look: one colour per entity type (plus a visible type label), right-to-left, system fonts only. */
import type { EntityType } from '../../lexicon/types.js';

export interface TypeStyle {
  ar: string;
  en: string;
  /** Label background, bar and underline: white text on it has a contrast of at least 4.5:1. */
  accent: string;
  /** Highlight background behind the text. */
  tint: string;
}

/** Hues after Okabe & Ito's colour-blind-safe palette, darkened for contrast; the type label carries the meaning. */
export const TYPE_STYLES: Record<EntityType, TypeStyle> = {
  PER: { ar: 'شخص', en: 'person', accent: '#0b5fa0', tint: '#dcebf9' },
  LOC: { ar: 'مكان', en: 'place', accent: '#00704f', tint: '#d2efe3' },
  ORG: { ar: 'منظمة', en: 'organization', accent: '#a3306b', tint: '#f7dcea' },
  NORP: { ar: 'جنسية', en: 'nationality', accent: '#975400', tint: '#fde6c4' },
  DATE: { ar: 'تاريخ', en: 'date', accent: '#5b43a8', tint: '#e7e0f8' },
  TIME: { ar: 'وقت', en: 'time', accent: '#a8381a', tint: '#f9ddd2' },
};

const ARABIC_FONTS = '"Noto Naskh Arabic", "Amiri", "Segoe UI", "Geeza Pro", Tahoma, "DejaVu Sans", sans-serif';
/** Left-to-right runs (English glosses, ids, numbers) in a Latin font first. */
const LATIN_FONTS = '"Segoe UI", "Helvetica Neue", Arial, "DejaVu Sans", system-ui, sans-serif';
const UI_FONTS = '"Noto Sans Arabic", "Segoe UI", "Geeza Pro", Tahoma, "DejaVu Sans", system-ui, sans-serif';

function typeRules(): string {
  return Object.entries(TYPE_STYLES)
    .map(
      ([t, s]) =>
        `.t-${t}{--accent:${s.accent};--tint:${s.tint}}` +
        `mark.t-${t}::before{content:"${t}"}`,
    )
    .join('\n');
}

export const CSS = `
*{box-sizing:border-box}
html{font-family:${UI_FONTS};color:#1c1c1e;background:#f6f5f1;line-height:1.6}
body{margin:0}
a{color:#0b5fa0}
:focus-visible{outline:3px solid #e8a317;outline-offset:2px}
.skip{position:absolute;inset-inline-start:8px;top:-60px;background:#fff;padding:6px 10px;border-radius:6px;z-index:30}
.skip:focus{top:8px}
.ltr{direction:ltr;unicode-bidi:isolate;font-family:${LATIN_FONTS}}
.num{font-variant-numeric:tabular-nums}
#bar{position:sticky;top:0;z-index:20;background:#fffffe;border-bottom:1px solid #dcdad2;box-shadow:0 1px 4px rgba(0,0,0,.05)}
#bar .in{max-width:1180px;margin:0 auto;padding:10px 20px;display:flex;flex-wrap:wrap;align-items:center;gap:8px 18px}
#bar h1{font-size:1.15rem;margin:0;font-weight:700}
#summary{color:#55575c;font-size:.9rem;margin:0 0 12px}
.legend{display:flex;flex-wrap:wrap;gap:6px;margin:0;padding:0;list-style:none;font-size:.85rem}
.legend li{display:flex;align-items:center;gap:5px;background:var(--tint);border-radius:5px;padding:1px 8px 1px 4px}
.tag{display:inline-block;font:700 10px/1.45 ui-monospace,"DejaVu Sans Mono",monospace;color:#fff;background:var(--accent);border-radius:3px;padding:0 4px;direction:ltr;unicode-bidi:isolate}
#filter{display:flex;flex-wrap:wrap;align-items:center;gap:8px;flex-basis:100%;font-size:.95rem;background:#fff8e1;border:1px solid #efd48a;border-radius:8px;padding:6px 12px}
#filter[hidden]{display:none}
#filter .chip{font-weight:700}
button{font:inherit;color:inherit;cursor:pointer}
.btn{border:1px solid #bdbab0;background:#fff;border-radius:6px;padding:3px 12px}
.btn:hover{background:#f1efe8}
main{max-width:1180px;margin:0 auto;padding:16px 20px 80px;display:flex;flex-direction:column;gap:18px}
#overview{order:-1}
#overview h2,#docs-h{font-size:1.05rem;margin:0 0 10px}
.cards{display:grid;grid-template-columns:repeat(3,minmax(0,1fr));gap:14px}
.card{min-width:0;background:#fff;border:1px solid #e3e1d9;border-radius:10px;padding:12px 14px}
.card h3{font-size:.95rem;margin:0 0 8px;display:flex;align-items:center;gap:8px}
.card h3 .sub{color:#6b6d72;font-weight:400;font-size:.85rem}
.span2{grid-column:span 2}
.full{grid-column:1/-1}
#overview summary{cursor:pointer;margin-bottom:6px}
#overview summary h2{display:inline}
.rows{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:3px}
.row{display:grid;grid-template-columns:minmax(0,1fr) auto;align-items:center;gap:8px;width:100%;text-align:start;border:0;background:none;border-radius:6px;padding:2px 6px;position:relative}
.row:hover{background:#f3f1ea}
.row .bar{position:absolute;inset-block:3px;inset-inline-start:0;width:var(--w);background:var(--tint);border-inline-start:3px solid var(--accent);border-radius:4px;z-index:0}
.row>span{position:relative;z-index:1}
.row .name{overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.row .en{color:#5b5d62;font-size:.8rem;margin-right:8px}
.note{color:#5f6166;font-size:.85em}
.row .n{font-size:.85rem;color:#3a3b3f}
.row.pair{--accent:#7b7f87;--tint:#e9e8e3}
.pair .name{white-space:normal}
.sep{color:#8a8c91;margin:0 4px}
.types .row .name{display:flex;align-items:center;gap:6px}
.timeline{display:flex;align-items:flex-end;gap:2px;height:170px;padding-inline:14px;overflow-x:auto;padding-bottom:2px}
.tl{flex:1 0 14px;max-width:48px;display:flex;flex-direction:column;align-items:center;justify-content:flex-end;height:100%;border:0;background:none;padding:0;gap:2px}
.tl .col{width:100%;flex:none;height:calc((100% - 40px) * var(--h));min-height:2px;background:#5b43a8;border-radius:3px 3px 0 0}
.tl.zero .col{background:#dcdad2}
.tl:hover .col{background:#3c2a80}
.tl .n{font-size:.7rem;line-height:1.4;height:1.4em;color:#3a3b3f;direction:ltr}
.tl .y{font-size:.72rem;line-height:1.3;height:1.3em;color:#55575c;white-space:nowrap;overflow:visible;display:flex;justify-content:center;width:0}
.empty{color:#6b6d72;font-size:.9rem;margin:0}
html{scroll-padding-top:calc(var(--bar-h,110px) + 12px)}
/* Hidden while the page is parsed: laying out thousands of articles again at every parser pause is what makes a big
   report slow to open. The script shows them. */
#docs.loading{display:none}
#loading{color:#5f6166;margin:0}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
#docs{display:flex;flex-direction:column;gap:14px}
.doc{background:#fff;border:1px solid #e3e1d9;border-radius:10px;padding:12px 18px 14px;content-visibility:auto;contain-intrinsic-size:auto 260px}
.doc[hidden]{display:none}
.doc h3{font-size:1rem;margin:0 0 2px}
.doc h3 a{color:#1c1c1e;text-decoration:none}
.doc h3 a:hover{text-decoration:underline}
.doc .meta{font-size:.82rem;color:#5b5d62;display:flex;flex-wrap:wrap;gap:4px 10px;border-bottom:1px solid #efede6;padding-bottom:6px;margin-bottom:8px}
.doc .meta .cnt{display:inline-flex;gap:3px;align-items:center}
.text,.ents{font-family:${ARABIC_FONTS};font-size:1.2rem;line-height:2.5;overflow-wrap:break-word;text-align:start}
.text{white-space:pre-wrap}
.ents{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:4px 14px}
mark{position:relative;background:var(--tint);color:inherit;border-bottom:2px solid var(--accent);border-radius:3px;padding:1px 1px 0;cursor:pointer;-webkit-box-decoration-break:clone;box-decoration-break:clone}
mark::before{position:absolute;top:-1.05em;right:0;font:700 9px/1.3 ui-monospace,"DejaVu Sans Mono",monospace;color:#fff;background:var(--accent);border-radius:2px;padding:0 3px;direction:ltr;unicode-bidi:isolate;white-space:nowrap;pointer-events:none}
mark:hover,mark:focus{background:color-mix(in srgb,var(--tint) 55%,var(--accent) 45%);outline-offset:1px}
.filtering mark.dim{background:transparent;border-bottom:1px dashed #c9c6bd}
.filtering mark.dim::before{opacity:.35}
.filtering mark.hit{box-shadow:0 0 0 2px var(--accent)}
.err{border-color:#e2a3a3;background:#fff5f5}
.err .msg{color:#9b1c1c;margin:0;font-size:.95rem}
#tip{position:absolute;z-index:40;max-width:min(360px,calc(100vw - 16px));background:#1f2023;color:#f5f5f5;border-radius:8px;padding:7px 11px;font:13px/1.5 system-ui,"DejaVu Sans",sans-serif;white-space:pre-line;direction:ltr;text-align:left;box-shadow:0 4px 14px rgba(0,0,0,.25);pointer-events:none}
#tip[hidden]{display:none}
.placeholder{color:#9a9ca1}
${typeRules()}
@media (max-width:1000px){.cards{grid-template-columns:repeat(2,minmax(0,1fr))}}
@media (max-width:640px){#bar .legend{display:none}main{padding:10px}.cards{grid-template-columns:minmax(0,1fr)}.span2,.full{grid-column:auto}.text,.ents{font-size:1.1rem}}
@media print{#bar{position:static}.skip,#tip{display:none}}
`;
