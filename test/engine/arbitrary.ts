/**
 * fast-check generators of valid projects: a raw object shaped like the parsed
 * YAML (numbers as Decimal, rates as fractions, months as indexes), so that it
 * goes through the real zod schema and semantic rules before the engine sees it.
 */
import fc from 'fast-check';
import { Decimal } from '../../src/model/decimal.js';
import { ProjectFileSchema, type ProjectFile } from '../../src/model/schema.js';
import { semanticProblems } from '../../src/model/semantic.js';
import { SourceMap } from '../../src/io/yaml.js';

type Raw = Record<string, unknown>;

const D = (n: number | string) => new Decimal(n);
const cents = (min: number, max: number) => fc.integer({ min: Math.round(min * 100), max: Math.round(max * 100) }).map((n) => D(n).div(100));
const percent = (min: number, max: number) => fc.integer({ min, max }).map((n) => D(n).div(100));
const whole = (min: number, max: number) => fc.integer({ min, max }).map(D);
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** `count` shares in whole percents adding up to exactly 100 %. */
function shares(count: number): fc.Arbitrary<Decimal[]> {
  return fc.array(fc.integer({ min: 1, max: 10 }), { minLength: count, maxLength: count }).map((w) => {
    const total = w.reduce((a, b) => a + b, 0);
    const parts = w.slice(0, -1).map((x) => Math.floor((100 * x) / total));
    parts.push(100 - parts.reduce((a, b) => a + b, 0));
    return parts.map((p) => D(p).div(100));
  });
}

const strategyFields = fc.oneof(
  fc.record({ strategy: fc.constant('resale'), supplier: fc.constant('s0'), purchase_cost: cents(1, 80) }),
  fc.record({
    strategy: fc.constant('outsourced'),
    supplier: fc.constant('s1'),
    manufacturing_cost: cents(1, 80),
    setup_cost: opt(cents(0, 800)),
  }),
  fc.record({
    strategy: fc.constant('in_house'),
    bill_of_materials: fc.array(fc.record({ material: fc.constantFrom('m0', 'm1'), quantity: whole(1, 30).map((d) => d.div(10)) }), {
      minLength: 1,
      maxLength: 2,
    }),
    labour_minutes: opt(whole(0, 60)),
  }),
);

const product = (i: number, mix: Decimal) =>
  fc
    .record({
      price: cents(5, 200),
      vat_rate: fc.constantFrom(D('0.2'), D('0.1'), D('0.055')),
      basis: strategyFields,
      packaging_cost: opt(cents(0, 3)),
      alternative: opt(strategyFields),
    })
    .map(({ basis, alternative, ...rest }) => ({
      id: `p${i}`,
      name: `Produit ${i}`,
      mix,
      ...rest,
      ...basis,
      ...(alternative ? { alternatives: [alternative] } : {}),
    }));

const company = fc
  .record({
    legal_form: fc.constantFrom('micro_entreprise', 'ei', 'eurl', 'sasu', 'sarl', 'sas'),
    activity: fc.constantFrom('goods', 'services'),
    vat_regime: fc.constantFrom('franchise', 'normal'),
    acre: opt(fc.boolean()),
    vl: fc.boolean(),
    social_rate: opt(percent(20, 90)),
    corporate_tax: opt(fc.boolean()),
    manager: opt(fc.constantFrom('majority', 'minority', 'equal')),
  })
  .map(({ vl, ...c }) => ({
    ...c,
    ...(c.vat_regime === 'normal' ? { vat_number: 'FR00123456789' } : {}),
    ...(c.legal_form === 'micro_entreprise' && vl ? { versement_liberatoire: true } : {}),
  }));

const source = (i: number) =>
  fc.oneof(
    fc.record({
      id: fc.constant(`a${i}`),
      kind: fc.constant('seo'),
      visitors: whole(0, 5000),
      monthly_growth: opt(percent(-5, 10)),
      growth_until_month: opt(whole(1, 24)),
      from: opt(whole(1, 6)),
      monthly_cost: opt(cents(0, 200)),
    }),
    fc.record({
      id: fc.constant(`a${i}`),
      kind: fc.constant('paid_ads'),
      monthly_budget: cents(0, 500),
      cost_per_click: cents(0.1, 2),
      from: opt(whole(1, 6)),
    }),
  );

const loan = fc.integer({ min: 12, max: 60 }).chain((months) =>
  fc.record({
    kind: fc.constant('loan'),
    name: fc.constant('Prêt'),
    amount: cents(1000, 30000),
    rate: opt(percent(0, 8)),
    months: fc.constant(D(months)),
    deferral_months: opt(whole(0, Math.min(11, months - 1))),
    month: opt(whole(1, 6)),
  }),
);

export const rawProject: fc.Arbitrary<Raw> = fc
  .record({
    productCount: fc.integer({ min: 1, max: 3 }),
    channelCount: fc.integer({ min: 1, max: 3 }),
    sourceCount: fc.integer({ min: 1, max: 3 }),
    carrierCount: fc.integer({ min: 1, max: 2 }),
  })
  .chain(({ productCount, channelCount, sourceCount, carrierCount }) =>
    fc.record({
      mixes: shares(productCount),
      channelShares: shares(channelCount),
      carrierShares: opt(shares(carrierCount)),
      start: fc.constantFrom('2026-01', '2026-07', '2027-03', '2027-11'),
      horizon: fc.integer({ min: 12, max: 36 }),
      company,
      productSeeds: fc.constant(productCount),
      products: shares(productCount).chain((mix) => fc.tuple(...mix.map((m, i) => product(i, m)))),
      suppliers: fc.tuple(
        ...[0, 1].map((i) =>
          fc.record({
            id: fc.constant(`s${i}`),
            name: fc.constant(`Fournisseur ${i}`),
            lead_time_days: opt(fc.integer({ min: 0, max: 30 }).map(D)),
            minimum_order_units: opt(whole(0, 100)),
            payment_terms_days: opt(fc.constantFrom(D(0), D(30), D(45), D(60))),
          }),
        ),
      ),
      materials: fc.tuple(
        ...[0, 1].map((i) =>
          fc.record({
            id: fc.constant(`m${i}`),
            name: fc.constant(`Matière ${i}`),
            unit: fc.constant('kg'),
            cost: cents(0.5, 20),
            vat_rate: opt(fc.constantFrom(D('0.2'), D('0.055'))),
            suppliers: fc.constant(['s0']),
          }),
        ),
      ),
      labour: opt(fc.record({ hourly_cost: cents(0, 30), capacity_hours_per_month: opt(whole(10, 200)) })),
      inventory: opt(fc.record({ safety_stock_days: whole(0, 30), cover_days: whole(0, 60) })),
      channelFees: fc.array(
        fc.record({
          commission_rate: opt(percent(0, 15)),
          payment_fee_rate: opt(percent(0, 4)),
          payment_fee_fixed: opt(cents(0, 0.5)),
          monthly_fee: opt(cents(0, 50)),
          payout_delay_days: opt(fc.integer({ min: 0, max: 75 }).map(D)),
        }),
        { minLength: channelCount, maxLength: channelCount },
      ),
      carriers: fc.array(cents(2, 12), { minLength: carrierCount, maxLength: carrierCount }),
      shipping: opt(fc.record({ charged_to_customer: opt(cents(0, 9)), free_above: opt(cents(20, 150)) })),
      returns: opt(
        fc.oneof(
          fc.record({ rate: percent(0, 10), return_shipping_paid_by: fc.constant('customer') }),
          fc.record({ rate: percent(0, 10), return_shipping_paid_by: fc.constant('merchant'), return_shipping_cost: cents(2, 10) }),
        ),
      ),
      demand: fc.record({
        conversion_rate: fc.integer({ min: 5, max: 50 }).map((n) => D(n).div(1000)),
        items_per_order: whole(10, 30).map((d) => d.div(10)),
        seasonality: opt(
          fc.array(
            whole(5, 20).map((d) => d.div(10)),
            { minLength: 12, maxLength: 12 },
          ),
        ),
      }),
      acquisition: fc.tuple(...Array.from({ length: sourceCount }, (_, i) => source(i))),
      fixed_costs: fc.array(
        fc
          .record({
            name: fc.constant('Charge'),
            amount: cents(0, 400),
            yearly: fc.boolean(),
            from: opt(whole(1, 6)),
            until: opt(whole(6, 36)),
            vat_rate: opt(fc.constantFrom(D(0), D('0.2'))),
          })
          .map(({ amount, yearly, ...f }) => ({ ...f, ...(yearly ? { yearly: amount.times(12) } : { monthly: amount }) })),
        { maxLength: 3 },
      ),
      investments: fc.array(
        fc.record({
          name: fc.constant('Matériel'),
          amount: cents(100, 5000),
          month: opt(whole(1, 6)),
          depreciation_years: opt(fc.constantFrom(D(1), D(3), D('2.5'))),
          vat_rate: opt(fc.constantFrom(D(0), D('0.2'))),
        }),
        { maxLength: 2 },
      ),
      financing: fc.array(
        fc.oneof(
          fc.record({
            kind: fc.constantFrom('equity', 'current_account', 'grant'),
            name: fc.constant('Apport'),
            amount: cents(500, 20000),
            month: opt(whole(1, 6)),
          }),
          loan,
        ),
        { maxLength: 3 },
      ),
      owner_pay: opt(fc.tuple(cents(0, 2000), whole(2, 12), cents(0, 3000))),
      actions: fc.array(fc.record({ name: fc.constant('Action'), month: opt(whole(1, 12)), budget: opt(cents(0, 800)) }), { maxLength: 2 }),
      repeat: opt(percent(0, 50)),
      // Issue 20's legal costs: REP fees (flat yearly, per unit of p0) and the e-invoicing platform.
      rep: opt(fc.record({ yearly: opt(cents(0, 300)), perUnit: opt(cents(0, 1)) })),
      eInvoicing: opt(cents(0, 40)),
    }),
  )
  .map((g) => {
    const raw: Raw = {
      ecomplan: D(1),
      project: { name: 'Généré', start: g.start, horizon_months: D(g.horizon) },
      company: g.company,
      products: g.products,
      materials: g.materials,
      suppliers: { list: g.suppliers },
      channels: g.channelShares.map((share, i) => ({ id: `c${i}`, name: `Canal ${i}`, kind: 'own_site', share, ...g.channelFees[i] })),
      demand: g.demand,
      acquisition: g.acquisition,
      fixed_costs: g.fixed_costs,
      investments: g.investments,
      financing: g.financing,
      brand: { communication: { actions: g.actions } },
    };
    if (g.labour) raw.labour = g.labour;
    if (g.inventory) raw.inventory = g.inventory;
    if (g.shipping)
      raw.shipping = {
        ...g.shipping,
        carriers: g.carriers.map((cost, i) => ({
          name: `T${i}`,
          cost,
          delay_days: D(2),
          ...(g.carrierShares ? { share: g.carrierShares[i] } : {}),
        })),
      };
    if (g.returns) raw.returns = g.returns;
    if (g.owner_pay)
      raw.owner_pay = [
        { from: D(1), monthly: g.owner_pay[0] },
        { from: g.owner_pay[1], monthly: g.owner_pay[2] },
      ];
    if (g.repeat) raw.experience = { loyalty: { repeat_rate_yearly: g.repeat } };
    if (g.rep) {
      const fee = { ...(g.rep.yearly ? { yearly: g.rep.yearly } : {}), ...(g.rep.perUnit ? { per_unit: { p0: g.rep.perUnit } } : {}) };
      raw.legal = { rep: [{ sector: 'packaging', idu: 'FR000000_01AAAA', fee }] };
    }
    if (g.eInvoicing) (raw.company as Record<string, unknown>).e_invoicing = { platform: 'Plateforme', monthly_cost: g.eInvoicing };
    return raw;
  });

/** Parse a raw project through the real schema and semantic rules; a generator bug fails here, loudly. */
export function toProject(raw: Raw): ProjectFile {
  const parsed = ProjectFileSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`generated project rejected by the schema: ${JSON.stringify(parsed.error.issues.slice(0, 3))}`);
  const errors = semanticProblems(parsed.data, new SourceMap()).filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new Error(`generated project rejected by the semantic rules: ${JSON.stringify(errors.slice(0, 3))}`);
  return parsed.data;
}

const MONEY_KEYS = new Set([
  'price',
  'purchase_cost',
  'manufacturing_cost',
  'setup_cost',
  'packaging_cost',
  'cost',
  'hourly_cost',
  'charged_to_customer',
  'free_above',
  'return_shipping_cost',
  'payment_fee_fixed',
  'monthly_fee',
  'monthly_budget',
  'cost_per_click',
  'monthly_cost',
  'monthly',
  'yearly',
  'amount',
  'budget',
]);

/** The raw project with every price and cost multiplied by `k` (cost per click too, so that paid visitors stay the same). */
export function scaleMoney(node: unknown, k: Decimal, key = ''): unknown {
  if (node instanceof Decimal) return MONEY_KEYS.has(key) ? node.times(k) : node;
  // legal.rep[].fee.per_unit: amounts keyed by product id.
  if (key === 'per_unit' && node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([id, v]) => [id, (v as Decimal).times(k)]));
  if (Array.isArray(node)) return node.map((x) => scaleMoney(x, k, key));
  if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([kk, v]) => [kk, scaleMoney(v, k, kk)]));
  return node;
}

/** The raw project without any visitor: organic sources at zero, paid sources without budget. */
export function withoutTraffic(raw: Raw): Raw {
  const sources = (raw.acquisition as Raw[]).map((s) => (s.kind === 'paid_ads' ? { ...s, monthly_budget: D(0) } : { ...s, visitors: D(0) }));
  return { ...raw, acquisition: sources };
}
