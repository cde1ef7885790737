/**
 * Coherence findings: not criteria, but what a jury would ask (referential.md).
 * Each rule is a small pure function of the check input, returning findings with a
 * severity (error / warning / info), a path and data; positions are added by the
 * caller. Validation warnings and the engine's warnings join them in `checkProject`.
 */
import { parsePath, type Path, type Severity } from '../diagnostics/diagnostic.js';
import { HUNDRED, Decimal, ZERO } from '../model/decimal.js';
import { MICRO_CEILING, VAT_FRANCHISE, inForce } from './ceilings.js';
import { REFUND_MAX_DAYS, WITHDRAWAL_MIN_DAYS } from './c5.js';
import type { CheckInput } from './types.js';

export interface FindingSpec {
  code: string;
  severity: Severity;
  path: Path;
  data: Record<string, unknown>;
}

type Rule = (input: CheckInput) => FindingSpec[];

const f = (code: string, severity: Severity, path: Path, data: Record<string, unknown> = {}): FindingSpec => ({ code, severity, path, data });

/** Withdrawal under 14 days and refunds later than 14 days are illegal (L221-18, L221-24). */
const consumerLaw: Rule = ({ project: p }) => {
  const out: FindingSpec[] = [];
  const l = p.legal;
  if (l?.withdrawal_days !== undefined && l.withdrawal_days < WITHDRAWAL_MIN_DAYS) out.push(f('finding.withdrawal_illegal', 'error', ['legal', 'withdrawal_days'], { days: l.withdrawal_days, min: WITHDRAWAL_MIN_DAYS }));
  if (l?.refund_days !== undefined && l.refund_days > REFUND_MAX_DAYS) out.push(f('finding.refund_illegal', 'error', ['legal', 'refund_days'], { days: l.refund_days, max: REFUND_MAX_DAYS }));
  // The EU online dispute resolution platform closed on 2025-07-20: a link to it misleads.
  if (l?.mediator?.url && /ec\.europa\.eu\/consumers\/odr/i.test(l.mediator.url)) out.push(f('finding.odr_link', 'warning', ['legal', 'mediator', 'url']));
  return out;
};

/** Validation checks supplier references only when suppliers are declared; here the others. */
const undeclaredSuppliers: Rule = ({ project: p }) => {
  if (p.suppliers?.list) return [];
  const out: FindingSpec[] = [];
  const ref = (supplier: string | undefined, path: Path) => {
    if (supplier !== undefined) out.push(f('finding.supplier_undeclared', 'warning', path, { supplier }));
  };
  p.products.forEach((prod, i) => {
    ref(prod.supplier, ['products', i, 'supplier']);
    prod.alternatives?.forEach((a, j) => ref(a.supplier, ['products', i, 'alternatives', j, 'supplier']));
  });
  p.materials?.forEach((m, i) => m.suppliers?.forEach((s, j) => ref(s, ['materials', i, 'suppliers', j])));
  ref(p.suppliers?.negotiation?.supplier, ['suppliers', 'negotiation', 'supplier']);
  return out;
};

/** Conversion rates outside 0.2–10 % of sessions are rarely real (french-rules.md, market figures). */
export const CONVERSION_RANGE = { min: new Decimal('0.002'), max: new Decimal('0.10') };

const conversionRange: Rule = ({ project: p }) => {
  const c = p.demand?.conversion_rate;
  if (c === undefined || (c.gte(CONVERSION_RANGE.min) && c.lte(CONVERSION_RANGE.max))) return [];
  return [f('finding.conversion_out_of_range', 'warning', ['demand', 'conversion_rate'], { rate: c.times(HUNDRED), min: CONVERSION_RANGE.min.times(HUNDRED), max: CONVERSION_RANGE.max.times(HUNDRED) })];
};

/** A product sold below its unit cost (error), or losing money once channel fees and shipping are paid (warning). */
const unitEconomics: Rule = ({ project: p, forecast }) => {
  if (!forecast) return [];
  const out: FindingSpec[] = [];
  p.products.forEach((prod, i) => {
    const rows = forecast.unitEconomics.filter((r) => r.productId === prod.id && r.variant === 'main');
    const first = rows[0];
    if (first && first.priceHt.lt(first.cost.total)) {
      out.push(f('finding.sold_below_cost', 'error', ['products', i, 'price'], { product: prod.id, price: first.priceHt.toDecimalPlaces(2), cost: first.cost.total.toDecimalPlaces(2) }));
      return;
    }
    for (const r of rows)
      if (r.contributionPerUnit.isNegative())
        out.push(f('finding.negative_contribution', 'warning', ['products', i, 'price'], { product: prod.id, channel: r.channelId, contribution: r.contributionPerUnit.toDecimalPlaces(2) }));
  });
  return out;
};

const cashNegative: Rule = ({ forecast }) => {
  if (!forecast || !forecast.cash.lowest.isNegative()) return [];
  if (forecast.warnings.some((w) => w.code.endsWith('cash_negative'))) return [];
  return [f('finding.cash_negative', 'warning', ['financing'], { month: forecast.cash.lowestMonth, amount: forecast.cash.lowest.toDecimalPlaces(2) })];
};

/** Revenue HT per calendar year, with the month in which a running total first exceeds a limit. */
function calendarYears(months: ReadonlyArray<{ month: string; revenueHt: Decimal }>): Array<{ year: number; total: Decimal; months: Array<{ month: string; cumulative: Decimal }> }> {
  const years = new Map<number, { year: number; total: Decimal; months: Array<{ month: string; cumulative: Decimal }> }>();
  for (const m of months) {
    const year = Number(m.month.slice(0, 4));
    const y = years.get(year) ?? { year, total: ZERO, months: [] };
    y.total = y.total.plus(m.revenueHt);
    y.months.push({ month: m.month, cumulative: y.total });
    years.set(year, y);
  }
  return [...years.values()].sort((a, b) => a.year - b.year);
}

/** The VAT franchise and the micro-entreprise ceiling crossed inside the horizon, naming the month. */
const ceilings: Rule = ({ project: p, forecast }) => {
  const c = p.company;
  if (!forecast || !c) return [];
  const activity = c.activity;
  const out: FindingSpec[] = [];
  for (const y of calendarYears(forecast.months)) {
    if (c.vat_regime === 'franchise') {
      const t = inForce(VAT_FRANCHISE, y.year)[activity];
      const crossed = y.months.find((m) => m.cumulative.gt(t.upper));
      if (crossed) out.push(f('finding.vat_franchise_upper', 'warning', ['company', 'vat_regime'], { year: y.year, month: crossed.month, threshold: t.upper }));
      else if (y.total.gt(t.base)) out.push(f('finding.vat_franchise_base', 'warning', ['company', 'vat_regime'], { year: y.year, total: y.total.toDecimalPlaces(2), threshold: t.base, next: y.year + 1 }));
    }
    if (c.legal_form === 'micro_entreprise') {
      const ceiling = inForce(MICRO_CEILING, y.year)[activity];
      const crossed = y.months.find((m) => m.cumulative.gt(ceiling));
      if (crossed) out.push(f('finding.micro_ceiling', 'warning', ['company', 'legal_form'], { year: y.year, month: crossed.month, ceiling }));
    }
  }
  return out;
};

/** The engine's own warnings, as findings at their paths. */
const engineWarnings: Rule = ({ forecast }) => (forecast?.warnings ?? []).map((w) => f(w.code, w.severity, parsePath(w.path), w.data));

export const FINDING_RULES: Rule[] = [consumerLaw, undeclaredSuppliers, conversionRange, unitEconomics, cashNegative, ceilings, engineWarnings];

/** Codes of the findings ecomplan itself reports (for SARIF rule metadata and docs). */
export const FINDING_CODES = [
  'finding.withdrawal_illegal',
  'finding.refund_illegal',
  'finding.odr_link',
  'finding.supplier_undeclared',
  'finding.conversion_out_of_range',
  'finding.sold_below_cost',
  'finding.negative_contribution',
  'finding.cash_negative',
  'finding.vat_franchise_upper',
  'finding.vat_franchise_base',
  'finding.micro_ceiling',
] as const;

export function coherenceFindings(input: CheckInput): FindingSpec[] {
  return FINDING_RULES.flatMap((rule) => rule(input));
}
