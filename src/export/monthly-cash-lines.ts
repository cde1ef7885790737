/** « Mensuel »: the line builders of the stock, the VAT, the cash and the balance. */
import { Decimal, ZERO } from '../model/decimal.js';
import type { LineCtx } from './monthly-lines.js';
import { legalCashLines, legalVatLine } from './legal-costs.js';

export function stockLines(c: LineCtx): void {
  const { f, L, fx, val, section, R, span, M, products, last } = c;
  const P = c.h.products;
  // Stock.
  section(L('section.stock'));
  products.forEach((p, i) => val(`buy${i}`, L('line.purchase_units', { name: p.name }), 'int', 'sum', (m) => f.stock[i]!.months[m - 1]!.purchaseUnits, L('note.purchases')));
  products.forEach((p, i) =>
    fx(
      `stock${i}`,
      L('line.stock_units', { name: p.name }),
      'qty',
      'last',
      (m) => `${R(`stock${i}`, m - 1)}+${R(`buy${i}`, m)}-${R(`units${i}`, m)}`,
      (m) => f.stock[i]!.months[m - 1]!.stockUnits,
    ),
  );
  fx(
    'stock_purchases',
    L('line.stock_purchases'),
    'money',
    'sum',
    (m) => `SUMPRODUCT(${span('buy0', `buy${last}`, m)},${P.range('cost')})`,
    (m) => M(m).stockPurchases,
  );
  fx(
    'stock_value',
    L('line.stock_value'),
    'money',
    'last',
    (m) => `SUMPRODUCT(${span('stock0', `stock${last}`, m)},${P.range('cost')})`,
    (m) => M(m).stockValue,
  );
}

export function vatLines(c: LineCtx): void {
  const { L, H, fx, section, R, span, M, idx, active, last } = c;
  const F = c.h.fixed;
  const I = c.h.investments;
  const P = c.h.products;
  // VAT.
  section(L('section.vat'));
  fx('purchase_vat', L('line.purchase_vat'), 'money', 'sum', (m) => `SUMPRODUCT(${span('buy0', `buy${last}`, m)},${P.range('unitVat')})`);
  fx('carrier_vat', L('line.carrier_vat'), 'money', 'sum', (m) => `${R('orders', m)}*carrier_vat`);
  fx('return_vat', L('line.return_vat'), 'money', 'sum', (m) => `${R('orders', m)}*returns_rate*return_vat`);
  fx('fixed_vat', L('line.fixed_vat'), 'money', 'sum', (m) => `SUMPRODUCT(${active(m)}*${F.range('vatMonth')})`);
  fx('setup_vat', L('line.setup_vat'), 'money', 'sum', (m) => `IF(${idx(m)}=1,SUM(${P.range('setupVat')}),0)`);
  legalVatLine(c);
  fx('investment_vat', L('line.investment_vat'), 'money', 'sum', (m) => `SUMIF(${I.range('month')},${idx(m)},${I.range('vatAmount')})`);
  fx(
    'vat_deductible',
    L('line.vat_deductible'),
    'money',
    'sum',
    (m) => `SUM(${span('purchase_vat', 'investment_vat', m)})`,
    (m) => M(m).vatDeductible,
  );
  const position = (m: number) => `${R('vat_collected', m)}-${R('vat_deductible', m)}-${R('vat_credit', m - 1)}`;
  fx(
    'vat_due',
    L('line.vat_due'),
    'money',
    'last',
    (m) => `regime_normal*MAX(0,${position(m)})`,
    (m) => (m < H ? M(m + 1).cashFlows.vat : undefined),
  );
  fx('vat_credit', L('line.vat_credit'), 'money', 'last', (m) => `regime_normal*MAX(0,-(${position(m)}))`);
}

export function cashLines(c: LineCtx): void {
  // Cash.
  c.section(c.L('section.cash'));
  cashFlowLines(c);
  cashTotalLines(c);
}

/** Each cash flow of the month: sales, financing, purchases, expenses, investments, VAT, loans, social, owner, corporate tax. */
function cashFlowLines(c: LineCtx): void {
  const { L, owner, fx, val, R, M, idx, products, delays, loans } = c;
  const I = c.h.investments;
  const Fi = c.h.financing;
  const P = c.h.products;
  fx(
    'cf_sales',
    L('line.cf_sales'),
    'money',
    'sum',
    (m) => salesCashed(c, m),
    (m) => M(m).cashFlows.sales,
  );
  fx(
    'cf_financing',
    L('line.cf_financing'),
    'money',
    'sum',
    (m) => `SUMIF(${Fi.range('month')},${idx(m)},${Fi.range('amount')})`,
    (m) => M(m).cashFlows.financing,
  );
  fx(
    'cf_purchases',
    L('line.cf_purchases'),
    'money',
    'sum',
    (m) => {
      const terms = products.map((_, i) => (m - delays[i]! >= 1 ? `${R(`buy${i}`, m - delays[i]!)}*(${P.ref('cost', i)}+${P.ref('unitVat', i)})` : null)).filter((x) => x !== null);
      return terms.length ? terms.join('+') : '0';
    },
    (m) => M(m).cashFlows.purchases,
  );
  fx(
    'cf_expenses',
    L('line.cf_expenses'),
    'money',
    'sum',
    (m) => ['channel_fees', 'shipping_costs', 'carrier_vat', 'returns_cost', 'return_vat', 'marketing', 'fixed_costs', 'fixed_vat', 'setup_costs', 'setup_vat'].map((k) => R(k, m)).join('+'),
    (m) => M(m).cashFlows.expenses,
  );
  legalCashLines(c);
  fx(
    'cf_investments',
    L('line.cf_investments'),
    'money',
    'sum',
    (m) => `SUMIF(${I.range('month')},${idx(m)},${I.range('paid')})`,
    (m) => M(m).cashFlows.investments,
  );
  fx(
    'cf_vat',
    L('line.cf_vat'),
    'money',
    'sum',
    (m) => `${R('vat_due', m - 1)}+0`,
    (m) => M(m).cashFlows.vat,
  );
  fx(
    'cf_loans',
    L('line.cf_loans'),
    'money',
    'sum',
    (m) => [R('interest', m), ...loans.map(({ i }) => R(`pr${i}`, m))].join('+'),
    (m) => M(m).cashFlows.loanRepayments,
  );
  if (owner.socialPaid === 'schedule') val('cf_social', L('line.cf_social'), 'money', 'sum', (m) => M(m).cashFlows.socialAndTax, L('note.social_paid'));
  else {
    const k = owner.socialPaid === 'next_month' ? 1 : 0;
    fx(
      'cf_social',
      L('line.cf_social'),
      'money',
      'sum',
      (m) => `${R('social', m - k)}+${R('income_tax', m - k)}`,
      (m) => M(m).cashFlows.socialAndTax,
    );
  }
  fx(
    'cf_owner',
    L('line.cf_owner'),
    'money',
    'sum',
    (m) => R('owner_pay', m),
    (m) => M(m).cashFlows.ownerPay,
  );
  fx(
    'cf_corporate',
    L('line.cf_corporate'),
    'money',
    'sum',
    (m) => `IF(MOD(${idx(m)}-1,12)=0,${R('corporate_tax', m - 1)}+0,0)`,
    (m) => M(m).cashFlows.corporateTax,
  );
}

/**
 * Sales cashed in month m: each channel pays out `payout_delay_days` = 30q + r days after the sale, its month's sales
 * falling evenly: (30 − r)/30 of them q months later, r/30 the month after (issue 19). Without any delay, the sales TTC.
 */
function salesCashed(c: LineCtx, m: number): string {
  const channels = c.project.channels ?? [];
  if (channels.every((ch) => (ch.payout_delay_days ?? 0) === 0)) return c.R('revenue_ttc', m);
  const C = c.h.channels;
  const terms = channels.flatMap((ch, i) => {
    const q = Math.floor((ch.payout_delay_days ?? 0) / 30);
    const late = `MOD(${C.ref('payout', i)},30)/30`;
    return [m - q >= 1 ? `${c.R(`chrev${i}`, m - q)}*(1-${late})` : null, m - q - 1 >= 1 ? `${c.R(`chrev${i}`, m - q - 1)}*${late}` : null].filter((x) => x !== null);
  });
  return terms.length ? terms.join('+') : '0';
}

/** Cash in, cash out and the cash at the end of the month. */
function cashTotalLines(c: LineCtx): void {
  const { L, fx, R, span, M } = c;
  fx(
    'cash_in',
    L('line.cash_in'),
    'money',
    'sum',
    (m) => `${R('cf_sales', m)}+${R('cf_financing', m)}`,
    (m) => M(m).cashIn,
    true,
  );
  fx(
    'cash_out',
    L('line.cash_out'),
    'money',
    'sum',
    (m) => `SUM(${span('cf_purchases', 'cf_corporate', m)})`,
    (m) => M(m).cashOut,
    true,
  );
  fx(
    'cash_end',
    L('line.cash_end'),
    'money',
    'last',
    (m) => `${R('cash_end', m - 1)}+${R('cash_in', m)}-${R('cash_out', m)}`,
    (m) => M(m).cashEnd,
    true,
  );
}

export function balanceLines(c: LineCtx): void {
  const { f, L, H, fx, section, R, M, products, delays } = c;
  const P = c.h.products;
  // Working capital and break-even.
  section(L('section.balance'));
  fx('payables', L('line.payables'), 'money', 'last', (m) => {
    const terms = products
      .map((_, i) => (delays[i]! > 0 ? `SUM(${R(`buy${i}`, Math.max(1, m - delays[i]! + 1))}:${R(`buy${i}`, m)})*(${P.ref('cost', i)}+${P.ref('unitVat', i)})` : null))
      .filter((x) => x !== null);
    return terms.length ? terms.join('+') : '0';
  });
  // The balance sheet's other working-capital items (issue 19), each the running difference of its charge and its payment.
  const sheetAt = (m: number) => (m % 12 === 0 || m === H ? f.bank.years[Math.ceil(m / 12) - 1]?.balanceSheet : undefined);
  fx(
    'receivables',
    L('line.receivables'),
    'money',
    'last',
    (m) => `${R('receivables', m - 1)}+${R('revenue_ttc', m)}-${R('cf_sales', m)}`,
    (m) => sheetAt(m)?.assets.receivables,
  );
  fx(
    'social_due',
    L('line.social_due'),
    'money',
    'last',
    (m) => `${R('social_due', m - 1)}+${R('social', m)}+${R('income_tax', m)}-${R('cf_social', m)}`,
    (m) => {
      const s = sheetAt(m);
      return s ? s.liabilities.socialDue.minus(s.assets.otherReceivables) : undefined;
    },
  );
  fx(
    'tax_due',
    L('line.tax_due'),
    'money',
    'last',
    (m) => `${R('tax_due', m - 1)}+${R('corporate_tax', m)}-${R('cf_corporate', m)}`,
    (m) => sheetAt(m)?.liabilities.corporateTaxDue,
  );
  const yearEnd = (m: number) => (m % 12 === 0 || m === H ? f.years[Math.ceil(m / 12) - 1]!.workingCapital : undefined);
  fx(
    'working_capital',
    L('line.working_capital'),
    'money',
    'last',
    (m) => `${R('stock_value', m)}+${R('receivables', m)}+${R('vat_credit', m)}-${R('payables', m)}-${R('vat_due', m)}-${R('social_due', m)}-${R('tax_due', m)}`,
    yearEnd,
  );
  fx(
    'fixed_charges',
    L('line.fixed_charges'),
    'money',
    'sum',
    (m) => `${R('contribution_margin', m)}-${R('result', m)}`,
    (m) => M(m).contributionMargin.minus(M(m).resultBeforeTax),
  );
  fx('cum_margin', L('line.cum_margin'), 'money', 'last', (m) => `${R('cum_margin', m - 1)}+${R('contribution_margin', m)}`);
  fx('cum_fixed', L('line.cum_fixed'), 'money', 'last', (m) => `${R('cum_fixed', m - 1)}+${R('fixed_charges', m)}`);
  const beIndex = f.breakEvenMonth === null ? H + 1 : f.months.findIndex((x) => x.month === f.breakEvenMonth) + 1;
  // 1 when the cumulative margin covers the fixed charges this month and every month after (the point mort holds, issue 19).
  fx(
    'break_even',
    L('line.break_even'),
    'int',
    'none',
    (m) => `IF(AND(${R('cum_margin', m)}>0,${R('cum_margin', m)}>=${R('cum_fixed', m)}${m < H ? `,${R('break_even', m + 1)}=1` : ''}),1,0)`,
    (m) => (m < beIndex ? ZERO : new Decimal(1)),
  );
}
