/**
 * The forecast (forecast-model.md): P&L month by month, corporate tax by year,
 * stock, VAT timing and the cash plan, break-even. Each step is a named stage in
 * stages/, run here in the model's order. Pure and deterministic: every amount
 * stays an unrounded Decimal; rounding is the formatters' job.
 */
import { sum, type Decimal } from '../model/decimal.js';
import { monthLabel } from '../model/fields.js';
import type { ProjectFile } from '../model/schema.js';
import { DECIMAL, type Arith, type Num } from './arith.js';
import type { Levers } from './levers.js';
import { prepareWith, type Prepared } from './prepare.js';
import { bankStatements } from './stages/bank.js';
import { breakEvenMonthOf } from './stages/break-even.js';
import { cashPlan, emptyFlows, expensesPaidOfMonth, lowestCash } from './stages/cash.js';
import { ownerPayIsCharge, ownerSocialStep, ownerStatusOf, socialOf } from './stages/contributions.js';
import type { OwnerSocialStep } from './social/index.js';
import { corporateTaxByYear, paysCorporateTax } from './stages/corporate-tax.js';
import { costsOfMonth } from './stages/costs.js';
import type { DemandSeries } from './stages/demand.js';
import { financingPlanOf } from './stages/financing-plan.js';
import { salesCashedOf } from './stages/receivables.js';
import { demandAndStockUnits } from './series-cache.js';
import { revenueOfMonth } from './stages/revenue.js';
import { stockOfMonth, stockPlans, stockSeries, type ValuedStock } from './stages/stock.js';
import { deductibleOfMonth, vatSchedule, type VatSchedule } from './stages/vat.js';
import { yearResults } from './stages/years.js';
import type { EngineWarning, Forecast, MonthResult, ScenarioName } from './types.js';
import { unitEconomics } from './unit-economics.js';
import { franchiseSwitch, preparedAt, stockVatAtSwitch, type PreparedAt, type VatSwitch } from './vat-switch.js';
import { forecastWarnings } from './warnings.js';

interface MonthOut<N extends Num<N>> {
  month: MonthResult<N>;
  deductible: N;
  expensesPaid: N;
  /** Eco-contributions and the e-invoicing platform paid (VAT included), issue 20. */
  legalPaid: { eco: N; eInvoicing: N };
}

/**
 * Stages 2–6 for month `m` with `q`, the inputs prepared under that month's VAT regime (vat-switch.ts):
 * revenue and refunds, costs, stock, VAT deductible, owner pay and a micro-entrepreneur's contributions
 * (the other forms' contributions come after, by year: `ownerSocialStep`).
 */
function monthOf<N extends Num<N>>(p: Prepared<N>, q: Prepared<N>, d: DemandSeries<N>, stocks: readonly ValuedStock<N>[], m: number): MonthOut<N> {
  const { zero: ZERO, addTo, subtractFrom } = p.num;
  const rev = revenueOfMonth(q, d, m);
  const costs = costsOfMonth(q, d, m, rev);
  const stock = stockOfMonth(q, stocks, m, q === p);
  const deductible = addTo(deductibleOfMonth(q, m, rev, stock), costs.legalVat);
  const ownerPay = p.ownerPay[m]!;
  const { social, incomeTax } = socialOf(p, m, rev.revenueHt);
  let result = costs.contributionMargin.minus(costs.marketing).minus(costs.fixedCosts).minus(costs.setupCosts).minus(costs.depreciation).minus(costs.interest);
  result = subtractFrom(subtractFrom(result, costs.repFlatFees), costs.eInvoicing);
  // A micro-entrepreneur's pay is not a charge, nor an EI's drawings at the income tax.
  if (ownerPayIsCharge(p)) result = result.minus(ownerPay);
  const month: MonthResult<N> = {
    index: m,
    month: monthLabel(m, p.start),
    visitors: d.visitors[m]!,
    newOrders: d.newOrders[m]!,
    repeatOrders: d.repeatOrders[m]!,
    orders: rev.orders,
    units: null as never,
    revenueTtc: rev.revenueTtc,
    revenueHt: rev.revenueHt,
    vatCollected: rev.revenueTtc.minus(rev.revenueHt),
    cogs: costs.cogs,
    channelFees: costs.channelFees,
    shippingCosts: costs.shippingCosts,
    returnsCost: costs.returnsCost,
    repFees: costs.repFees,
    marketing: costs.marketing,
    fixedCosts: costs.fixedCosts,
    setupCosts: costs.setupCosts,
    repFlatFees: costs.repFlatFees,
    eInvoicing: costs.eInvoicing,
    depreciation: costs.depreciation,
    interest: costs.interest,
    ownerPay,
    socialContributions: social,
    incomeTax,
    resultBeforeTax: result,
    contributionMargin: costs.contributionMargin,
    stockPurchases: stock.stockPurchases,
    stockValue: stock.stockValue,
    cashIn: ZERO,
    cashOut: ZERO,
    cashEnd: ZERO,
    channelRevenueTtc: rev.channelRevenueTtc,
    productionHours: costs.productionHours,
    channelFeesByChannel: costs.channelFeesByChannel,
    channelOrders: rev.channelOrders,
    vatDeductible: q.regime === 'normal' ? deductible : ZERO,
    cashFlows: emptyFlows(p.num),
  };
  lazyProperty(month, 'units', rev.unitsOf);
  return { month, deductible, expensesPaid: expensesPaidOfMonth(q, m, rev, costs), legalPaid: { eco: costs.ecoPaid, eInvoicing: costs.eInvoicingPaid } };
}

/**
 * The forecast; under the VAT franchise, a second pass runs under the normal regime from the month the
 * franchise is lost (vat-switch.ts), keeping the threshold warnings of the franchise pass.
 */
export function forecastWith(project: ProjectFile, scenario: ScenarioName, levers: Levers, notes: EngineWarning[] = []): Forecast {
  const franchise = runForecast(project, scenario, levers, notes, null);
  if (!franchise.vatSwitch) return franchise;
  const switched = runForecast(project, scenario, levers, notes, franchise.vatSwitch);
  const isVat = (w: EngineWarning) => w.code.startsWith('forecast.vat_franchise');
  switched.warnings = [...franchise.warnings.filter(isVat), ...switched.warnings.filter((w) => !isVat(w))];
  return switched;
}

/** The two figures sensitivity reads (year 1's result before tax and the lowest cash balance), without the rest of the forecast. */
export function forecastSummary(project: ProjectFile, levers: Levers): { resultYearOne: Decimal; lowestCash: Decimal } {
  const run = settledMonths(project, levers, DECIMAL);
  // Year 1's result, added as `totalsOf` adds it (the same digits as the forecast's).
  return { resultYearOne: sum(run.months.slice(0, 12).map((m) => m.resultBeforeTax)), lowestCash: lowestCash(run.months).lowest };
}

/** Stages 1–8 under the VAT regime of each month: a second pass when the franchise is lost (vat-switch.ts). */
export function settledMonths<N extends Num<N>>(project: ProjectFile, levers: Levers<N>, n: Arith<N>): MonthsRun<N> {
  const run = monthsOf(project, levers, null, n);
  const lost = franchiseSwitch(run.p, run.months);
  return lost ? monthsOf(project, levers, lost, n) : run;
}

export interface MonthsRun<N extends Num<N> = Decimal> {
  p: Prepared<N>;
  at: PreparedAt<N>;
  d: DemandSeries<N>;
  stocks: ValuedStock<N>[];
  months: MonthResult<N>[];
  owner: OwnerSocialStep<N>;
  vatPlan: VatSchedule<N>;
  corporateTax: N[];
}

/**
 * Stages 1–8 in the number type `n` (arith.ts): the months with their P&L, VAT, contributions, corporate tax
 * and cash; `vat`: the month the franchise is lost, else null.
 */
function monthsOf<N extends Num<N>>(project: ProjectFile, levers: Levers<N>, vat: VatSwitch | null, n: Arith<N>): MonthsRun<N> {
  const p = prepareWith(project, levers, n);
  const at = preparedAt(p, levers, vat);
  const { d, units } = demandAndStockUnits(project, p, levers, n);
  const stocks = stockSeries(p, units);
  const outs = Array.from({ length: p.horizon }, (_, i) => monthOf(p, at(i + 1), d, stocks, i + 1));
  const months = outs.map((o) => o.month);
  const switchMonth = vat ? outs[vat.from - 1] : undefined;
  if (switchMonth) {
    const stockVat = stockVatAtSwitch(at, stocks, vat);
    switchMonth.deductible = switchMonth.deductible.plus(stockVat);
    switchMonth.month.vatDeductible = switchMonth.month.vatDeductible.plus(stockVat);
  }
  const owner = ownerSocialStep(p, months);
  const vatPlan = vatSchedule(
    at,
    p.horizon,
    months.map((r) => r.vatCollected),
    [n.zero, ...outs.map((o) => o.deductible)],
  );
  const corporateTax = corporateTaxByYear(p, months);
  cashPlan(p, at, months, {
    stocks,
    salesCashed: salesCashedOf(p, months),
    expensesPaid: [n.zero, ...outs.map((o) => o.expensesPaid)],
    legalPaid: [{ eco: n.zero, eInvoicing: n.zero }, ...outs.map((o) => o.legalPaid)],
    vat: vatPlan,
    corporateTax,
    socialPaid: owner.paid,
  });
  return { p, at, d, stocks, months, owner, vatPlan, corporateTax };
}

/** One pass of the stages; `vat`: the month the franchise is lost (a second pass), else null. */
function runForecast(project: ProjectFile, scenario: ScenarioName, levers: Levers, notes: EngineWarning[], vat: VatSwitch | null): Forecast {
  const { p, at, d, stocks, months, owner, vatPlan, corporateTax } = monthsOf(project, levers, vat, DECIMAL);
  const years = yearResults(p, at, months, stocks, vatPlan, corporateTax);
  const forecast: Forecast = {
    scenario,
    currency: project.currency,
    start: p.start,
    horizon: p.horizon,
    months,
    years,
    breakEvenMonth: breakEvenMonthOf(DECIMAL, months),
    cash: lowestCash(months),
    ...financingPlanOf(p, months, years),
    unitEconomics: unitEconomics(p, sum(d.items.slice(1, p.horizon + 1))),
    stock: stockPlans(p, d, stocks, months),
    warnings: [],
    project: project.project.name,
    legalForm: p.legalForm,
    vatRegime: p.regime,
    vatSwitch: null,
    ownerStatus: ownerStatusOf(project.company),
    corporateTaxApplies: paysCorporateTax(project.company),
    bank: null as never,
  };
  lazyProperty(forecast, 'bank', () => bankStatements({ p, at, months, years, stocks, vat: vatPlan, corporateTax }));
  forecast.warnings = [...p.warnings, ...notes, ...owner.warnings, ...forecastWarnings(p, forecast)];
  forecast.vatSwitch = vat ?? franchiseSwitch(p, months);
  return forecast;
}

/**
 * `object[key]` computed when first read, then kept; it stays in its place among the keys, enumerable and
 * writable, so that JSON, spreads and the views see the same object as before. The forecast's banker's
 * statements (the dossier's pessimistic and optimistic forecasts never read them: 0.8 s each for 3 000
 * products) and each month's units by product (sensitivity's summaries never read them).
 */
function lazyProperty<T extends object, K extends keyof T>(object: T, key: K, compute: () => T[K]): void {
  let value: T[K] | undefined;
  let known = false;
  Object.defineProperty(object, key, {
    enumerable: true,
    configurable: true,
    get: () => {
      if (!known) {
        value = compute();
        known = true;
      }
      return value;
    },
    set: (v: T[K]) => {
      value = v;
      known = true;
    },
  });
}
