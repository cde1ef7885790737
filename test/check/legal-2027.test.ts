/**
 * C5 and the rules of a shop launching in 2027 (issue 20): each gap located at the key to add,
 * each only when the rule applies; the green-claim and e-invoicing findings. The examples pass
 * every criterion (test/check/examples.test.ts); here each of their declarations is removed in turn.
 */
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, checkProject, criterion } from '../../src/criteria/index.js';
import { greenClaims } from '../../src/criteria/findings-2027.js';
import { loadText } from '../../src/model/load.js';
import { example } from '../helpers/cli.js';
import { COMPLETE, edited, lineOf, nthLineOf } from './fixtures.js';

type Path = Array<string | number>;

/** The file with `edits` applied (delete a path, or set it), and its C5 judgement without a forecast. */
function judge(text: string) {
  const loaded = loadText({ name: 'p.yaml', text });
  if (!loaded.project) throw new Error(JSON.stringify(loaded.problems));
  return checkProject({ project: loaded.project, map: loaded.map, config: DEFAULT_CONFIG });
}
const c5 = (text: string, id: string) => judge(text).criteria.find((c) => c.id === id)!;
const editText = (text: string, edits: Array<['delete', Path] | ['set', Path, unknown]>) => {
  const doc = parseDocument(text);
  for (const e of edits) e[0] === 'delete' ? doc.deleteIn(e[1]) : doc.setIn(e[1], e[2]);
  return doc.toString({ lineWidth: 0 });
};
const read = (name: string) => readFileSync(example(name), 'utf8');

const EXAMPLES = ['bougies-atelier-lumiere.ecomplan.yaml', 'vetements-maison-oree.ecomplan.yaml', 'the-kissa-import.ecomplan.yaml'];

describe('REP: the unique identifier of each sector that applies (L541-10-13)', () => {
  it.each(EXAMPLES)('%s: without legal.rep, C5.3 is partial where the key belongs', (name) => {
    const text = editText(read(name), [['delete', ['legal', 'rep']]]);
    const r = c5(text, 'C5.3');
    expect(r.status).toBe('partial');
    const gap = r.gaps.find((g) => g.id === 'gap.rep_missing')!;
    expect(gap.data).toMatchObject({ path: 'legal.rep', sector: 'packaging' });
    // Before the next key of `legal` present: `rgpd`.
    expect(gap.line).toBe(lineOf(text, '  rgpd:'));
  });

  it('clothing brings in the textile sector; its IDU is asked at its key', () => {
    const text = editText(read('vetements-maison-oree.ecomplan.yaml'), [['delete', ['legal', 'rep', 1, 'idu']]]);
    const gap = c5(text, 'C5.3').gaps.find((g) => g.id === 'gap.rep_idu')!;
    expect(gap.data).toMatchObject({ path: 'legal.rep[1].idu', sector: 'textiles' });
    expect(gap.line).toBe(nthLineOf(text, '      fee:', 2)); // before its next key present, `fee`
    const noTextiles = editText(read('vetements-maison-oree.ecomplan.yaml'), [['delete', ['legal', 'rep', 1]]]);
    expect(c5(noTextiles, 'C5.3').gaps.map((g) => [g.id, g.data.sector])).toEqual([['gap.rep_missing', 'textiles']]);
  });

  it('a shop of services has no packaging to declare', () => {
    const text = edited([
      ['set', ['company', 'activity'], 'services'],
      ['delete', ['legal', 'rep']],
    ]);
    expect(c5(text, 'C5.3').status).toBe('pass');
  });
});

describe('product safety (Regulation (EU) 2023/988, art. 19)', () => {
  it('without kissa’s EU responsible person, C5.1 is partial at the product’s safety', () => {
    const text = editText(read('the-kissa-import.ecomplan.yaml'), [['delete', ['products', 2, 'safety', 'eu_responsible_person']]]);
    const r = c5(text, 'C5.1');
    expect(r.status).toBe('partial');
    expect(r.gaps.map((g) => [g.id, g.data])).toEqual([
      ['gap.eu_responsible_person', { path: 'products[2].safety.eu_responsible_person', product: 'kyusu-tokoname', supplier: 'Tokoname Kamamoto Collective', country: 'JP' }],
    ]);
    // Before the next key present, `identifier`.
    expect(r.gaps[0]!.line).toBe(nthLineOf(text, '      identifier:', 3));
  });

  it('a product bought in the EU needs no responsible person; one without safety information is located at its key', () => {
    const text = editText(read('the-kissa-import.ecomplan.yaml'), [
      ['set', ['suppliers', 'list', 3, 'country'], 'Allemagne'],
      ['delete', ['products', 2, 'safety', 'eu_responsible_person']],
      ['delete', ['products', 0, 'safety']],
    ]);
    const r = c5(text, 'C5.1');
    expect(r.gaps.map((g) => [g.id, g.path])).toEqual([['gap.product_safety', 'products[0].safety']]);
  });

  it('a candle without warnings (EN 15494, CLP)', () => {
    const text = editText(read('bougies-atelier-lumiere.ecomplan.yaml'), [['delete', ['products', 0, 'safety', 'warnings']]]);
    expect(c5(text, 'C5.1').gaps.map((g) => [g.id, g.path])).toEqual([['gap.candle_warnings', 'products[0].safety.warnings']]);
  });
});

describe('the clauses that apply only when the file says so', () => {
  it('a subscription mentioned in the loyalty programme must be declared on a product', () => {
    const text = editText(read('the-kissa-import.ecomplan.yaml'), [['delete', ['products', 1, 'subscription']]]);
    const gap = c5(text, 'C5.3').gaps[0]!;
    expect([gap.id, gap.path, gap.line]).toEqual(['gap.subscription_undeclared', 'experience.loyalty.program', lineOf(text, '    program:')]);
  });

  it('reviews published on the shop: whether and how they are checked, their order (L111-7-2)', () => {
    const base = read('bougies-atelier-lumiere.ecomplan.yaml');
    const without = editText(base, [['delete', ['experience', 'reviews']]]);
    expect(c5(without, 'C5.3').gaps.map((g) => [g.id, g.path, g.line])).toEqual([['gap.reviews_undeclared', 'experience.reviews', lineOf(without, '  loyalty:')]]);
    const unchecked = editText(base, [['delete', ['experience', 'reviews', 'checked']]]);
    expect(c5(unchecked, 'C5.3').gaps.map((g) => g.id)).toEqual(['gap.reviews_checked']);
  });

  it('a commercial guarantee states its guarantor, duration, territory and how to claim it (L217-22)', () => {
    const text = editText(read('vetements-maison-oree.ecomplan.yaml'), [['delete', ['legal', 'commercial_guarantee_terms', 'territory']]]);
    expect(c5(text, 'C5.3').gaps.map((g) => [g.id, g.path])).toEqual([['gap.missing', 'legal.commercial_guarantee_terms.territory']]);
  });

  it('the mediator’s postal address (R616-1) and the delivery zones (L221-14)', () => {
    const text = edited([
      ['delete', ['legal', 'mediator', 'address']],
      ['delete', ['shipping', 'zones']],
    ]);
    expect(c5(text, 'C5.3').gaps.map((g) => [g.id, g.path])).toEqual([
      ['gap.cgv.delivery_zones', 'shipping.zones'],
      ['gap.cgv.mediator', 'legal.mediator.address'],
    ]);
  });

  it('accessibility: a statement above the microenterprise thresholds only', () => {
    const small = edited([['set', ['company', 'headcount'], 3]]);
    expect(c5(small, 'C5.3').status).toBe('pass');
    const big = edited([['set', ['company', 'headcount'], 12]]);
    const gap = c5(big, 'C5.3').gaps[0]!;
    expect([gap.id, gap.path]).toEqual(['gap.accessibility_statement', 'legal.accessibility.statement']);
    const stated = edited([
      ['set', ['company', 'headcount'], 12],
      ['set', ['legal', 'accessibility'], { statement: 'page « Accessibilité » du site' }],
    ]);
    expect(c5(stated, 'C5.3').status).toBe('pass');
  });

  it('a paid influencer works under a written contract (loi 2023-451)', () => {
    const text = edited([['set', ['acquisition', 2], { id: 'createurs', kind: 'influence', visitors: 200, monthly_cost: 300 }]]);
    const gap = c5(text, 'C5.1').gaps[0]!;
    expect([gap.id, gap.path, gap.data.source]).toEqual(['gap.influencer_contract', 'acquisition[2].contract', 'createurs']);
    expect(c5(edited([['set', ['acquisition', 2], { id: 'createurs', kind: 'influence', visitors: 200, contract: true }]]), 'C5.1').status).toBe('pass');
  });
});

describe('C5.2: an individual entrepreneur gives its RCS or RNE registration', () => {
  it('without it, C5.2 is not passed', () => {
    const r = c5(edited([['delete', ['company', 'rcs_or_rne']]]), 'C5.2');
    expect([r.status, r.messageId, r.data.path]).toEqual(['partial', 'gap.missing', 'company.rcs_or_rne']);
  });
});

describe('GDPR roles: a DPA is asked of processors only', () => {
  it('an independent controller needs none; a joint controller needs its arrangement', () => {
    const controller = edited([['set', ['legal', 'rgpd', 'tools', 1], { name: 'Brevo', hosting: 'UE', role: 'controller' }]]);
    expect(c5(controller, 'C5.4').status).toBe('pass');
    const joint = edited([['set', ['legal', 'rgpd', 'tools', 1], { name: 'Brevo', hosting: 'UE', role: 'joint_controller', dpa: false }]]);
    expect(c5(joint, 'C5.4').gaps.map((g) => g.id)).toEqual(['gap.no_joint_arrangement']);
  });
});

describe('findings', () => {
  it('a description saying « 100 % naturel » gets the green-claims warning, naming the word', () => {
    const text = edited([['set', ['products', 0, 'description'], 'Bougie 100 % naturelle et écologique.']]);
    const f = judge(text).findings.find((x) => x.code === 'finding.generic_green_claim')!;
    expect([f.severity, f.path, f.data.words, f.line]).toEqual(['warning', 'products[0].description', '« 100 % naturelle », « écologique »', lineOf(text, '    description: Bougie 100')]);
    expect(greenClaims('Thé vert, tasse verte, Sencha durablement bon')).toEqual([]);
    expect(greenClaims('A'.repeat(1_000_000))).toEqual([]);
  });

  it('a plan past September 2027 without an approved e-invoicing platform', () => {
    const text = edited([['delete', ['company', 'e_invoicing']]]);
    const f = judge(text).findings.find((x) => x.code === 'finding.e_invoicing_platform')!;
    expect([f.severity, f.path, f.data]).toEqual(['warning', 'company.e_invoicing.platform', { month: '2027-09', last: '2029-12' }]);
    const short = edited([
      ['delete', ['company', 'e_invoicing']],
      ['set', ['project', 'horizon_months'], 12],
      ['set', ['project', 'start'], '2026-01'],
    ]);
    expect(judge(short).findings.some((x) => x.code.startsWith('finding.e_invoicing'))).toBe(false);
  });

  it('the examples have none', () => {
    for (const name of EXAMPLES) expect(judge(read(name)).findings.filter((f) => /green_claim|e_invoicing/.test(f.code))).toEqual([]);
  });
});

it('COMPLETE passes C5 with every key of 2027', () => {
  for (const id of ['C5.1', 'C5.2', 'C5.3', 'C5.4']) expect([id, c5(COMPLETE, id).status]).toEqual([id, 'pass']);
  expect(criterion('C5.3')!.reads).toContain('shipping.zones');
});
