/**
 * The banker's findings (issue 19): a loan the activity cannot repay — the year's
 * debt service above its CAF is an error, above half of it a warning — located at
 * the loan; and an initial financing plan that leaves a need uncovered. Pure.
 */
import { Decimal, toCents } from '../model/decimal.js';
import type { FindingSpec } from './findings.js';
import type { CheckInput } from './types.js';

const HALF = new Decimal('0.5');
const cents = (d: Decimal) => d.toDecimalPlaces(2);

/**
 * Each year with debt service: error when the CAF does not cover it, warning above 50 %; at the first loan repaid that
 * year. The launch year is judged with its cash: when its CAF falls short but the cash stays positive all year (the
 * initial financing pays its installments, as the initial plan's « Trésorerie de départ » intends), a warning.
 */
export function debtCapacityFindings({ forecast }: CheckInput): FindingSpec[] {
  if (!forecast) return [];
  const out: FindingSpec[] = [];
  forecast.bank.years.forEach((b, k) => {
    const debt = b.debt.debtService;
    if (!debt.gt(0)) return;
    const year = forecast.years[k]!;
    const loan = forecast.bank.loans.find((l) => l.months.some((m) => m.month >= year.firstMonth && m.month <= year.lastMonth && m.interest.plus(m.principal).gt(0)));
    if (!loan) return;
    const path = ['financing', loan.index];
    const data = { year: year.year, loan: loan.name, debt: cents(debt), caf: cents(b.caf) };
    const launchFunded = k === 0 && forecast.months.slice(0, 12).every((m) => !toCents(m.cashEnd).isNegative());
    if (b.caf.lt(debt)) out.push(launchFunded ? { code: 'finding.debt_above_caf_launch', severity: 'warning', path, data } : { code: 'finding.debt_above_caf', severity: 'error', path, data });
    else if (b.debtServiceToCaf?.gt(HALF)) out.push({ code: 'finding.debt_service_high', severity: 'warning', path, data: { ...data, ratio: b.debtServiceToCaf.times(100).toDecimalPlaces(1) } });
  });
  return out;
}

/** The initial financing plan balanced by a « Besoin non couvert »: the year-1 needs are not financed. */
export function uncoveredNeedFindings({ forecast }: CheckInput): FindingSpec[] {
  if (!forecast?.financingTotals.balance.isNegative()) return [];
  return [{ code: 'finding.financing_uncovered', severity: 'warning', path: ['financing'], data: { amount: cents(forecast.financingTotals.balance.negated()) } }];
}
