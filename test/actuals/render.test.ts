/** Formatters of `ecomplan actuals` on export content that tries to be code; the project's own mapping. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseActuals } from '../../src/actuals/analyse.js';
import { combineOrders, importText } from '../../src/actuals/import.js';
import type { ColumnMapping } from '../../src/actuals/types.js';
import { loadText } from '../../src/model/load.js';
import { actualsFormatters } from '../../src/render/actuals/index.js';
import { example } from '../helpers/cli.js';

const file = example('bougies-atelier-lumiere.ecomplan.yaml');
const text = readFileSync(file, 'utf8');

const EXPORT = [
  'Name,Financial Status,Paid at,Total,Taxes,Lineitem quantity,Lineitem name,Lineitem sku',
  '#1,paid,2027-01-02,24.00,0,1,Bougie classique 200 g,',
  '#2,paid,2027-01-03,30.00,0,1,Coffret,"=HYPERLINK(""http://x"")"',
  '#3,paid,2027-01-04,30.00,0,1,"<b>Coffret</b> | *x*",',
].join('\n');

describe('actuals output with hostile export content', () => {
  const project = loadText({ name: file, text }).project!;
  const analysis = analyseActuals(project, combineOrders([importText(EXPORT, 'e.csv')]).orders);
  const out = (format: 'csv' | 'md') => actualsFormatters[format]({ analysis, project, notes: [], lang: 'fr', color: false });
  it('CSV: an unmatched SKU starting with = is neutralised and never a row id', () => {
    const line = out('csv')
      .split('\r\n')
      .find((l) => l.includes('HYPERLINK'))!;
    expect(line).toMatch(/^unmatched,unmatched\.2,/);
    expect(line).toContain(`"'=HYPERLINK(""http://x"")"`);
  });
  it('Markdown: a product name from the export is escaped (no HTML, no cell break)', () => {
    const md = out('md');
    expect(md).toContain('Coffret');
    expect(md).not.toContain('<b>');
    expect(md).not.toContain('| *x*');
  });
});

describe('actuals.mapping in the project', () => {
  const withMapping = `${text.replace(/\n*$/, '\n')}actuals:\n  tolerance: 5%\n  mapping: { order_id: Ref, date: Jour, quantity: Qte, name: Article, total: Montant, status: Etat, date_order: dmy }\n`;
  const loaded = loadText({ name: file, text: withMapping });
  it('validates and reads a generic export with it', () => {
    expect(loaded.project).toBeDefined();
    const mapping = loaded.project!.actuals!.mapping as ColumnMapping;
    const r = importText('Ref;Jour;Qte;Article;Montant;Etat\nA1;02/01/2027;2;Bougie classique 200 g;48,00;payée\nA2;03/01/2027;1;Bougie classique 200 g;24,00;annulée\n', 'g.csv', { mapping });
    expect(r.source).toBe('generic');
    const a = analyseActuals(loaded.project!, r.orders);
    expect(a.tolerance.toString()).toBe('0.05');
    expect(a.left.cancelled).toBe(1);
    expect(a.months[0]!.lines.find((l) => l.id === 'units.bougie-classique')!.actual!.toString()).toBe('2');
  });
  it('an unknown key of the mapping is an error of the project file', () => {
    const bad = loadText({ name: file, text: withMapping.replace('date_order: dmy', 'colonne: x') });
    expect(bad.project).toBeUndefined();
    expect(bad.problems.map((p) => p.code)).toContain('schema.unknown_key');
  });
});
