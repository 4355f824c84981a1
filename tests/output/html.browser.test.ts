/**
 * The HTML report in a real browser: Debian's Chromium driven by playwright-core. In CI (CI=true) a missing browser
 * fails the run; elsewhere the suite is skipped with a message.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { htmlPrinter } from '../../src/output/html.js';
import { jsonPrinter } from '../../src/output/printers.js';
import { isErrorRecord, type DocumentRecord, type OutputRecord } from '../../src/output/record.js';
import { SEED_PATH, fixtureRecords, print, record, seedText } from './report-fixture.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const inCI = process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false' && process.env.CI !== '0';
const hasBrowser = existsSync(CHROMIUM);
const SCREENSHOT = new URL('../../docs/report.png', import.meta.url).pathname;

if (!hasBrowser && !inCI) {
  console.warn(`html.browser.test: skipped: ${CHROMIUM} not found (apt-get install -y chromium). In CI a missing browser fails.`);
}

describe.skipIf(!hasBrowser && !inCI)('the HTML report in Chromium', { timeout: 180_000 }, () => {
  let dir = '';
  let ctx: BrowserContext;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (!hasBrowser) throw new Error(`${CHROMIUM} is missing: CI must install Debian's chromium (apt-get install -y chromium)`);
    dir = mkdtempSync(join(tmpdir(), 'arner-report-'));
    // Playwright passes --user-data-dir itself: the profile folder given here, inside the temporary folder.
    ctx = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      viewport: { width: 1280, height: 1000 },
      timeout: 120_000,
    });
  }, 180_000);

  afterAll(async () => {
    await ctx?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function open(name: string, html: string): Promise<Page> {
    const file = join(dir, name);
    writeFileSync(file, html);
    const page = await ctx.newPage();
    page.on('pageerror', (e) => pageErrors.push(`${name}: ${e.message}`));
    await page.goto(pathToFileURL(file).href, { timeout: 120_000 });
    await page.waitForSelector('html[data-ready]', { state: 'attached', timeout: 120_000 });
    return page;
  }

  /** The mention texts of each record as the JSON output prints them. */
  function jsonMentions(records: OutputRecord[]): (string[] | null)[] {
    const parsed = JSON.parse(print(jsonPrinter(), records)) as OutputRecord[];
    return parsed.map((r) => (isErrorRecord(r) ? null : r.entities.map((e) => e.text)));
  }

  it('highlights exactly the mentions of the JSON output, and <script> in the text stays text', async () => {
    const records = fixtureRecords();
    const page = await open('fixture.html', print(htmlPrinter(), records));
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.getAttribute('html', 'lang')).toBe('ar');
    await page.click('#render-all');
    const marks = await page.$$eval('article.doc', (arts) =>
      arts.map((a) => (a.classList.contains('err') ? null : [...a.querySelectorAll('.body mark')].map((m) => m.textContent))),
    );
    expect(marks).toEqual(jsonMentions(records));
    // The hostile document is text: no element came from it, and its script never ran.
    const hostile = await page.$eval('#doc-2 .body', (b) => ({ text: b.textContent, elements: b.querySelectorAll('script, img').length }));
    expect(hostile.text).toContain('</script><script>window.__pwned = 1</script>');
    expect(hostile.elements).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.textContent('#doc-5 .msg')).toContain('Unexpected token <script> in JSON');
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('filters by an overview entity, by a month, and back; by mouse and keyboard', async () => {
    const records = fixtureRecords();
    const page = await open('filter.html', print(htmlPrinter(), records));
    const carrying = (pred: (e: DocumentRecord['entities'][number]) => boolean) =>
      records.map((r, i) => (!isErrorRecord(r) && r.entities.some(pred) ? `doc-${i + 1}` : null)).filter((x) => x !== null);
    const visible = () => page.$$eval('article.doc', (arts) => arts.filter((a) => !(a as HTMLElement).hidden).map((a) => a.id));

    await page.click(`#overview button[data-f='["person:emmanuel-macron"]']`);
    expect(await visible()).toEqual(carrying((e) => e.id === 'person:emmanuel-macron'));
    expect(await page.isVisible('#filter')).toBe(true);
    expect(await page.textContent('#filter-text')).toBe('إيمانويل ماكرون');
    const seed = records[0] as DocumentRecord;
    const hits = await page.$$eval('#doc-1 mark.hit', (ms) => ms.map((m) => m.getAttribute('data-k')));
    expect(hits).toEqual(seed.entities.filter((e) => e.id === 'person:emmanuel-macron').map(() => 'person:emmanuel-macron'));
    expect(await page.$$eval('#doc-1 mark.dim', (ms) => ms.length)).toBe(seed.entities.length - hits.length);

    // The clear control (focused after filtering), by keyboard.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('clear');
    await page.keyboard.press('Enter');
    expect(await visible()).toEqual(records.map((_, i) => `doc-${i + 1}`));
    expect(await page.isVisible('#filter')).toBe(false);

    // A month on the timeline, by keyboard; Escape clears.
    await page.focus(`#overview button[data-n="2023-07"]`);
    await page.keyboard.press('Enter');
    expect(await visible()).toEqual(carrying((e) => e.type === 'DATE' && e.value?.startsWith('2023-07') === true && e.grain === 'day'));
    await page.keyboard.press('Escape');
    expect(await page.isVisible('#filter')).toBe(false);

    // A mention in the text: Enter filters to its entity.
    await page.focus('#doc-1 mark[data-k="city:paris"]');
    await page.keyboard.press('Enter');
    expect(await visible()).toEqual(carrying((e) => e.id === 'city:paris'));
    await page.click('#clear');
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('is keyboard reachable, and focusing a mention shows its id, label, source and confidence', async () => {
    const page = await open('keys.html', print(htmlPrinter(), fixtureRecords()));
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('render-all');
    await page.keyboard.press('Tab');
    // Then the overview, moved to the top of the page.
    expect(await page.evaluate(() => document.activeElement?.closest('#overview') !== null)).toBe(true);
    await page.focus('#doc-1 mark[data-k="person:emmanuel-macron"]');
    expect(await page.isVisible('#tip')).toBe(true);
    const tip = await page.textContent('#tip');
    for (const part of ['person:emmanuel-macron', 'Emmanuel Macron', 'gazetteer', 'confidence: 0.90']) expect(tip).toContain(part);
    await page.focus('#doc-1 mark[data-k="DATE:2023-07-17"]');
    expect(await page.textContent('#tip')).toContain('value: 2023-07-17 (day)');
    await page.keyboard.press('Escape');
    expect(await page.isVisible('#tip')).toBe(false);
    await page.close();
  });

  it('stays usable at 5,000 documents: bodies render as they come into view', async () => {
    const lines = seedText.split('\n').filter((l) => l.trim() !== '');
    const base = lines.map((l, i) => record(`p${i}.txt`, l));
    const N = 5000;
    const records: OutputRecord[] = Array.from({ length: N }, (_, i) => ({ ...base[i % base.length], source: `corpus/${String(i).padStart(4, '0')}.txt` }));
    const printer = htmlPrinter({ title: '5000' });
    const html = print(printer, records);
    const started = Date.now();
    const page = await open('big.html', html);
    const loadMs = Date.now() - started;
    const state = () =>
      page.evaluate(() => ({
        rendered: document.querySelectorAll('article[data-rendered]').length,
        marks: document.querySelectorAll('mark').length,
      }));
    const first = await state();
    expect(first.rendered).toBeGreaterThan(0);
    expect(first.rendered).toBeLessThan(100);
    // The size of the report is reported on the page.
    expect(await page.textContent('#n-docs')).toBe('5,000');
    expect(await page.textContent('#size')).toMatch(/^\d+\.\d MB$/);
    // The end of the page renders when it is scrolled to.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForSelector(`#doc-${N}[data-rendered]`, { state: 'attached', timeout: 30_000 });
    expect((await state()).rendered).toBeLessThan(200);
    // Filtering the whole collection stays quick.
    const t0 = Date.now();
    await page.click(`#overview button[data-f='["person:emmanuel-macron"]']`);
    const filterMs = Date.now() - t0;
    const expected = records.filter((r) => !isErrorRecord(r) && r.entities.some((e) => e.id === 'person:emmanuel-macron')).length;
    expect(await page.textContent('#filter-count')).toBe(`${expected} / ${N}`);
    console.log(`5,000-document report: ${(printer.stats().bytes / 1024 / 1024).toFixed(1)} MB, loaded in ${loadMs} ms, filtered in ${filterMs} ms`);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('takes a screenshot of a report on the seed article (docs/report.png)', async () => {
    const page = await open('seed.html', print(htmlPrinter({ title: 'arner — ' + SEED_PATH.split('/').pop() }), [record(SEED_PATH, seedText)]));
    await page.setViewportSize({ width: 1280, height: 1800 });
    // A mention's popover, as a keyboard user sees it.
    await page.focus('#doc-1 mark[data-k="person:emmanuel-macron"]');
    mkdirSync(join(SCREENSHOT, '..'), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: false });
    expect(existsSync(SCREENSHOT)).toBe(true);
    await page.close();
  });
});
