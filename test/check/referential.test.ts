/**
 * The referential as a whole: the complete project scores 100 %; deleting a section
 * makes exactly the criteria that read it stop passing, pointing at where the
 * section belongs; each criterion's --explain snippet satisfies it; scores follow
 * referential.md; ignored criteria are neither scored nor failing.
 */
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { CRITERIA, DEFAULT_CONFIG, checkProject, scoreOf, type CriterionResult } from '../../src/criteria/index.js';
import { Decimal } from '../../src/model/decimal.js';
import { COMPLETE, edited, forecastFor, judge, load, type ForecastFigures } from './fixtures.js';

/** Whether a criterion reads something under `section` (`brand.identity`, `suppliers`…). */
const reads = (id: string, section: string) =>
  CRITERIA.find((c) => c.id === id)!.reads.some((r) => r === section || r.startsWith(`${section}.`) || r.startsWith(`${section}[`) || section.startsWith(`${r}.`));

const notPassing = (criteria: CriterionResult[]) => criteria.filter((c) => c.status !== 'pass').map((c) => c.id);

describe('the complete project', () => {
  it('passes every criterion (100 %) with no error finding', () => {
    const { result } = judge(COMPLETE);
    expect(notPassing(result.criteria)).toEqual([]);
    expect(result.score.overall.value.eq(1)).toBe(true);
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(result.ok).toBe(true);
  });
});

/**
 * What the engine gives once a section is gone, for the sections the forecast reads
 * (hand-written, like every forecast fixture): no financing, negative cash.
 */
const FORECAST_WITHOUT: Record<string, ForecastFigures> = {
  financing: { lowestCash: -3500, lowestMonth: '2027-03' },
};

describe('deleting a section', () => {
  // `suppliers` and `materials` are referenced by the products: without them the file is invalid.
  const sections = ['company', 'labour', 'inventory', 'orders', 'shipping', 'returns', 'channels', 'demand', 'acquisition', 'fixed_costs', 'financing', 'experience', 'legal'];
  for (const section of sections) {
    it(`${section}: exactly the criteria reading it stop passing, pointing where it belongs`, () => {
      const text = edited([['delete', [section]]]);
      const { result } = judge(text, { forecast: FORECAST_WITHOUT[section] ?? {} });
      const expected = CRITERIA.map((c) => c.id).filter((id) => reads(id, section));
      expect(notPassing(result.criteria)).toEqual(expected);
      // No commented example of the section in the file: the top of the file (issue 12, item 8).
      const where = 1;
      for (const c of result.criteria.filter((x) => x.status === 'fail')) expect([c.id, c.line]).toEqual([c.id, where]);
      for (const c of result.criteria.filter((x) => x.status !== 'pass')) {
        const inside = c.gaps.filter((g) => g.path === section || g.path.startsWith(`${section}.`) || g.path.startsWith(`${section}[`));
        if (inside.length) expect([c.id, inside[0]!.line]).toEqual([c.id, where]);
      }
    });
  }
  const nested: Array<[Array<string>, string[]]> = [
    [['project', 'objectives'], ['C1.4']],
    [['project', 'indicators'], ['C1.5']],
    [['suppliers', 'negotiation'], ['C2.2']],
    [
      ['suppliers', 'method'],
      ['C2.1', 'C2.3'],
    ],
    [['brand', 'identity'], ['C3.2']],
    [['brand', 'competitors'], ['C3.3']],
    [
      ['brand', 'communication'],
      ['C3.3', 'C3.4', 'C3.5'],
    ],
    [['experience', 'loyalty'], ['C4.4']],
    [
      ['legal', 'rgpd'],
      ['C5.3', 'C5.4'],
    ],
  ];
  for (const [path, ids] of nested) {
    it(`${path.join('.')}: ${ids.join(', ')}`, () => {
      const { result } = judge(edited([['delete', path]]));
      expect(notPassing(result.criteria)).toEqual(ids);
      expect(ids.every((id) => reads(id, path.join('.')) || reads(id, path[0]!))).toBe(true);
    });
  }
});

/** A small project that passes no criterion by itself, to merge each --explain snippet into. */
const BASE = {
  ecomplan: 1,
  project: { name: 'Atelier', start: '2027-01', horizon_months: 12 },
  products: [
    {
      id: 'bougie-classique',
      name: 'Bougie',
      price: 24,
      vat_rate: '20%',
      mix: '100%',
      strategy: 'in_house',
      bill_of_materials: [{ material: 'cire-soja', quantity: 0.2 }],
    },
  ],
  materials: [{ id: 'cire-soja', name: 'Cire de soja', unit: 'kg', cost: 7.8 }],
  channels: [{ id: 'site', name: 'Boutique', kind: 'own_site', share: '100%' }],
  demand: { conversion_rate: '2%', items_per_order: 1.5 },
};

type Json = Record<string, unknown> | unknown[] | string | number | boolean | null;

/** Deep merge: mappings key by key, lists item by item, scalars replaced. */
function merge(a: Json, b: Json): Json {
  if (Array.isArray(a) && Array.isArray(b))
    return Array.from({ length: Math.max(a.length, b.length) }, (_, i) => (i < b.length ? (i < a.length ? merge(a[i] as Json, b[i] as Json) : b[i]) : a[i])) as Json;
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const out: Record<string, unknown> = { ...a };
    for (const [k, v] of Object.entries(b)) out[k] = k in a ? merge(a[k] as Json, v as Json) : v;
    return out;
  }
  return b;
}

describe('--explain snippets', () => {
  for (const def of CRITERIA) {
    it(`${def.id}: the snippet satisfies the criterion`, () => {
      const status = (text: string) => {
        const loaded = load(text, true);
        const input = {
          project: loaded.project,
          map: loaded.map,
          config: DEFAULT_CONFIG,
          forecast: forecastFor(loaded.project, { yearRevenue: [30000, 60000, 84000] }),
        }; // the C1.4 snippet's objectives
        return def.check(input).status;
      };
      if (def.id !== 'C1.6') expect(status(stringify(BASE))).not.toBe('pass');
      const merged = merge(BASE as Json, parse(def.example) as Json);
      expect(status(stringify(merged))).toBe('pass');
    });
  }
});

describe('without a forecast', () => {
  it('an engine failure on the project is named in the forecast criteria', () => {
    const { input } = judge(COMPLETE, { forecast: false });
    const result = checkProject({ ...input, forecastError: { code: 'forecast.failed', data: { detail: 'aucun canal de vente' } } });
    const c16 = result.criteria.find((c) => c.id === 'C1.6')!;
    expect({ status: c16.status, messageId: c16.messageId, data: c16.data }).toEqual({
      status: 'fail',
      messageId: 'gap.forecast_failed',
      data: { path: 'project', reason: 'forecast.failed', detail: 'aucun canal de vente' },
    });
    expect(result.criteria.filter((c) => c.messageId === 'gap.forecast_failed').map((c) => c.id)).toEqual(['C1.4', 'C1.5', 'C1.6', 'C2.3', 'C2.4']);
  });
});

describe('score', () => {
  const r = (status: CriterionResult['status'], block: CriterionResult['block'] = 'C1'): CriterionResult => ({
    id: 'X',
    block,
    status,
    messageId: '',
    data: {},
    gaps: [],
    path: '',
    line: 1,
    column: 1,
  });
  it('is (pass + 0.5 × partial) / judged criteria', () => {
    const s = scoreOf([r('pass'), r('pass'), r('partial'), r('fail'), r('ignored')]);
    expect({ pass: s.pass, partial: s.partial, fail: s.fail, total: s.total, value: s.value.toFixed(4) }).toEqual({
      pass: 2,
      partial: 1,
      fail: 1,
      total: 4,
      value: '0.6250',
    });
  });
  it('per block and overall, with ignored criteria out of both', () => {
    const { result } = judge(COMPLETE, { forecast: false, config: { ignore: ['C1.6'] } });
    // Without a forecast: C1.4, C1.5, C2.3 and C2.4 fail (they judge only a forecast that ran), C1.6 ignored.
    expect(result.criteria.find((c) => c.id === 'C1.6')!.status).toBe('ignored');
    const c1 = result.score.blocks.C1;
    expect({ total: c1.total, pass: c1.pass, partial: c1.partial, fail: c1.fail, value: c1.value.toFixed(4) }).toEqual({
      total: 5,
      pass: 3,
      partial: 0,
      fail: 2,
      value: '0.6000',
    });
    expect(result.score.overall.total).toBe(25);
    expect(result.score.overall.value.toFixed(4)).toBe(new Decimal(21).div(25).toFixed(4));
    expect(result.ok).toBe(false);
  });
  it('a failed criterion makes the check fail unless a minimum score is reached', () => {
    const { input } = judge(edited([['delete', ['inventory']]]));
    expect(checkProject(input).ok).toBe(false);
    expect(checkProject({ ...input, config: { ...input.config, minScore: new Decimal('0.9') } }).ok).toBe(true);
    expect(checkProject({ ...input, config: { ...input.config, minScore: new Decimal('0.99') } }).ok).toBe(false);
  });
  it('an error finding makes the check fail, even above the minimum score', () => {
    const { input, result } = judge(edited([['set', ['legal', 'withdrawal_days'], 10]]));
    expect(result.findings.map((f) => [f.code, f.severity])).toEqual([['finding.withdrawal_illegal', 'error']]);
    expect(checkProject({ ...input, config: { ...input.config, minScore: new Decimal('0.5') } }).ok).toBe(false);
  });
});
