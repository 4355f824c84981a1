import { describe, expect, it } from 'vitest';
import { htmlPrinter, bodyHtml } from '../../src/output/html.js';
import { CLIENT_JS } from '../../src/output/html/client.js';
import { escapeHtml, jsonForScript } from '../../src/output/html/escape.js';
import { OverviewStats, entityKey } from '../../src/output/html/overview.js';
import { isErrorRecord, type DocumentRecord } from '../../src/output/record.js';
import type { Entity } from '../../src/extract.js';
import { HOSTILE_TEXT, fixtureRecords, print, seedText, type TextRecord } from './report-fixture.js';

const records = fixtureRecords();
const docs = records.filter((r): r is TextRecord => !isErrorRecord(r));
const html = print(htmlPrinter({ title: 'تقرير <test>' }), records);

function decode(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|#39);/g, (_, n: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[n]!);
}

/** Each article's id and its body HTML, as the browser reads it from the data-b attribute. */
function bodies(page: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of page.matchAll(/<article class="doc" id="(doc-\d+)"[^>]*? data-b="([^"]*)">/g)) {
    out.set(m[1], m[2].replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
  }
  return out;
}

/** The document text of a body: the `text` block with its tags taken out. */
function bodyText(body: string): string {
  const m = /<div class='text'>([\s\S]*?)<\/div>(?:<ul class='ents'>|$)/.exec(body);
  if (!m) throw new Error('no text block');
  return decode(m[1].replace(/<[^>]+>/g, ''));
}

function reportData(page: string): { entities: Record<string, [string, string]>; types: Record<string, string> } {
  return JSON.parse(/<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/.exec(page)![1]);
}

function markTexts(body: string): string[] {
  return [...body.matchAll(/<mark [^>]*>([\s\S]*?)<\/mark>/g)].map((m) => decode(m[1]));
}

const VOID = new Set(['meta', 'br', 'img', 'hr', 'input', 'link', 'wbr']);

/** Open and close tags balance (raw text of <script> and <style> skipped). Returns the first problem, or ''. */
function balance(page: string): string {
  const stack: string[] = [];
  const src = page.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/g, '<$1></$1>');
  // A tag with its attributes; quoted values may hold '>' (data-b holds a whole body).
  for (const m of src.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)(?:\s+[^\s=>"']+(?:=(?:"[^"]*"|'[^']*'|[^\s>"']+))?)*\s*(\/?)>/g)) {
    const [, close, rawName] = m;
    const name = rawName.toLowerCase();
    if (VOID.has(name)) continue;
    if (!close) stack.push(name);
    else if (stack.pop() !== name) return `unexpected </${name}> at ${m.index}`;
  }
  return stack.length ? `unclosed ${stack.join(' ')}` : '';
}

describe('htmlPrinter', () => {
  it('writes one right-to-left, self-contained page with balanced markup', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="ar" dir="rtl">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<title>تقرير &lt;test&gt;</title>');
    expect(balance(html)).toBe('');
    for (const body of bodies(html).values()) expect(balance(body)).toBe('');
    // Nothing is loaded from anywhere: no external scripts, styles, fonts or images.
    expect(html).not.toMatch(/<(script|img|link|iframe)\b[^>]*\s(src|href)=/i);
    expect(html).not.toMatch(/@import|url\(|@font-face/i);
    expect(html).toMatch(/font-family:"Noto Naskh Arabic", "Amiri", "Segoe UI"/);
  });

  it("highlights every mention: the marks' text is the entities' text, in order, and the rest is the text", () => {
    const byId = bodies(html);
    const articles = [...html.matchAll(/<article class="doc[^"]*" id="(doc-\d+)"/g)].map((m) => m[1]);
    expect(articles).toHaveLength(records.length);
    records.forEach((r, i) => {
      if (isErrorRecord(r)) return;
      const body = byId.get(articles[i])!;
      expect(markTexts(body)).toEqual(r.entities.map((e) => e.text));
      if (r.text !== undefined) expect(bodyText(body)).toBe(r.text);
    });
    const seed = byId.get(articles[0])!;
    expect(markTexts(seed).length).toBeGreaterThan(50);
    expect(seed).toContain("<mark class='t-PER' data-k='person:emmanuel-macron' data-s='gazetteer|0.9'>إيمانويل ماكرون</mark>");
  });

  it('gives each mark its id, source, confidence, and for dates the ISO value; labels once per entity', () => {
    const seed = bodies(html).get('doc-1')!;
    expect(seed).toContain("<mark class='t-DATE' data-k='DATE:2023-07-17' data-s='date|0.95|day|2023-07-17'>17 يوليو/تموز 2023</mark>");
    expect(seed).toContain("<mark class='t-LOC' data-k='country:UA' data-s='gazetteer|0.9'>أوكرانيا</mark>");
    const data = reportData(html);
    expect(data.entities['person:emmanuel-macron']).toEqual(['Emmanuel Macron', '']);
    expect(data.entities['country:UA']).toEqual(['Ukraine', 'country']);
    expect(data.types.NORP).toBe('nationality');
  });

  it('keeps <script> in the text as text, in the page and in the embedded data', () => {
    // Our own scripts only: the JSON data block and the client.
    expect(html.match(/<script\b/gi)).toEqual(['<script', '<script']);
    expect(html).toContain('<script type="application/json" id="report-data">');
    expect(html).not.toMatch(/<script>window|<img/);
    const body = bodies(html).get('doc-2')!;
    expect(body).toContain('&lt;/script&gt;&lt;script&gt;window.__pwned = 1&lt;/script&gt;');
    expect(body).toContain('&lt;img src=x onerror=&quot;window.__pwned = 2&quot;&gt;');
    expect(bodyText(body)).toBe(HOSTILE_TEXT);
    // The error message, which also carries <script>, is escaped.
    expect(html).toContain('Unexpected token &lt;script&gt; in JSON');
  });

  it('escapes hostile ids and labels (from a user lexicon) in marks, the overview and the label table', () => {
    const id = `org:x"'<script>alert(1)</script>`;
    const label = '</script><script>alert(2)</script>';
    const r: TextRecord = {
      source: 'u.txt',
      refDate: '2025-09-05',
      text: 'منظمة س هنا',
      entities: [{ type: 'ORG', text: 'س', start: 6, end: 7, id, label, source: 'gazetteer', confidence: 0.9 }],
    };
    const page = print(htmlPrinter(), [r, { ...r, source: 'v.txt' }]);
    expect(balance(page)).toBe('');
    expect(page.match(/<script\b/gi)).toHaveLength(2);
    expect(reportData(page).entities[id]).toEqual([label, '']);
    const body = bodies(page).get('doc-1')!;
    expect(balance(body)).toBe('');
    expect(markTexts(body)).toEqual(['س']);
    expect(decode(/data-k='([^']*)'/.exec(body)![1])).toBe(id);
  });

  it('shows error records as errors and documents without text as their mention list', () => {
    expect(html).toMatch(/<article class="doc err" id="doc-5"><h3>[^\n]*?records\.jsonl:3<\/a><\/h3><p class="msg">⚠ خطأ/);
    const noText = bodies(html).get('doc-6')!;
    expect(noText).toMatch(/^<div class='meta'>.*?<\/div><ul class='ents'><li><mark/);
    expect(html).toContain('no-text.json #no-text-1');
  });

  it('counts the overview right: documents, mentions, types, top entities, pairs and months', () => {
    const all = docs.flatMap((d) => d.entities);
    const count = (pred: (e: Entity) => boolean) => all.filter(pred).length;
    expect(html).toContain(`<b class="num" id="n-docs">${docs.length}</b>`);
    expect(html).toContain(`<b class="num" id="n-mentions">${all.length}</b>`);
    expect(html).toContain('<b class="num" id="n-errors">1</b>');
    const overview = html.slice(html.indexOf('<section id="overview"'));
    const rowCount = (key: string): number => {
      const m = new RegExp(`data-f="\\[&quot;${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}&quot;\\]"[^>]*>[\\s\\S]*?<span class="n num">([\\d,]+)</span>`).exec(overview);
      if (!m) throw new Error(`no overview row for ${key}`);
      return Number(m[1].replace(/,/g, ''));
    };
    for (const t of ['PER', 'LOC', 'ORG', 'NORP', 'DATE'] as const) expect(rowCount(`t:${t}`)).toBe(count((e) => e.type === t));
    expect(rowCount('country:UA')).toBe(count((e) => e.id === 'country:UA'));
    expect(rowCount('person:emmanuel-macron')).toBe(count((e) => e.id === 'person:emmanuel-macron'));
    // Ukraine is the most mentioned place: first in its list.
    expect(/<div class="card t-LOC">[\s\S]*?<ol class="rows">\s*<li><button[^>]*data-f="\[&quot;country:UA&quot;\]"/.test(overview)).toBe(true);
    // Macron and Paris are together in three documents: the seed, the hostile text and the seed without its text.
    expect(overview).toMatch(/data-f="\[&quot;city:paris&quot;,&quot;person:emmanuel-macron&quot;\]"[^>]*>[\s\S]*?<span class="n num">3<\/span>/);
    // July 2023: the seed's date and the hostile text's, each written in two documents.
    const july = count((e) => e.type === 'DATE' && e.grain === 'day' && e.value?.startsWith('2023-07') === true);
    expect(overview).toMatch(new RegExp(`data-n="2023-07"[^>]*><span class="n num">${july}</span>`));
  });

  it('streams: each record is written when it comes, the overview only at the end', () => {
    const printer = htmlPrinter();
    const begin = printer.begin();
    expect(begin).not.toContain('id="overview"');
    const chunk = printer.record(docs[1]);
    expect(chunk.startsWith('<article class="doc" id="doc-1"')).toBe(true);
    expect(chunk.trimEnd().endsWith('</article>')).toBe(true);
    const end = printer.end();
    expect(end).toContain('<section id="overview"');
    const stats = printer.stats();
    expect(stats).toMatchObject({ documents: 1, errors: 0, mentions: docs[1].entities.length });
    expect(stats.bytes).toBe(Buffer.byteLength(begin + chunk + end));
    expect(end).toMatch(/id="size">\d+\.\d KB</);
  });

  it('lists mentions whose offsets do not fit the text after it instead of dropping them', () => {
    const e = (start: number, end: number, text: string): Entity => ({ type: 'LOC', text, start, end, source: 'gazetteer', confidence: 1 });
    const body = bodyHtml('في باريس', [e(3, 8, 'باريس'), e(4, 6, 'ار'), e(20, 25, 'خارج')]);
    expect(markTexts(body)).toEqual(['باريس', 'ار', 'خارج']);
    expect(body.startsWith("<div class='text'>في <mark")).toBe(true);
  });

  it('has a client script that parses', () => {
    expect(() => new Function(CLIENT_JS)).not.toThrow();
  });
});

describe('escaping', () => {
  it('escapes text and attributes', () => {
    expect(escapeHtml(`<a href="x">&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;');
    expect(escapeHtml('a\u0000b\u001bc\n\td')).toBe('a\uFFFDb\uFFFDc\n\td');
  });

  it('writes JSON a <script> block cannot be closed by', () => {
    const s = 'x</script><script>alert(1)</script><!-- \u2028';
    const j = jsonForScript({ s });
    expect(j).not.toContain('<');
    expect(j).not.toContain('\u2028');
    expect(JSON.parse(j)).toEqual({ s });
  });
});

describe('overview aggregates', () => {
  const ent = (id: string, type: Entity['type'] = 'PER'): Entity => ({ type, text: id, start: 0, end: 1, id, source: 'gazetteer', confidence: 1 });

  it('keys mentions by id, else by type and value or text', () => {
    expect(entityKey(ent('country:UA', 'LOC'))).toBe('country:UA');
    expect(entityKey({ type: 'DATE', text: 'الخميس', start: 0, end: 6, source: 'date', value: '2025-09-04', grain: 'day', confidence: 1 })).toBe('DATE:2025-09-04');
    expect(entityKey({ type: 'PER', text: 'فلان', start: 0, end: 4, source: 'rule', confidence: 0.6 })).toBe('PER:فلان');
  });

  it('keeps its pair table bounded on a large collection and the frequent pairs on top', () => {
    const st = new OverviewStats();
    for (let d = 0; d < 1500; d++) {
      const rare = Array.from({ length: 12 }, (_, i) => ent(`person:rare-${d}-${i}`));
      st.addDocument([ent('person:a'), ent('country:B', 'LOC'), ...rare]);
    }
    expect(st.pairsPruned).toBe(true);
    expect((st as unknown as { pairs: Map<string, number> }).pairs.size).toBeLessThanOrEqual(60_000);
    const [top] = st.topPairs(1);
    expect([top.a.key, top.b.key].sort()).toEqual(['country:B', 'person:a']);
    expect(top.documents).toBe(1500);
    expect(st.top('PER', 1)[0]).toMatchObject({ key: 'person:a', mentions: 1500, documents: 1500 });
  });

  it('makes a month timeline from day and month dates, gaps filled', () => {
    const st = new OverviewStats();
    const date = (value: string, grain: string): Entity => ({ type: 'DATE', text: value, start: 0, end: 1, source: 'date', value, grain, confidence: 1 });
    st.addDocument([date('2024-11-05', 'day'), date('2025-01', 'month'), date('2025', 'year'), date('XXXX-02-29', 'day')]);
    expect(st.timeline()).toEqual([
      { month: '2024-11', mentions: 1 },
      { month: '2024-12', mentions: 0 },
      { month: '2025-01', mentions: 1 },
    ]);
  });
});

// The seed text is what the fixture says it is (a guard for the fixture itself).
it('builds the fixture from the seed article', () => {
  expect((records[0] as DocumentRecord & { text: string }).text).toBe(seedText);
});
