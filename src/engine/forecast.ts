/**
 * The forecast (forecast-model.md): P&L month by month, corporate tax by year,
 * stock, VAT timing and the cash plan, break-even. Pure and deterministic:
 * every amount stays an unrounded Decimal; rounding is the formatters' job.
 */
import { Decimal, ONE, ZERO, sum } from '../model/decimal.js';
import { monthLabel } from '../model/fields.js';
import { rulesForMonth } from '../model/rules-fr.js';
import type { ProjectFile } from '../model/schema.js';
import { demandSeries } from './demand.js';
import type { Levers } from './levers.js';
import { prepare, type Prepared } from './prepare.js';
import { microSocialOf, ownerSocialStep, ownerStatusOf, paysCorporateTax } from './social/index.js';
import { simulateStock, type StockSeries } from './stock.js';
import type { AmountLine, CashFlows, EngineWarning, Forecast, MonthResult, PeriodTotals, ScenarioName, StockPlan, YearResult } from './types.js';
import { unitEconomics } from './unit-economics.js';
import { franchiseSwitch, underNormalVat, type VatSwitch } from './vat-switch.js';
import { forecastWarnings } from './warnings.js';

/** Social contributions and income tax of month `m`: the micro-entreprise here; other forms in `ownerSocialStep` (src/engine/social). */
function socialOf(p: Prepared, m: number, revenueHt: Decimal): { social: Decimal; incomeTax: Decimal } {
  if (p.legalForm !== 'micro_entreprise') return { social: ZERO, incomeTax: ZERO };
  return microSocialOf(p, m, revenueHt);
}

const TOTAL_KEYS = [
  'revenueTtc',
  'revenueHt',
  'vatCollected',
  'cogs',
  'channelFees',
  'shippingCosts',
  'returnsCost',
  'contributionMargin',
  'marketing',
  'fixedCosts',
  'setupCosts',
  'depreciation',
  'interest',
  'ownerPay',
  'socialContributions',
  'incomeTax',
  'resultBeforeTax',
  'stockPurchases',
  'cashIn',
  'cashOut',
  'orders',
  'visitors',
] as const satisfies ReadonlyArray<keyof PeriodTotals & keyof MonthResult>;

export function totalsOf(months: readonly MonthResult[]): PeriodTotals {
  const out = {} as PeriodTotals;
  for (const k of TOTAL_KEYS) out[k] = sum(months.map((m) => m[k]));
  return out;
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

function runForecast(project: ProjectFile, scenario: ScenarioName, levers: Levers, notes: EngineWarning[], vat: VatSwitch | null): Forecast {
  const p = prepare(project, levers);
  // Under the normal VAT regime from the month the franchise is lost (art. 293 B CGI), else the declared regime.
  const pn = vat === null ? p : prepare(underNormalVat(project), levers);
  const at = (m: number): Prepared => (vat !== null && m >= vat.from ? pn : p);
  const H = p.horizon;
  const label = (m: number) => monthLabel(m, p.start);
  const d = demandSeries(p);
  const stocks: StockSeries[] = p.products.map((prod, i) => simulateStock(d.units[i]!, H, p.cover, prod.minimumOrder));
  const isMicro = p.legalForm === 'micro_entreprise';
  // An EI at the income tax: drawings are not a charge; its contributions are on its profit.
  const drawings = ownerStatusOf(project.company) === 'tns_ir';

  // 1. P&L, month by month (it does not depend on cash).
  const months: MonthResult[] = [];
  const deductible: Decimal[] = [ZERO];
  const expensesPaid: Decimal[] = [ZERO];
  for (let m = 1; m <= H; m++) {
    const orders = d.orders[m]!;
    const units: Record<string, Decimal> = {};
    let productTtc = ZERO;
    let productHt = ZERO;
    let cogs = ZERO;
    let stockPurchases = ZERO;
    let stockValue = ZERO;
    let purchaseVat = ZERO;
    let hours = ZERO;
    const q = at(m);
    q.products.forEach((prod, i) => {
      const u = d.units[i]![m]!;
      units[prod.id] = u;
      productTtc = productTtc.plus(u.times(prod.priceTtc));
      productHt = productHt.plus(u.times(prod.priceHt));
      cogs = cogs.plus(u.times(prod.cost.total));
      const bought = stocks[i]!.purchases[m]!;
      stockPurchases = stockPurchases.plus(bought.times(prod.cost.total));
      purchaseVat = purchaseVat.plus(bought.times(prod.cost.vat));
      stockValue = stockValue.plus(stocks[i]!.stock[m]!.times(prod.cost.total));
      hours = hours.plus(u.times(prod.labourMinutes).div(60));
    });
    // A refunded order gives back its delivery charge too (L221-24): refunds apply to products and shipping.
    const kept = ONE.minus(p.returnsRate);
    const revenueTtc = productTtc.plus(orders.times(q.shippingChargedTtc)).times(kept);
    const revenueHt = productHt.plus(orders.times(q.shippingChargedHt)).times(kept);
    const channelRevenueTtc: Record<string, Decimal> = {};
    const channelFeesByChannel: Record<string, Decimal> = {};
    const channelOrders: Record<string, Decimal> = {};
    for (const c of p.channels) {
      const rev = revenueTtc.times(c.share);
      const ord = orders.times(c.share);
      channelRevenueTtc[c.id] = rev;
      channelOrders[c.id] = ord;
      channelFeesByChannel[c.id] = rev.times(c.feeRate).plus(ord.times(c.feePerOrder));
    }
    const channelFees = sum(Object.values(channelFeesByChannel));
    const returned = orders.times(p.returnsRate);
    const shippingCosts = orders.times(q.carrierPerOrder.charge);
    const returnsCost = returned.times(q.returnPerOrder.charge);
    const marketing = p.marketing[m]!;
    const fixedCosts = q.fixed[m]!.charge;
    const setupCosts = q.setup[m]!.charge;
    const depreciation = p.depreciation[m]!;
    const interest = p.loans[m]!.interest;
    const ownerPay = p.ownerPay[m]!;
    const { social, incomeTax } = socialOf(p, m, revenueHt);
    const contributionMargin = revenueHt.minus(cogs).minus(channelFees).minus(shippingCosts).minus(returnsCost);
    let result = contributionMargin.minus(marketing).minus(fixedCosts).minus(setupCosts).minus(depreciation).minus(interest);
    if (!isMicro && !drawings) result = result.minus(ownerPay);
    deductible.push(
      purchaseVat
        .plus(orders.times(q.carrierPerOrder.vat))
        .plus(returned.times(q.returnPerOrder.vat))
        .plus(q.fixed[m]!.vat)
        .plus(q.setup[m]!.vat)
        .plus(q.investments[m]!.vat),
    );
    expensesPaid.push(
      channelFees
        .plus(shippingCosts)
        .plus(orders.times(q.carrierPerOrder.vat))
        .plus(returnsCost)
        .plus(returned.times(q.returnPerOrder.vat))
        .plus(marketing)
        .plus(q.fixed[m]!.charge.plus(q.fixed[m]!.vat))
        .plus(q.setup[m]!.charge.plus(q.setup[m]!.vat)),
    );
    months.push({
      index: m,
      month: label(m),
      visitors: d.visitors[m]!,
      newOrders: d.newOrders[m]!,
      repeatOrders: d.repeatOrders[m]!,
      orders,
      units,
      revenueTtc,
      revenueHt,
      vatCollected: revenueTtc.minus(revenueHt),
      cogs,
      channelFees,
      shippingCosts,
      returnsCost,
      marketing,
      fixedCosts,
      setupCosts,
      depreciation,
      interest,
      ownerPay,
      socialContributions: social,
      incomeTax,
      resultBeforeTax: result,
      contributionMargin,
      stockPurchases,
      stockValue,
      cashIn: ZERO,
      cashOut: ZERO,
      cashEnd: ZERO,
      channelRevenueTtc,
      productionHours: hours,
      channelFeesByChannel,
      channelOrders,
      vatDeductible: q.regime === 'normal' ? deductible[m]! : ZERO,
      cashFlows: emptyFlows(),
    });
  }

  // 1b. The owner's contributions of the other legal forms (src/engine/social): charged to the P&L
  // by calendar year, billed provisionally and regularised in the cash plan.
  const owner = ownerSocialStep(p, months);

  // 2. Corporate tax per fiscal year (12 months from the start), losses carried forward.
  const yearCount = Math.ceil(H / 12);
  const corporateTax: Decimal[] = [];
  let losses = ZERO;
  for (let y = 1; y <= yearCount; y++) {
    const result = sum(months.slice(12 * (y - 1), Math.min(12 * y, H)).map((x) => x.resultBeforeTax));
    let tax = ZERO;
    if (paysCorporateTax(project.company)) {
      const taxable = result.minus(losses);
      if (taxable.lte(0)) losses = taxable.negated(); // a loss adds to the losses; a small profit uses some of them
      else {
        losses = ZERO;
        const rules = rulesForMonth(label(Math.min(12 * y, H))).corporateTax;
        const low = Decimal.min(taxable, rules.reducedCeiling.value);
        tax = low.times(rules.reducedRate.value).plus(taxable.minus(low).times(rules.normalRate.value));
      }
    }
    corporateTax.push(tax);
  }

  // 3. Cash, VAT timing, payables.
  const paidPurchases = (m: number) =>
    sum(
      p.products.map((prod, i) => {
        const k = m - prod.paymentDelayMonths;
        const cost = k >= 1 ? at(k).products[i]!.cost : null;
        return cost ? stocks[i]!.purchases[k]!.times(cost.total.plus(cost.vat)) : ZERO;
      }),
    );
  let cash = ZERO;
  let vatDue = ZERO; // to pay next month
  let vatCredit = ZERO; // carried forward
  const vatDueAt: Decimal[] = [ZERO];
  const vatCreditAt: Decimal[] = [ZERO];
  for (let m = 1; m <= H; m++) {
    const r = months[m - 1]!;
    const prev = months[m - 2];
    const taxYear = (m - 1) / 12; // paid the month after year y ends: m = 12y + 1
    const flows: CashFlows = {
      sales: r.revenueTtc,
      financing: p.financing[m]!,
      purchases: paidPurchases(m),
      expenses: expensesPaid[m]!,
      investments: at(m).investments[m]!.charge.plus(at(m).investments[m]!.vat),
      vat: vatDue,
      loanRepayments: p.loans[m]!.interest.plus(p.loans[m]!.principal),
      socialAndTax: isMicro ? (prev ? prev.socialContributions.plus(prev.incomeTax) : ZERO) : owner.paid[m]!,
      ownerPay: r.ownerPay,
      corporateTax: Number.isInteger(taxYear) && taxYear >= 1 ? corporateTax[taxYear - 1]! : ZERO,
    };
    r.cashFlows = flows;
    r.cashIn = flows.sales.plus(flows.financing);
    r.cashOut = sum([flows.purchases, flows.expenses, flows.investments, flows.vat, flows.loanRepayments, flows.socialAndTax, flows.ownerPay, flows.corporateTax]);
    cash = cash.plus(r.cashIn).minus(r.cashOut);
    r.cashEnd = cash;
    if (at(m).regime === 'normal') {
      const position = r.vatCollected.minus(deductible[m]!).minus(vatCredit);
      if (position.gt(0)) {
        vatDue = position;
        vatCredit = ZERO;
      } else {
        vatDue = ZERO;
        vatCredit = position.negated();
      }
    }
    vatDueAt.push(vatDue);
    vatCreditAt.push(vatCredit);
  }

  // 4. Years.
  const payablesAt = (e: number) =>
    sum(
      p.products.map((prod, i) => {
        let owed = ZERO;
        for (let k = Math.max(1, e - prod.paymentDelayMonths + 1); k <= e; k++) {
          const cost = at(k).products[i]!.cost;
          owed = owed.plus(stocks[i]!.purchases[k]!.times(cost.total.plus(cost.vat)));
        }
        return owed;
      }),
    );
  const years: YearResult[] = [];
  for (let y = 1; y <= yearCount; y++) {
    const slice = months.slice(12 * (y - 1), Math.min(12 * y, H));
    const totals = totalsOf(slice);
    const last = slice[slice.length - 1]!;
    const e = last.index;
    const fixedCharges = totals.contributionMargin.minus(totals.resultBeforeTax);
    const cmRate = totals.revenueHt.gt(0) ? totals.contributionMargin.div(totals.revenueHt) : null;
    const tax = corporateTax[y - 1]!;
    const micro = isMicro ? totals.resultBeforeTax.minus(totals.socialContributions).minus(totals.incomeTax) : null;
    years.push({
      year: y,
      revenueHt: totals.revenueHt,
      contributionMargin: totals.contributionMargin,
      fixedCharges,
      resultBeforeTax: totals.resultBeforeTax,
      corporateTax: tax,
      netResult: micro ?? totals.resultBeforeTax.minus(tax),
      breakEvenRevenue: cmRate !== null && totals.contributionMargin.gt(0) ? fixedCharges.div(cmRate) : null,
      workingCapital: last.stockValue.plus(vatCreditAt[e]!).minus(payablesAt(e)).minus(vatDueAt[e]!),
      months: slice.length,
      firstMonth: slice[0]!.month,
      lastMonth: last.month,
      totals,
      contributionMarginRate: cmRate,
      disposableIncome: micro,
      stockValue: last.stockValue,
      cashEnd: last.cashEnd,
    });
  }

  // 5. Point mort, lowest cash.
  let breakEvenMonth: string | null = null;
  let cumMargin = ZERO;
  let cumFixed = ZERO;
  for (const r of months) {
    cumMargin = cumMargin.plus(r.contributionMargin);
    cumFixed = cumFixed.plus(r.contributionMargin.minus(r.resultBeforeTax));
    if (cumMargin.gt(0) && cumMargin.gte(cumFixed)) {
      breakEvenMonth = r.month;
      break;
    }
  }
  let lowest = months[0]!;
  for (const r of months) if (r.cashEnd.lt(lowest.cashEnd)) lowest = r;

  // 6. Initial financing plan.
  const needs: AmountLine[] = [...p.financingPlan.needsInvestments];
  const setup = months[0]!.setupCosts;
  if (setup.gt(0)) needs.push({ label: 'Setup costs', id: 'plan.setup_costs', amount: setup });
  // The working capital at the end of year 1 holds the stock: the initial stock is shown inside it
  // (« dont stock de départ », at most the working capital itself), never added to it a second time (issue 9).
  const initialStock = months[0]!.stockPurchases;
  const wc = years[0]!.workingCapital;
  if (wc.gt(0)) needs.push({ label: 'Working capital', id: 'plan.working_capital', amount: wc });
  const needsTotal = sum(needs.map((n) => n.amount));
  const resourcesTotal = sum(p.financingPlan.resources.map((r) => r.amount));

  const stock: StockPlan[] = p.products.map((prod, i) => {
    const s = stocks[i]!;
    const yearOne = Math.min(12, H);
    const daily = sum(d.units[i]!.slice(1, yearOne + 1)).div(30 * yearOne);
    return {
      productId: prod.id,
      productName: prod.product.name,
      reorderPointUnits: prod.leadTimeDays === null ? null : daily.times(prod.leadTimeDays + p.safetyDays),
      months: months.map((r) => ({
        month: r.month,
        units: d.units[i]![r.index]!,
        purchaseUnits: s.purchases[r.index]!,
        purchaseValue: s.purchases[r.index]!.times(prod.cost.total),
        stockUnits: s.stock[r.index]!,
        stockValue: s.stock[r.index]!.times(prod.cost.total),
        forcedByMinimum: s.forcedByMinimum[r.index]!,
      })),
      strategy: prod.product.strategy,
      unitCost: prod.cost.total,
      leadTimeDays: prod.leadTimeDays,
      minimumOrderUnits: prod.minimumOrder,
      paymentDelayMonths: prod.paymentDelayMonths,
      supplierId: prod.supplier?.id ?? null,
    };
  });

  const forecast: Forecast = {
    scenario,
    currency: project.currency,
    start: p.start,
    horizon: H,
    months,
    years,
    breakEvenMonth,
    cash: { lowest: lowest.cashEnd, lowestMonth: lowest.month },
    financingPlan: { needs, resources: p.financingPlan.resources, initialStock: wc.gt(0) && initialStock.gt(0) ? Decimal.min(initialStock, wc) : null },
    unitEconomics: [],
    stock,
    warnings: [],
    project: project.project.name,
    legalForm: p.legalForm,
    vatRegime: p.regime,
    vatSwitch: null,
    ownerStatus: ownerStatusOf(project.company),
    corporateTaxApplies: paysCorporateTax(project.company),
    financingTotals: { needs: needsTotal, resources: resourcesTotal, balance: resourcesTotal.minus(needsTotal) },
  };
  forecast.unitEconomics = unitEconomics(p, months);
  forecast.warnings = [...p.warnings, ...notes, ...owner.warnings, ...forecastWarnings(p, forecast)];
  forecast.vatSwitch = vat ?? franchiseSwitch(p, months);
  return forecast;
}

function emptyFlows(): CashFlows {
  return { sales: ZERO, financing: ZERO, purchases: ZERO, expenses: ZERO, investments: ZERO, vat: ZERO, loanRepayments: ZERO, socialAndTax: ZERO, ownerPay: ZERO, corporateTax: ZERO };
}
