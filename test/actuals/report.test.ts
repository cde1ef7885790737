/** `report --actuals`: « Suivi du réel » with its tables and its two charts; without it the report is unchanged. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseActuals } from '../../src/actuals/analyse.js';
import { combineOrders, importExport } from '../../src/actuals/import.js';
import { loadText } from '../../src/model/load.js';
import { evaluate } from '../../src/evaluate/index.js';
import { renderReport, reportRequest } from '../../src/render/report/index.js';
import { example } from '../helpers/cli.js';

const file = example('bougies-atelier-lumiere.ecomplan.yaml');
const project = loadText({ name: file, text: readFileSync(file, 'utf8') }).project!;
const exports = ['bougies-shopify-commandes.csv', 'bougies-etsy-sold-orders.csv', 'bougies-etsy-sold-order-items.csv'].map((f) => example(`actuals/${f}`));
const evaluation = evaluate({ project }, reportRequest);
const analysis = analyseActuals(project, combineOrders(exports.map((f) => importExport(readFileSync(f), f))).orders);

describe('report with actuals', () => {
  const plain = renderReport(project, { evaluation, format: 'html', lang: 'fr' });
  const html = renderReport(project, { evaluation, format: 'html', lang: 'fr', actuals: analysis });
  it('adds the section, in the table of contents too, after the checklist', () => {
    expect(plain.text).not.toContain('Suivi du réel');
    expect(html.text).toContain('Suivi du réel');
    expect(html.text).toContain('href="#actuals"');
    expect(html.text.indexOf('id="actuals"')).toBeGreaterThan(html.text.indexOf('id="criteria"'));
  });
  it('draws revenue and cash: plan and actual-then-revised, one point a month of the horizon each', () => {
    const ids = html.view.charts.map((c) => c.id);
    expect(ids.slice(-2)).toEqual(['actuals-revenue', 'actuals-cash']);
    expect(html.view.charts.length).toBe(plain.view.charts.length + 2);
    expect(html.view.charts.at(-1)!.points).toBe(2 * 36);
    expect(html.text).toContain('data-chart="actuals-cash"');
  });
  it('shows the re-forecast with its factors', () => {
    expect(html.text).toContain('Commandes multipliées par 0,880 et panier par 1,023 après juin 2027');
    expect(html.text).toContain('coffret-noel');
  });
});
