/**
 * The printed dossier (issue 12): nothing cut by the A4 page or the screen, no chart
 * text outside its drawing, the unit-cost key complete, headings kept with what follows.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleFiles, projectName } from '../helpers/projects.js';
import { launch, openFile } from './chromium.js';
import { dossierHtml } from './dossier.js';
import { HEADER_AND_STATUS_CELLS, splitWords } from './words.js';

/** The width of an A4 page less the dossier's margins (210 mm − 2 × 14 mm) in CSS pixels. */
const A4_CONTENT_PX = ((210 - 28) / 25.4) * 96;

/** Cells whose right edge lies beyond `limit` px: `table id: cell text`. */
const cellsBeyond = (page: Page, limit: number): Promise<string[]> =>
  page.evaluate<string[]>(`(() => {
    const out = [];
    for (const cell of document.querySelectorAll('table td, table th')) {
      const r = cell.getBoundingClientRect();
      if (r.right > ${limit} + 0.5) out.push((cell.closest('table')?.getAttribute('data-table') ?? '?') + ': ' + cell.textContent.trim() + ' (' + Math.round(r.right) + ' px)');
    }
    return out;
  })()`);

describe('printed dossier in headless Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(exampleFiles().map((p) => [projectName(p), p]))(
    '%s: every table cell inside the A4 page box, no sideways scroll at 1 280 px, no word split in a header or status cell',
    async (_name, project) => {
      const file = dossierHtml(project);
      const { page } = await openFile(browser, file);
      // Screen, 1 280 px wide: no table scrolls sideways.
      const scrolling = await page.evaluate<string[]>(`Array.from(document.querySelectorAll('.table-wrap'))
      .filter((w) => w.scrollWidth > w.clientWidth + 1)
      .map((w) => w.querySelector('table')?.getAttribute('data-table') ?? '?')`);
      expect(scrolling).toEqual([]);
      // Headers and status cells wrap only between words (« Marqu/e », « valid/é » before issue 23).
      expect(await splitWords(page, HEADER_AND_STATUS_CELLS)).toEqual([]);
      // Print: the page box of A4 less the margins (the layout of the PDF).
      await page.emulateMedia({ media: 'print' });
      await page.setViewportSize({ width: Math.floor(A4_CONTENT_PX), height: 1100 });
      expect(await cellsBeyond(page, A4_CONTENT_PX)).toEqual([]);
      expect(await splitWords(page, HEADER_AND_STATUS_CELLS)).toEqual([]);
      // The cash plan has every month of every year, and each year's total.
      const months = await page.locator('table[data-table^="cash_plan-"] thead th').allTextContents();
      expect(months.filter((m) => m === 'novembre').length).toBeGreaterThanOrEqual(1);
      expect(months.filter((m) => /^Total année \d$/.test(m)).length).toBe(await page.locator('table[data-table^="cash_plan-"][data-table$="-h2"]').count());
      await page.context().close();
    },
  );

  it.each(exampleFiles().map((p) => [projectName(p), p]))('%s: no chart text overflows its viewBox; the unit-cost key names every segment', async (_name, project) => {
    const file = dossierHtml(project);
    const { page } = await openFile(browser, file);
    const outside = await page.evaluate<string[]>(`(() => {
      const out = [];
      for (const svg of document.querySelectorAll('svg[data-chart]')) {
        const vb = svg.viewBox.baseVal;
        for (const text of svg.querySelectorAll('text')) {
          const b = text.getBBox();
          if (b.x < vb.x - 0.5 || b.y < vb.y - 0.5 || b.x + b.width > vb.x + vb.width + 0.5 || b.y + b.height > vb.y + vb.height + 0.5) out.push(svg.getAttribute('data-chart') + ': ' + text.textContent);
        }
      }
      return out;
    })()`);
    expect(outside).toEqual([]);
    const segments = [...new Set(await page.locator('svg[data-chart="unit-cost"] [data-segment]').evaluateAll((els) => els.map((e) => e.getAttribute('data-segment'))))].sort();
    const keys = (await page.locator('svg[data-chart="unit-cost"] [data-legend]').evaluateAll((els) => els.map((e) => e.getAttribute('data-legend')))).sort();
    expect(segments.length).toBeGreaterThanOrEqual(2);
    expect(keys).toEqual(segments);
    // No product name is shortened without its full text in the table under the chart.
    const texts = await page.locator('svg[data-chart] text').allTextContents();
    expect(texts.filter((x) => x.includes('…'))).toEqual([]);
    await page.context().close();
  });

  it.each(exampleFiles().map((p) => [projectName(p), p]))('%s: headings kept with what follows, one unit per axis, guillemets held, break-even said (item 4)', async (_name, project) => {
    const file = dossierHtml(project);
    const { page } = await openFile(browser, file);
    await page.emulateMedia({ media: 'print' });
    const breaks = await page.evaluate<string[]>(`Array.from(document.querySelectorAll('main h2, main h3, caption')).map((h) => getComputedStyle(h).breakAfter)`);
    expect(new Set(breaks)).toEqual(new Set(['avoid']));
    // Each money axis speaks one unit: all its labels in k€, or none.
    const axes = await page.evaluate<string[][]>(
      `Array.from(document.querySelectorAll('svg[data-chart]')).map((svg) => Array.from(svg.querySelectorAll('text[text-anchor="end"][dominant-baseline="middle"]')).map((t) => t.textContent).filter((t) => /€$/.test(t)))`,
    );
    for (const labels of axes) {
      const k = labels.filter((l) => /k€$/.test(l)).length;
      expect(k === 0 || k === labels.length, labels.join(' | ')).toBe(true);
    }
    // No guillemet followed or preceded by a breakable space.
    const text = await page.evaluate<string>('document.body.innerText');
    expect(text.match(/« |[ \t\n]»/g) ?? []).toEqual([]);
    // The break-even chart always says where the point mort is.
    expect(await page.locator('svg[data-chart="break-even"] [data-break-even] text, svg[data-chart="break-even"] text[data-break-even]').first().textContent()).toMatch(/Point mort/);
    await page.context().close();
  });
});
