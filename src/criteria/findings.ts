/**
 * Coherence findings: not criteria, but what a jury would ask (referential.md).
 * Each rule is a small pure function of the check input, returning findings with a
 * severity (error / warning / info), a path and data; positions are added by the
 * caller. The engine's warnings are findings too (negative cash, VAT franchise and
 * micro-entreprise ceilings crossed, price below cost, implausible conversion…), and
 * the validation warnings of the file join them in `checkProject`.
 */
import type { Path, Severity } from '../diagnostics/diagnostic.js';
import { REFUND_MAX_DAYS, WITHDRAWAL_MIN_DAYS } from './c5.js';
import type { CheckInput } from './types.js';
import { mainRowsOf } from './helpers.js';
import { FINDING_CODES_2027, FINDING_RULES_2027 } from './findings-2027.js';
import { debtCapacityFindings, uncoveredNeedFindings } from './bank.js';

export interface FindingSpec {
  code: string;
  severity: Severity;
  path: Path;
  data: Record<string, unknown>;
}

type Rule = (input: CheckInput) => FindingSpec[];

const f = (code: string, severity: Severity, path: Path, data: Record<string, unknown> = {}): FindingSpec => ({
  code,
  severity,
  path,
  data,
});

/** Withdrawal under 14 days and refunds later than 14 days are illegal (L221-18, L221-24). */
const consumerLaw: Rule = ({ project: p }) => {
  const out: FindingSpec[] = [];
  const l = p.legal;
  if (l?.withdrawal_days !== undefined && l.withdrawal_days < WITHDRAWAL_MIN_DAYS)
    out.push(f('finding.withdrawal_illegal', 'error', ['legal', 'withdrawal_days'], { days: l.withdrawal_days, min: WITHDRAWAL_MIN_DAYS }));
  if (l?.refund_days !== undefined && l.refund_days > REFUND_MAX_DAYS) out.push(f('finding.refund_illegal', 'error', ['legal', 'refund_days'], { days: l.refund_days, max: REFUND_MAX_DAYS }));
  // The EU online dispute resolution platform closed on 2025-07-20: a link to it misleads.
  if (l?.mediator?.url && /ec\.europa\.eu\/consumers\/odr/i.test(l.mediator.url)) out.push(f('finding.odr_link', 'warning', ['legal', 'mediator', 'url']));
  return out;
};

/** A product losing money on a channel once channel fees, shipping and returns are paid (the engine flags a price below cost). */
const negativeContribution: Rule = ({ project: p, forecast }) => {
  if (!forecast) return [];
  const out: FindingSpec[] = [];
  p.products.forEach((prod, i) => {
    const rows = mainRowsOf(forecast.unitEconomics, prod.id);
    if (rows[0]?.priceHt.lt(rows[0].cost.total)) return;
    for (const r of rows)
      if (r.contributionPerUnit.isNegative())
        out.push(
          f('finding.negative_contribution', 'warning', ['products', i, 'price'], {
            product: prod.id,
            channel: r.channelId,
            contribution: r.contributionPerUnit.toDecimalPlaces(2),
          }),
        );
  });
  return out;
};

/**
 * How `check` judges some engine warnings: a product sold below its unit cost is an
 * error for the jury (referential.md), not only a warning of the forecast.
 */
const ENGINE_SEVERITY: Record<string, Severity> = { 'forecast.price_below_cost': 'error' };

/** The engine's own warnings, as findings at their paths. */
const engineWarnings: Rule = ({ forecast }) => (forecast?.warnings ?? []).map((w) => f(w.code, ENGINE_SEVERITY[w.code] ?? w.severity, w.path, w.data));

const FINDING_RULES: Rule[] = [consumerLaw, negativeContribution, engineWarnings, debtCapacityFindings, uncoveredNeedFindings, ...FINDING_RULES_2027];

/** Codes of the findings ecomplan itself reports (for SARIF rule metadata and docs). */
export const FINDING_CODES = [
  'finding.withdrawal_illegal',
  'finding.refund_illegal',
  'finding.odr_link',
  'finding.negative_contribution',
  'finding.debt_above_caf',
  'finding.debt_above_caf_launch',
  'finding.debt_service_high',
  'finding.financing_uncovered',
  ...FINDING_CODES_2027,
] as const;

export function coherenceFindings(input: CheckInput): FindingSpec[] {
  return FINDING_RULES.flatMap((rule) => rule(input));
}
