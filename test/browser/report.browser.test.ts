import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadText } from '../../src/model/load.js';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exampleFiles, fixture, projectName } from '../helpers/projects.js';
import { fileUrl, launch, openFile, screenshot } from './chromium.js';
import { dossierHtml } from './dossier.js';

/** The charts and tables a report must show, and each chart's number of data points, from the project itself. */
function expected(path: string): { charts: Record<string, number>; tables: string[]; sections: number } {
  const p = loadText({ name: path, text: readFileSync(path, 'utf8') }).project!;
  const h = p.project.horizon_months;
  const years = Math.ceil(h / 12);
  const scenarios = Boolean(p.demand?.scenarios?.pessimistic || p.demand?.scenarios?.optimistic);
  const charts: Record<string, number> = { 'revenue-charges': 2 * h, cash: h, 'break-even': 2 * h, 'unit-cost': p.products.length };
  if (scenarios) charts.scenarios = 9;
  if (p.experience?.funnel?.length) charts.funnel = p.experience.funnel.length;
  // A project with a risk section gets « Analyse de risque »: the fan of cash (a point a month), the tornado, its tables.
  if (p.risk) {
    charts['risk-fan'] = h;
    // The tornado: a bar per lever drawn (traffic, conversion and the scenarios' costs).
    charts['risk-drivers'] = ['traffic', 'conversion', 'costs'].filter((k) => p.demand?.scenarios?.pessimistic?.[k as 'traffic'] !== undefined).length;
  }
  const tables = [
    'key-figures',
    'objectives',
    'financing_plan',
    'income_statement',
    ...Array.from({ length: years }, (_, i) => [`cash_plan-${i + 1}-h1`, `cash_plan-${i + 1}-h2`]).flat(),
    'break_even',
    ...(scenarios ? ['scenarios'] : []),
    'sensitivity_result',
    'sensitivity_cash',
    ...p.products.flatMap((x) => [`margin-${x.id}`, `cost-${x.id}`]),
    'stock',
    'products',
    'strategies',
    'suppliers',
    'personas',
    'competitors',
    'actions',
    'acquisition',
    'funnel',
    'processings',
    'criteria-C1',
    'criteria-C2',
    'criteria-C3',
    'criteria-C4',
    'criteria-C5',
    ...(p.risk ? ['risk_outputs', 'risk_break_even', 'risk_drivers', 'risk_levers'] : []),
  ];
  return { charts, tables, sections: p.risk ? 8 : 7 };
}

interface PageCounts {
  charts: Record<string, { count: number; points: number; visible: boolean }>;
  allCharts: number;
  tables: number[];
  lowest: number;
  breakEven: number;
  toc: number;
  fanBands: number;
  overflow: number;
}

/** Runs in the page: each chart's count, data points and visibility (a box of some size, not hidden), each table's count, the marks. */
function pageCounts(charts: string[], tables: string[]): PageCounts {
  // The page's globals (the tests are type-checked without the DOM library).
  interface Box {
    getBoundingClientRect(): { width: number; height: number };
  }
  const { document, getComputedStyle } = globalThis as unknown as {
    document: { querySelectorAll(s: string): { length: number }; querySelector(s: string): Box | null; documentElement: { scrollWidth: number; clientWidth: number } };
    getComputedStyle(el: Box): { visibility: string };
  };
  const all = (sel: string) => document.querySelectorAll(sel).length;
  const visible = (el: Box | null) => {
    if (!el) return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  };
  const out: PageCounts['charts'] = {};
  for (const c of charts) {
    const sel = `svg[data-chart="${c}"]`;
    out[c] = { count: all(sel), points: all(`${sel} [data-point]`), visible: visible(document.querySelector(sel)) };
  }
  return {
    charts: out,
    allCharts: all('svg[data-chart]'),
    tables: tables.map((t) => all(`table[data-table="${t}"]`)),
    lowest: all('svg[data-chart="cash"] [data-lowest]'),
    breakEven: all('svg[data-chart="break-even"] [data-break-even]'),
    toc: all('nav.toc a'),
    fanBands: all('svg[data-chart="risk-fan"] polygon[data-band]'),
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
  };
}

/** An example with a risk section (the one its comments show): its dossier gains « Analyse de risque ». */
function withRisk(example: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'ecomplan-risk-')), `${projectName(example)}-risk.ecomplan.yaml`);
  writeFileSync(file, `${readFileSync(example, 'utf8')}\nrisk:\n  draws: 256\n  correlations:\n    - { between: [traffic, conversion], rho: 0.5 }\n`);
  return file;
}

/** The examples, the Kissa with a risk section (the rest of its dossier is the example's). */
const projects = exampleFiles().map((f) => (f.includes('kissa') ? withRisk(f) : f));

describe('report HTML in headless Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(projects.map((p) => [projectName(p), p]))('%s: no request, no error, every chart and table there', async (name, project) => {
    const file = dossierHtml(project);
    const want = expected(project);
    for (const phone of [false, true]) {
      const log = await openFile(browser, file, { phone });
      const { page } = log;
      expect(log.requests).toEqual([fileUrl(file)]);
      expect(log.consoleErrors).toEqual([]);
      expect(log.pageErrors).toEqual([]);
      expect(log.dialogs).toEqual([]);
      // Everything counted in one call to the page (one round trip per figure took most of the test's time).
      const seen = await page.evaluate<PageCounts>(`(${pageCounts.toString()})(${JSON.stringify(Object.keys(want.charts))}, ${JSON.stringify(want.tables)})`);
      for (const [chart, points] of Object.entries(want.charts)) {
        expect(seen.charts[chart], chart).toEqual({ count: 1, points, visible: true });
      }
      expect(seen.allCharts).toBe(Object.keys(want.charts).length);
      want.tables.forEach((table, i) => expect(seen.tables[i], table).toBe(1));
      // The lowest cash point and the break-even month are marked on their charts.
      expect(seen.lowest).toBe(1);
      expect(seen.breakEven).toBe(1);
      expect(seen.toc).toBe(want.sections);
      if (want.charts['risk-fan']) expect(seen.fanBands).toBe(2);
      if (phone) expect(seen.overflow).toBeLessThanOrEqual(0);
      await screenshot(page, `report-${name}-${phone ? 'phone' : 'desktop'}`);
      await page.context().close();
    }
  });

  it('hostile project: text stays text, nothing executes', async () => {
    const file = dossierHtml(fixture('hostile.ecomplan.yaml'));
    const log = await openFile(browser, file);
    expect(log.requests).toEqual([fileUrl(file)]);
    expect(log.dialogs).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    expect(await log.page.locator('script, img, iframe').count()).toBe(0);
    expect(await log.page.locator('h1').textContent()).toBe(`Dossier e-commerce — <script>alert('x')</script> {{constructor}} "Chez Zoé" | *gras* 🕯️`);
    await screenshot(log.page, 'report-hostile');
    await log.page.context().close();
  });
});
