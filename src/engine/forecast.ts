/**
 * The forecast (forecast-model.md): P&L month by month, corporate tax by year,
 * stock, VAT timing and the cash plan, break-even. Each step is a named stage in
 * stages/, run here in the model's order. Pure and deterministic: every amount
 * stays an unrounded Decimal; rounding is the formatters' job.
 */
import { ZERO, type Decimal } from '../model/decimal.js';
import { monthLabel } from '../model/fields.js';
import type { ProjectFile } from '../model/schema.js';
import type { Levers } from './levers.js';
import { prepare, type Prepared } from './prepare.js';
import { breakEvenMonthOf } from './stages/break-even.js';
import { cashPlan, emptyFlows, expensesPaidOfMonth, lowestCash } from './stages/cash.js';
import { socialOf } from './stages/contributions.js';
import { corporateTaxByYear } from './stages/corporate-tax.js';
import { costsOfMonth } from './stages/costs.js';
import { demandSeries, type DemandSeries } from './stages/demand.js';
import { financingPlanOf } from './stages/financing-plan.js';
import { revenueOfMonth } from './stages/revenue.js';
import { stockOfMonth, stockPlans, stockSeries } from './stages/stock.js';
import { deductibleOfMonth, vatSchedule } from './stages/vat.js';
import { yearResults } from './stages/years.js';
import type { StockSeries } from './stock.js';
import type { EngineWarning, Forecast, MonthResult, ScenarioName } from './types.js';
import { unitEconomics } from './unit-economics.js';
import { forecastWarnings } from './warnings.js';

export { totalsOf } from './stages/years.js';

interface MonthOut {
  month: MonthResult;
  deductible: Decimal;
  expensesPaid: Decimal;
}

/** Stages 2–6 for month `m`: revenue and refunds, costs, stock, VAT deductible, owner pay and contributions. */
function monthOf(p: Prepared, d: DemandSeries, stocks: readonly StockSeries[], m: number): MonthOut {
  const rev = revenueOfMonth(p, d, m);
  const costs = costsOfMonth(p, d, m, rev);
  const stock = stockOfMonth(p, stocks, m);
  const deductible = deductibleOfMonth(p, m, rev, stock);
  const ownerPay = p.ownerPay[m]!;
  const { social, incomeTax } = socialOf(p, m, rev.revenueHt, ownerPay);
  let result = costs.contributionMargin.minus(costs.marketing).minus(costs.fixedCosts).minus(costs.setupCosts).minus(costs.depreciation).minus(costs.interest);
  // A micro-entrepreneur's pay is not a charge and their contributions come after the result.
  if (p.legalForm !== 'micro_entreprise') result = result.minus(ownerPay).minus(social);
  const month: MonthResult = {
    index: m,
    month: monthLabel(m, p.start),
    visitors: d.visitors[m]!,
    newOrders: d.newOrders[m]!,
    repeatOrders: d.repeatOrders[m]!,
    orders: rev.orders,
    units: rev.units,
    revenueTtc: rev.revenueTtc,
    revenueHt: rev.revenueHt,
    vatCollected: rev.revenueTtc.minus(rev.revenueHt),
    cogs: costs.cogs,
    channelFees: costs.channelFees,
    shippingCosts: costs.shippingCosts,
    returnsCost: costs.returnsCost,
    marketing: costs.marketing,
    fixedCosts: costs.fixedCosts,
    setupCosts: costs.setupCosts,
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
    vatDeductible: p.regime === 'normal' ? deductible : ZERO,
    cashFlows: emptyFlows(),
  };
  return { month, deductible, expensesPaid: expensesPaidOfMonth(p, m, rev, costs) };
}

export function forecastWith(project: ProjectFile, scenario: ScenarioName, levers: Levers, notes: EngineWarning[] = []): Forecast {
  const p = prepare(project, levers);
  const d = demandSeries(p);
  const stocks = stockSeries(p, d);
  const outs = Array.from({ length: p.horizon }, (_, i) => monthOf(p, d, stocks, i + 1));
  const months = outs.map((o) => o.month);
  const vat = vatSchedule(
    p,
    months.map((r) => r.vatCollected),
    [ZERO, ...outs.map((o) => o.deductible)],
  );
  const corporateTax = corporateTaxByYear(p, months);
  cashPlan(p, months, { stocks, expensesPaid: [ZERO, ...outs.map((o) => o.expensesPaid)], vat, corporateTax });
  const years = yearResults(p, months, stocks, vat, corporateTax);
  const forecast: Forecast = {
    scenario,
    currency: project.currency,
    start: p.start,
    horizon: p.horizon,
    months,
    years,
    breakEvenMonth: breakEvenMonthOf(months),
    cash: lowestCash(months),
    ...financingPlanOf(p, months, years),
    unitEconomics: [],
    stock: stockPlans(p, d, stocks, months),
    warnings: [],
    project: project.project.name,
    legalForm: p.legalForm,
    vatRegime: p.regime,
  };
  forecast.unitEconomics = unitEconomics(p, months);
  forecast.warnings = [...p.warnings, ...notes, ...forecastWarnings(p, forecast)];
  return forecast;
}
