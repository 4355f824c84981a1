/**
 * `--format html`: one self-contained page (inline CSS and script, system fonts, no network) that streams. begin()
 * writes the head and the sticky bar, record() one <article> per document whose highlighted body waits in an
 * attribute and is put into the DOM only when it scrolls near the viewport, end() the overview (small aggregates kept
 * while records passed), the entities' labels and the script. The printer never holds the documents.
 */
import type { Entity } from '../extract.js';
import type { EntityType } from '../lexicon/types.js';
import type { Printer } from './printers.js';
import { isErrorRecord, type DocumentRecord, type OutputRecord } from './record.js';
import { CLIENT_JS } from './html/client.js';
import { bodyAttr, escapeAttr1 as attr, escapeHtml as esc, jsonForScript } from './html/escape.js';
import { OverviewStats, entityKey, monthOf, type EntityStat } from './html/overview.js';
import { CSS, TYPE_STYLES } from './html/style.js';

export interface HtmlPrinterOptions {
  /** The page title; default "arner report". */
  title?: string;
  /** How many entities per type the overview lists (default 10). */
  topEntities?: number;
  /** How many co-occurring pairs the overview lists (default 12). */
  topPairs?: number;
}

export interface HtmlReportStats {
  documents: number;
  errors: number;
  mentions: number;
  /** UTF-8 bytes written so far (the whole page once end() has run). */
  bytes: number;
}

export interface HtmlPrinter extends Printer {
  stats(): HtmlReportStats;
}

/** The document text arrives with the record for the html and inline formats. */
type WithText = DocumentRecord & { text?: string };

const TYPE_ORDER: readonly EntityType[] = ['PER', 'LOC', 'ORG', 'NORP', 'DATE', 'TIME'];

const TYPE_PLURAL: Record<EntityType, { ar: string; en: string }> = {
  PER: { ar: 'أشخاص', en: 'people' },
  LOC: { ar: 'أماكن', en: 'places' },
  ORG: { ar: 'منظمات', en: 'organizations' },
  NORP: { ar: 'جنسيات', en: 'nationalities' },
  DATE: { ar: 'تواريخ', en: 'dates' },
  TIME: { ar: 'أوقات', en: 'times' },
};

const SOURCE_NAMES: Record<string, string> = {
  gazetteer: 'gazetteer (lexicon)',
  date: 'date grammar',
  rule: 'context rule',
  latin: 'Latin script',
  memory: 'document memory',
};

function typeNames(): Record<string, string> {
  return Object.fromEntries(TYPE_ORDER.map((t) => [t, TYPE_STYLES[t].en]));
}

function fmt(n: number): string {
  return n.toLocaleString('en-US');
}

function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

export function docTitle(r: OutputRecord): string {
  if (r.id !== undefined) return `${r.source} #${typeof r.id === 'string' ? r.id : JSON.stringify(r.id)}`;
  return r.line !== undefined ? `${r.source}:${r.line}` : r.source;
}

/** An English gloss after Arabic: isolated left-to-right, so its parentheses and words keep their order. */
function en(s: string): string {
  return `<span class='ltr note'>(${esc(s)})</span>`;
}

/**
 * A mention's per-mention facts for its popover, `source|confidence[|grain|value]`; what belongs to the entity (its
 * English label, subtype) is written once per entity at the end of the page.
 */
export function mentionFacts(e: Entity): string {
  const facts = [e.source, String(e.confidence)];
  if (e.value !== undefined || e.grain !== undefined) facts.push(e.grain ?? '', e.value ?? '');
  return facts.join('|');
}

/** Single-quoted attributes: the body waits in a double-quoted attribute, where every `"` would cost `&quot;`. */
function markHtml(e: Entity, inner: string): string {
  return `<mark class='t-${e.type}' data-k='${attr(entityKey(e))}' data-s='${attr(mentionFacts(e))}'>${inner}</mark>`;
}

/**
 * A document's body: its text with every mention in a <mark>, or, without the text, the list of mentions.
 * Mentions that overlap an earlier one or fall outside the text are listed after it rather than dropped.
 */
export function bodyHtml(text: string | undefined, entities: readonly Entity[]): string {
  const list = (es: readonly Entity[]) => "<ul class='ents'>" + es.map((e) => `<li>${markHtml(e, esc(e.text))}</li>`).join('') + '</ul>';
  if (text === undefined) return entities.length === 0 ? `<p class='placeholder'>لا كيانات ${en('no entities')}</p>` : list(entities);
  let out = '';
  let pos = 0;
  const stray: Entity[] = [];
  for (const e of [...entities].sort((a, b) => a.start - b.start || a.end - b.end)) {
    if (e.start < pos || e.end > text.length || e.end <= e.start) {
      stray.push(e);
      continue;
    }
    out += esc(text.slice(pos, e.start)) + markHtml(e, esc(text.slice(e.start, e.end)));
    pos = e.end;
  }
  out += esc(text.slice(pos));
  return `<div class='text'>${out}</div>` + (stray.length ? list(stray) : '');
}

function tag(type: EntityType): string {
  return `<span class='tag t-${type}'>${type}</span>`;
}

function legendHtml(): string {
  return (
    '<ul class="legend" aria-label="الأنواع (entity types)" title="Click a highlighted mention, or focus it and press Enter, to filter the documents by it">' +
    TYPE_ORDER.map((t) => `<li class="t-${t}">${tag(t)}${TYPE_STYLES[t].ar} <span class="ltr">${TYPE_STYLES[t].en}</span></li>`).join('') +
    '</ul>'
  );
}

function head(title: string): string {
  return `<!doctype html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="arner">
<meta name="color-scheme" content="light">
<title>${esc(title)}</title>
<style>${CSS}</style>
<noscript><style>#docs.loading{display:flex}#loading{display:none}</style></noscript>
</head>
<body>
<a class="skip" href="#docs-h">تخطَّ إلى المستندات ${en('skip to documents')}</a>
<div id="bar"><div class="in">
<h1>${esc(title)}</h1>
${legendHtml()}
<button type="button" class="btn" id="render-all" title="Render every document's text now, so the browser's find (Ctrl+F) sees it; slow for very large reports">عرض كل النصوص ${en('render all')}</button>
<div id="filter" hidden><span>تصفية ${en('filter')}:</span><bdi id="filter-text" class="chip"></bdi><span>المستندات ${en('documents')} <b id="filter-count" class="ltr num"></b></span><button type="button" class="btn" id="clear">✕ إزالة التصفية ${en('clear filter, Esc')}</button></div>
<p id="status" class="sr" aria-live="polite"></p>
</div></div>
<main id="main">
<div id="overview-slot"></div>
<p id="loading">جارٍ التحميل… ${en('loading')}</p>
<section id="docs" class="loading" aria-labelledby="docs-h">
<h2 id="docs-h" tabindex="-1">المستندات ${en('documents')}</h2>
<noscript><p>يحتاج عرض النصوص إلى JavaScript ${en('this report needs JavaScript to show document text')}</p></noscript>
`;
}

function row(opts: { keys: string[]; name: string; label?: string; inner?: string; count: number; max: number; type?: EntityType; title: string; cls?: string }): string {
  const w = opts.max > 0 ? Math.max(2, Math.round((opts.count / opts.max) * 100)) : 0;
  const cls = ['row', opts.type ? `t-${opts.type}` : '', opts.cls ?? ''].filter(Boolean).join(' ');
  return (
    `<li><button type="button" class="${cls}" data-f="${esc(JSON.stringify(opts.keys))}" data-n="${esc(opts.name)}" title="${esc(opts.title)}">` +
    `<span class="bar" style="--w:${w}%"></span>` +
    `<span class="name">${opts.inner ?? esc(opts.name)}${opts.label ? `<span class="en ltr">${esc(opts.label)}</span>` : ''}</span>` +
    `<span class="n num">${fmt(opts.count)}</span></button></li>`
  );
}

function entityRow(s: EntityStat, max: number): string {
  const label = s.type === 'DATE' || s.type === 'TIME' ? s.key.slice(s.type.length + 1) : s.label;
  return row({
    keys: [s.key],
    name: s.name,
    label,
    count: s.mentions,
    max,
    type: s.type,
    title: `${s.key}: ${s.mentions} mentions in ${s.documents} documents — click to filter`,
  });
}

function overviewHtml(st: OverviewStats, o: Required<HtmlPrinterOptions>, sizeText: string): string {
  const parts: string[] = [];
  parts.push('<section id="overview" aria-labelledby="ov-h"><details open>');
  parts.push(`<summary><h2 id="ov-h">نظرة عامة ${en('overview')}</h2></summary>`);
  parts.push(
    `<p id="summary">المستندات ${en('documents')} <b class="num" id="n-docs">${fmt(st.documents)}</b> · الإشارات ${en('mentions')} <b class="num" id="n-mentions">${fmt(st.mentions)}</b>` +
      (st.errors ? ` · الأخطاء ${en('errors')} <b class="num" id="n-errors">${fmt(st.errors)}</b>` : '') +
      ` · حجم التقرير ${en('report size')} <b class="ltr num" id="size">${sizeText}</b> · تُعرض النصوص عند التمرير ${en('texts render as you scroll')}</p>`,
  );
  parts.push('<div class="cards">');
  const types = TYPE_ORDER.filter((t) => (st.byType.get(t) ?? 0) > 0);
  const maxType = Math.max(0, ...types.map((t) => st.byType.get(t)!));
  parts.push('<div class="card types"><h3>الأنواع <span class="sub">mentions by type</span></h3>');
  if (types.length === 0) parts.push(`<p class="empty">لا كيانات ${en('no entities')}</p>`);
  else {
    parts.push('<ul class="rows">');
    for (const t of types) {
      const n = st.byType.get(t)!;
      parts.push(
        row({ keys: [`t:${t}`], name: TYPE_STYLES[t].ar, inner: `${tag(t)}${TYPE_STYLES[t].ar}`, label: TYPE_STYLES[t].en, count: n, max: maxType, type: t, title: `${t}: ${n} mentions — click to filter` }),
      );
    }
    parts.push('</ul>');
  }
  parts.push('</div>');
  for (const t of types) {
    const top = st.top(t, o.topEntities);
    parts.push(`<div class="card t-${t}"><h3>${tag(t)}${TYPE_PLURAL[t].ar} <span class="sub">most mentioned ${TYPE_PLURAL[t].en}</span></h3><ol class="rows">`);
    for (const s of top) parts.push(entityRow(s, top[0].mentions));
    parts.push('</ol></div>');
  }
  // A pair met in one document says nothing about a collection; with one document there is no card at all.
  const multi = st.documents > 1;
  if (multi) {
    const pairs = st.topPairs(o.topPairs).filter((p) => p.documents >= 2);
    parts.push('<div class="card pairs"><h3>كيانات تظهر معاً <span class="sub">most often together</span></h3>');
    if (pairs.length === 0) parts.push(`<p class="empty">لا زوج في أكثر من مستند ${en('no pair is in more than one document')}</p>`);
    else {
      parts.push('<ol class="rows">');
      for (const p of pairs) {
        parts.push(
          row({
            keys: [p.a.key, p.b.key],
            name: `${p.a.name} + ${p.b.name}`,
            inner: `${tag(p.a.type)} ${esc(p.a.name)}<span class="sep">+</span>${tag(p.b.type)} ${esc(p.b.name)}`,
            count: p.documents,
            max: pairs[0].documents,
            cls: 'pair',
            title: `${p.a.key} + ${p.b.key}: together in ${p.documents} documents — click to filter`,
          }),
        );
      }
      parts.push('</ol>');
    }
    parts.push('</div>');
  }
  const timeline = st.timeline();
  parts.push(`<div class="card ${multi ? 'span2' : 'full'} t-DATE"><h3>التواريخ المذكورة بالشهر <span class="sub">dates mentioned, by month (day and month dates)</span></h3>`);
  if (timeline.length === 0) parts.push(`<p class="empty">لا تواريخ باليوم أو الشهر ${en('no day or month dates')}</p>`);
  else {
    const max = Math.max(...timeline.map((m) => m.mentions));
    parts.push('<div class="timeline">');
    let year = '';
    for (const m of timeline) {
      const h = (m.mentions / max).toFixed(3);
      const y = m.month.slice(0, 4) !== year ? (year = m.month.slice(0, 4)) : '';
      const inner = `<span class="n num">${m.mentions || ''}</span><span class="col" style="--h:${h}"></span><span class="y ltr">${y}</span>`;
      if (m.mentions === 0) parts.push(`<span class="tl zero" title="${m.month}: 0">${inner}</span>`);
      else
        parts.push(
          `<button type="button" class="tl" data-f="${esc(JSON.stringify([`m:${m.month}`]))}" data-n="${m.month}" title="${m.month}: ${m.mentions} mentions — click to filter" aria-label="${m.month}: ${m.mentions}">${inner}</button>`,
        );
    }
    parts.push('</div>');
  }
  parts.push('</div>');
  parts.push('</div></details></section>');
  return parts.join('\n');
}

function documentHtml(r: WithText, index: number): string {
  const anchor = `doc-${index}`;
  const counts = new Map<EntityType, number>();
  const keys = new Set<string>();
  for (const e of r.entities) {
    counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
    keys.add(entityKey(e));
    keys.add(`t:${e.type}`);
    const m = monthOf(e);
    if (m) keys.add(`m:${m}`);
  }
  const meta =
    `<div class='meta'><span title='reference date'>التاريخ المرجعي <span class='ltr num'>${esc(r.refDate)}</span></span>` +
    `<span title='mentions'>الإشارات <span class='num'>${r.entities.length}</span></span>` +
    TYPE_ORDER.filter((t) => counts.has(t))
      .map((t) => `<span class='cnt'>${tag(t)}<span class='num'>${counts.get(t)}</span></span>`)
      .join('') +
    '</div>';
  const text = typeof r.text === 'string' ? r.text : undefined;
  const newlines = text ? (text.match(/\n/g)?.length ?? 0) : 0;
  // Only the title is in the page from the start. The body's HTML waits in an attribute (parsed as one string, unlike
  // a <script> block per document, which makes the HTML parser pause) and is put in when it nears the viewport.
  return (
    `<article class="doc" id="${anchor}" data-keys='${attr(JSON.stringify([...keys]))}' data-len="${text?.length ?? r.entities.length * 20}" data-nl="${newlines}"` +
    ` data-b="${bodyAttr(meta + bodyHtml(text, r.entities))}"><h3><a href="#${anchor}" dir="auto">${esc(docTitle(r))}</a></h3><div class="body"></div></article>\n`
  );
}

function errorHtml(r: OutputRecord & { error: string }, index: number): string {
  const anchor = `doc-${index}`;
  return (
    `<article class="doc err" id="${anchor}"><h3><a href="#${anchor}" dir="auto">${esc(docTitle(r))}</a></h3>` +
    `<p class="msg">⚠ خطأ ${en('error')}: <bdi>${esc(r.error)}</bdi></p></article>\n`
  );
}

export function htmlPrinter(options: HtmlPrinterOptions = {}): HtmlPrinter {
  const o: Required<HtmlPrinterOptions> = { title: options.title ?? 'arner report', topEntities: options.topEntities ?? 10, topPairs: options.topPairs ?? 12 };
  const st = new OverviewStats();
  let bytes = 0;
  let index = 0;
  const count = (s: string): string => {
    bytes += Buffer.byteLength(s, 'utf8');
    return s;
  };
  return {
    begin: () => count(head(o.title)),
    record: (r) => {
      index++;
      if (isErrorRecord(r)) {
        st.addError();
        return count(errorHtml(r, index));
      }
      st.addDocument(r.entities);
      return count(documentHtml(r as WithText, index));
    },
    end: () => {
      const data = jsonForScript({ types: typeNames(), sources: SOURCE_NAMES, entities: st.dictionary() });
      const tail = (size: string) =>
        `</section>\n${overviewHtml(st, o, size)}\n</main>\n<div id="tip" role="tooltip" hidden></div>\n` +
        `<script type="application/json" id="report-data">${data}</script>\n<script>${CLIENT_JS}</script>\n</body>\n</html>\n`;
      const estimate = bytes + Buffer.byteLength(tail('0000.0 KB'), 'utf8');
      return count(tail(formatBytes(estimate)));
    },
    stats: () => ({ documents: st.documents, errors: st.errors, mentions: st.mentions, bytes }),
  };
}
