/** `ecomplan forecast --format json`: the output contract of forecast-model.md, plus documented extras (docs/forecast.md). */
import { money2, type Decimal } from '../../model/decimal.js';
import type { AmountLine, Forecast, MonthResult, YearResult } from '../../engine/types.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { jsonWarning, money2OrNull, rate4 } from '../json-values.js';
import { tCode, type Lang } from '../../i18n/index.js';
import type { BankYear } from '../../engine/bank-types.js';
import { bankJson, bankYearJson } from './bank-json.js';

const record = (r: Record<string, Decimal>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, money2(v)]));

function month(m: MonthResult): Record<string, unknown> {
  const f = m.cashFlows;
  return {
    month: m.month,
    visitors: money2(m.visitors),
    new_orders: money2(m.newOrders),
    repeat_orders: money2(m.repeatOrders),
    orders: money2(m.orders),
    units: record(m.units),
    revenue_ttc: money2(m.revenueTtc),
    revenue_ht: money2(m.revenueHt),
    vat_collected: money2(m.vatCollected),
    vat_deductible: money2(m.vatDeductible),
    cogs: money2(m.cogs),
    channel_fees: money2(m.channelFees),
    shipping_costs: money2(m.shippingCosts),
    returns_cost: money2(m.returnsCost),
    rep_fees: money2(m.repFees),
    contribution_margin: money2(m.contributionMargin),
    marketing: money2(m.marketing),
    fixed_costs: money2(m.fixedCosts),
    setup_costs: money2(m.setupCosts),
    rep_flat_fees: money2(m.repFlatFees),
    e_invoicing: money2(m.eInvoicing),
    depreciation: money2(m.depreciation),
    interest: money2(m.interest),
    owner_pay: money2(m.ownerPay),
    social_contributions: money2(m.socialContributions),
    income_tax: money2(m.incomeTax),
    result_before_tax: money2(m.resultBeforeTax),
    stock_purchases: money2(m.stockPurchases),
    stock_value: money2(m.stockValue),
    production_hours: money2(m.productionHours),
    channels: Object.fromEntries(
      Object.keys(m.channelRevenueTtc).map((id) => [id, { orders: money2(m.channelOrders[id]!), revenue_ttc: money2(m.channelRevenueTtc[id]!), fees: money2(m.channelFeesByChannel[id]!) }]),
    ),
    cash_flows: {
      sales: money2(f.sales),
      financing: money2(f.financing),
      purchases: money2(f.purchases),
      expenses: money2(f.expenses),
      investments: money2(f.investments),
      vat: money2(f.vat),
      loan_repayments: money2(f.loanRepayments),
      social_and_tax: money2(f.socialAndTax),
      owner_pay: money2(f.ownerPay),
      corporate_tax: money2(f.corporateTax),
      eco_contributions: money2(f.ecoContributions),
      e_invoicing: money2(f.eInvoicing),
    },
    cash_in: money2(m.cashIn),
    cash_out: money2(m.cashOut),
    cash_end: money2(m.cashEnd),
  };
}

function year(y: YearResult, bank: BankYear | undefined): Record<string, unknown> {
  const s = y.totals;
  return {
    year: y.year,
    months: y.months,
    first_month: y.firstMonth,
    last_month: y.lastMonth,
    revenue_ttc: money2(s.revenueTtc),
    revenue_ht: money2(y.revenueHt),
    vat_collected: money2(s.vatCollected),
    cogs: money2(s.cogs),
    channel_fees: money2(s.channelFees),
    shipping_costs: money2(s.shippingCosts),
    returns_cost: money2(s.returnsCost),
    rep_fees: money2(s.repFees),
    contribution_margin: money2(y.contributionMargin),
    contribution_margin_rate: rate4(y.contributionMarginRate),
    marketing: money2(s.marketing),
    fixed_costs: money2(s.fixedCosts),
    setup_costs: money2(s.setupCosts),
    rep_flat_fees: money2(s.repFlatFees),
    e_invoicing: money2(s.eInvoicing),
    depreciation: money2(s.depreciation),
    interest: money2(s.interest),
    owner_pay: money2(s.ownerPay),
    social_contributions: money2(s.socialContributions),
    income_tax: money2(s.incomeTax),
    fixed_charges: money2(y.fixedCharges),
    result_before_tax: money2(y.resultBeforeTax),
    corporate_tax: money2(y.corporateTax),
    net_result: money2(y.netResult),
    disposable_income: money2OrNull(y.disposableIncome),
    break_even_revenue: money2OrNull(y.breakEvenRevenue),
    break_even_days: money2OrNull(y.breakEvenDays),
    working_capital: money2(y.workingCapital),
    stock_value: money2(y.stockValue),
    cash_end: money2(y.cashEnd),
    orders: money2(s.orders),
    ...(bank ? bankYearJson(bank) : {}),
  };
}

export function forecastJson(f: Forecast, warnings: readonly Diagnostic[], lang: Lang): Record<string, unknown> {
  const line = (l: AmountLine) => ({
    label: l.id ? tCode(lang, l.id) : l.label,
    amount: money2(l.amount),
    ...(l.id ? { id: l.id } : {}),
    ...(l.path ? { path: l.path } : {}),
  });
  return {
    ecomplan: 1,
    project: f.project,
    scenario: f.scenario,
    currency: f.currency,
    start: f.start,
    horizon_months: f.horizon,
    legal_form: f.legalForm,
    vat_regime: f.vatRegime,
    vat_switch: f.vatSwitch ? { month: f.months[f.vatSwitch.from - 1]!.month, reason: f.vatSwitch.reason } : null,
    owner_status: f.ownerStatus ?? null,
    months: f.months.map(month),
    years: f.years.map((y, i) => year(y, f.bank.years[i])),
    break_even: { month: f.breakEvenMonth },
    cash: { lowest: money2(f.cash.lowest), lowest_month: f.cash.lowestMonth },
    financing_plan: {
      needs: f.financingPlan.needs.map(line),
      resources: f.financingPlan.resources.map(line),
      initial_stock: f.financingPlan.initialStock ? money2(f.financingPlan.initialStock) : null,
      total_needs: money2(f.financingTotals.needs),
      total_resources: money2(f.financingTotals.resources),
      balance: money2(f.financingTotals.balance),
      owner_share: rate4(f.bank.ownerShare),
    },
    ...bankJson(f.bank, lang),
    warnings: warnings.map(jsonWarning),
  };
}
