import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadText, type Loaded } from '../../src/model/load.js';
import { localize } from '../../src/diagnostics/problem.js';
import { ROOT } from '../helpers/cli.js';

const MINIMAL = readFileSync(join(ROOT, 'test/fixtures/minimal.ecomplan.yaml'), 'utf8');
const load = (text: string, lang?: string): Loaded => loadText({ name: 'p.yaml', text }, lang);
const codes = (l: Loaded) => l.problems.map((p) => [p.code, p.path, p.line, p.column]);

/** Replace one line of the minimal project (1-based) by another text. */
function edit(line: number, replacement: string): string {
  const lines = MINIMAL.split('\n');
  lines[line - 1] = replacement;
  return lines.join('\n');
}

describe('the minimal project', () => {
  it('is valid, with exact Decimals', () => {
    const l = load(MINIMAL);
    expect(l.problems).toEqual([]);
    expect(l.project?.products[0]?.price.toString()).toBe('24.9');
    expect(l.project?.products[0]?.vat_rate.toString()).toBe('0.2');
    expect(l.project?.currency).toBe('EUR');
  });
});

describe('shape errors are located and named by message id', () => {
  it('a bare rate above 1 suggests the percent form, at the value', () => {
    const l = load(edit(12, '    vat_rate: 20'));
    expect(codes(l)).toEqual([['value.rate_bare_number', 'products[0].vat_rate', 12, 15]]);
    expect(localize(l.problems, 'fr')[0]?.message).toBe('Le taux « 20 » doit s’écrire « 20% »');
    expect(localize(l.problems, 'en')[0]?.message).toBe('The rate `20` must be written `20%`');
  });
  it('accepts 20%, 20 %, 0.2 and 5,5% as rates', () => {
    for (const [text, value] of [
      ['20%', '0.2'],
      ['20 %', '0.2'],
      ['0.2', '0.2'],
      ['5,5%', '0.055'],
      ['"5.5%"', '0.055'],
    ] as const) {
      const l = load(edit(12, `    vat_rate: ${text}`));
      expect(l.problems).toEqual([]);
      expect(l.project?.products[0]?.vat_rate.toString()).toBe(value);
    }
  });
  it('an unknown key gets a did-you-mean at the key', () => {
    const l = load(edit(15, '    purchase_cots: 8.50'));
    expect(l.problems[0]).toMatchObject({
      code: 'schema.unknown_key_suggest',
      path: 'products[0].purchase_cots',
      line: 15,
      column: 5,
      data: { key: 'purchase_cots', suggestion: 'purchase_cost' },
    });
  });
  it('an unknown enum value lists the allowed ones and suggests the closest', () => {
    const l = load(edit(14, '    strategy: resell'));
    expect(l.problems[0]).toMatchObject({
      code: 'value.not_in_enum_suggest',
      path: 'products[0].strategy',
      line: 14,
      column: 15,
      data: { value: 'resell', suggestion: 'resale' },
    });
  });
  it('a missing required key points at its parent', () => {
    const l = load(edit(6, ''));
    expect(l.problems[0]).toMatchObject({ code: 'schema.required', path: 'project.start', line: 5, column: 3 });
  });
  it('a number where text is expected, and text where a number is expected', () => {
    const l = load(edit(10, '    name: 2024').replace('price: 24.90', 'price: "24,90"'));
    expect(codes(l)).toEqual(
      [
        ['value.expected_text', 'products[0].name', 10, 11],
        ['value.expected_number', 'products[0].price', 11, 12],
      ].sort((a, b) => (a[2] as number) - (b[2] as number)),
    );
  });
  it('a wrong format version', () => {
    const l = load(edit(2, 'ecomplan: 2'));
    expect(codes(l)).toEqual([['value.bad_format_version', 'ecomplan', 2, 11]]);
  });
  it('horizon outside 12..60', () => {
    const l = load(edit(7, '  horizon_months: 72'));
    expect(l.problems[0]).toMatchObject({
      code: 'value.out_of_range',
      path: 'project.horizon_months',
      line: 7,
      data: { min: 12, max: 60 },
    });
  });
  it('reports all problems of a file at once, in file order', () => {
    const l = load(edit(12, '    vat_rate: 20').replace('mix: 100%', 'mixx: 100%').replace('horizon_months: 12', 'horizon_months: 6'));
    expect(l.problems.map((p) => p.line)).toEqual([...l.problems.map((p) => p.line)].sort((a, b) => a - b));
    expect(l.problems.length).toBeGreaterThanOrEqual(4);
  });
  it('the language comes from --lang, else the file locale, else French', () => {
    expect(load(MINIMAL).lang).toBe('fr');
    expect(load(MINIMAL.replace('locale: fr', 'locale: en')).lang).toBe('en');
    expect(load(MINIMAL, 'en').lang).toBe('en');
  });
});

describe('semantic rules', () => {
  it('a dangling supplier reference names the known ids', () => {
    const l = load(edit(16, '    supplier: poterie-du-lot-sud'));
    expect(l.problems[0]).toMatchObject({
      code: 'ref.unknown',
      path: 'products[0].supplier',
      line: 16,
      data: { ref: 'poterie-du-lot-sud', known: ['poterie'] },
    });
  });
  it('a near-miss reference gets a suggestion', () => {
    const l = load(edit(16, '    supplier: poteri'));
    expect(l.problems[0]).toMatchObject({ code: 'ref.unknown_suggest', data: { suggestion: 'poterie' } });
  });
  it('product mix must sum to 100 %', () => {
    const l = load(edit(13, '    mix: 90%'));
    expect(l.problems[0]).toMatchObject({ code: 'share.sum', path: 'products', line: 9, data: { total: '90' } });
  });
  it('each strategy needs its cost basis', () => {
    const l = load(edit(14, '    strategy: outsourced'));
    expect(l.problems[0]).toMatchObject({
      code: 'strategy.missing_field',
      path: 'products[0].manufacturing_cost',
      data: { strategy: 'outsourced', key: 'manufacturing_cost' },
    });
    const inHouse = load(edit(14, '    strategy: in_house'));
    expect(inHouse.problems[0]).toMatchObject({ code: 'strategy.missing_field', data: { key: 'bill_of_materials' } });
  });
  it('the normal VAT regime requires a VAT number', () => {
    const l = load(`${MINIMAL}company:\n  legal_form: sasu\n  vat_regime: normal\n`);
    expect(l.problems[0]).toMatchObject({ code: 'company.vat_number_required', path: 'company.vat_regime', line: 22, column: 15 });
  });
  it('SIREN and SIRET carry a Luhn key', () => {
    const ok = load(`${MINIMAL}company:\n  legal_form: eurl\n  vat_regime: franchise\n  siren: "732829320"\n  siret: "73282932000074"\n`);
    expect(ok.problems).toEqual([]);
    const bad = load(`${MINIMAL}company:\n  legal_form: eurl\n  vat_regime: franchise\n  siren: "732829321"\n`);
    expect(bad.problems[0]).toMatchObject({ code: 'company.bad_siren', line: 23 });
  });
  it('channel shares must sum to 100 %', () => {
    const l = load(`${MINIMAL}channels:\n  - { id: site, name: Site, kind: own_site, share: 60% }\n  - { id: etsy, name: Etsy, kind: marketplace, share: 30% }\n`);
    expect(l.problems[0]).toMatchObject({ code: 'share.sum', path: 'channels', data: { kind: 'channels', total: '90' } });
  });
  it('an unknown persona reference', () => {
    const l = load(edit(13, '    mix: 100%\n    personas: [claire]'));
    expect(l.problems[0]).toMatchObject({ code: 'ref.none_declared', path: 'products[0].personas[0]', line: 14 });
  });
});

describe('references resolve even when their section is absent', () => {
  it('a supplier named by a product while no supplier is declared', () => {
    const l = load(MINIMAL.replace(/suppliers:\n {2}list:\n {4}- \{ id: poterie, name: Poterie du Lot \}\n/, ''));
    expect(l.problems).toMatchObject([{ code: 'ref.none_declared', path: 'products[0].supplier', line: 16, data: { kind: 'supplier', ref: 'poterie' } }]);
  });
});

describe('signed rates', () => {
  it('a decrease below -100 % is refused', () => {
    const l = load(`${MINIMAL}demand:\n  conversion_rate: 2%\n  items_per_order: 1\n  scenarios:\n    pessimistic: { traffic: -150% }\n`);
    expect(l.problems).toMatchObject([{ code: 'value.rate_below_minus_100', path: 'demand.scenarios.pessimistic.traffic', line: 24 }]);
    expect(load(`${MINIMAL}demand:\n  conversion_rate: 2%\n  items_per_order: 1\n  scenarios:\n    pessimistic: { traffic: -30% }\n`).problems).toEqual([]);
  });
});

describe('a missing top-level section', () => {
  it('is named as a section, in both languages', () => {
    const l = load('ecomplan: 1\nproject: { name: X, start: 2027-01, horizon_months: 12 }\n');
    expect(l.problems).toMatchObject([{ code: 'schema.required_top', path: 'products', line: 1, column: 1, data: { key: 'products' } }]);
    expect(localize(l.problems, 'en')[0]?.message).toBe('Missing required section `products`');
  });
});

describe('company.corporate_tax and company.manager (issue 9)', () => {
  const withCompany = (company: string) => `${MINIMAL.trimEnd()}\ncompany: { ${company}, vat_regime: franchise }\n`;
  it('are accepted where they mean something', () => {
    expect(load(withCompany('legal_form: ei, corporate_tax: true')).problems).toEqual([]);
    expect(load(withCompany('legal_form: sarl, manager: minority')).problems).toEqual([]);
  });
  it('warn at the key when the legal form ignores them', () => {
    const l = load(withCompany('legal_form: eurl, corporate_tax: true, manager: equal'));
    expect(l.problems.map((p) => [p.code, p.path, p.severity])).toEqual([
      ['company.corporate_tax_ei_only', 'company.corporate_tax', 'warning'],
      ['company.manager_sarl_only', 'company.manager', 'warning'],
    ]);
    expect(localize(l.problems, 'fr')[0]?.message).toBe('company.corporate_tax ne sert qu’à une EI qui opte pour l’impôt sur les sociétés (forme : eurl) : il est ignoré');
  });
  it('an unknown manager share lists the allowed ones', () => {
    expect(load(withCompany('legal_form: sarl, manager: most')).problems.map((p) => p.code)).toEqual(['value.not_in_enum']);
  });
});
