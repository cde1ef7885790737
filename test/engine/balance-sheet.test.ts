/**
 * The balance sheet is the double-entry proof of the engine (issue 19): at the end of
 * every year, in every scenario, assets = liabilities + equity to the cent, its cash is
 * the cash plan's, the SIG ends on the P&L's results, CAF = net result + depreciation,
 * and each year's financing plan balances on the year's change in cash. Checked on the
 * examples and every fixture, and as a property on generated projects (fast-check).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeForecast, SCENARIOS } from '../../src/engine/index.js';
import type { Forecast } from '../../src/engine/types.js';
import { Decimal, ZERO, money2, sum } from '../../src/model/decimal.js';
import { loadText } from '../../src/model/load.js';
import { readFileSync } from 'node:fs';
import { ROOT } from '../helpers/cli.js';
import { exampleFiles } from '../helpers/projects.js';
import { rawProject, toProject } from './arbitrary.js';

const EPSILON = new Decimal('1e-18');
/** Equal up to the last digits of 40-digit divisions, and the same once rounded to the cent. */
function same(a: Decimal, b: Decimal, what: string): void {
  const close = a
    .minus(b)
    .abs()
    .lte(EPSILON.times(Decimal.max(1, a.abs(), b.abs())));
  if (!close) expect.fail(`${what}: ${a.toString()} ≠ ${b.toString()} (difference ${a.minus(b).toString()})`);
}

/** Every identity of the banker's statements of `f`; `where` names the case in a failure. */
function checkStatements(f: Forecast, where: string): void {
  expect(f.bank.years).toHaveLength(f.years.length);
  let cashBefore = ZERO;
  f.years.forEach((y, k) => {
    const at = `${where}, ${f.scenario}, year ${y.year}`;
    const b = f.bank.years[k]!;
    const s = b.balanceSheet;
    same(s.totalAssets, s.totalLiabilitiesAndEquity, `${at}: total assets vs liabilities and equity`);
    expect(money2(s.totalAssets), `${at}: balance to the cent`).toBe(money2(s.totalLiabilitiesAndEquity));
    same(s.assets.cash.minus(s.liabilities.bankOverdraft), y.cashEnd, `${at}: cash = the cash plan's`);
    same(s.workingCapital, y.workingCapital, `${at}: working capital`);
    same(b.sig.currentResult, y.resultBeforeTax, `${at}: SIG result before tax`);
    same(b.sig.netResult, y.netResult, `${at}: SIG net result`);
    same(s.liabilities.result, y.netResult, `${at}: balance-sheet result`);
    same(b.caf, y.netResult.plus(y.totals.depreciation), `${at}: CAF`);
    same(b.financingPlan.changeInCash, y.cashEnd.minus(cashBefore), `${at}: financing plan = change in cash`);
    const months = f.months.filter((m) => m.month >= y.firstMonth && m.month <= y.lastMonth);
    same(b.debt.debtService, sum(months.map((m) => m.cashFlows.loanRepayments)), `${at}: debt service = loan repayments of the cash plan`);
    same(b.debt.interest, y.totals.interest, `${at}: interest`);
    cashBefore = y.cashEnd;
  });
  same(f.financingTotals.needs, f.financingTotals.resources, `${where}: the initial financing plan balances`);
  for (const l of f.bank.loans) {
    const last = l.months[l.months.length - 1]!;
    same(sum(l.months.map((m) => m.principal)).plus(last.remaining), l.amount, `${where}: ${l.name} principal + remaining`);
    for (const m of l.months) for (const v of [m.interest, m.principal]) expect(v.decimalPlaces(), `${where}: ${l.name} ${m.month} in cents`).toBeLessThanOrEqual(2);
  }
}

const load = (file: string) => {
  const loaded = loadText({ name: file, text: readFileSync(file, 'utf8') });
  if (!loaded.project) throw new Error(`${file} is invalid`);
  return loaded.project;
};

const fixtures = ['forecast', 'render', 'check']
  .flatMap((dir) => readdirSync(join(ROOT, 'test', 'fixtures', dir)).map((f) => join(ROOT, 'test', 'fixtures', dir, f)))
  .concat(join(ROOT, 'test', 'fixtures', 'minimal.ecomplan.yaml'))
  .filter((f) => f.endsWith('.yaml') && !f.includes('invalid'));

describe('the balance sheet balances (examples and fixtures)', () => {
  it.each([...exampleFiles(), ...fixtures].map((f) => [f.replace(`${ROOT}/`, '')]))('%s, every scenario', (file) => {
    const project = load(join(ROOT, file));
    for (const scenario of SCENARIOS) {
      const f = computeForecast(project, { scenario });
      if (f.warnings.some((w) => w.severity === 'error')) continue; // a forecast that does not run shows no figure
      checkStatements(f, file);
    }
  });
});

describe('payout delays make receivables (by hand)', () => {
  // One channel paying out 45 days after the sale (q = 1 month, r = 15 days): 4 788 € of sales TTC a month.
  const text = readFileSync(join(ROOT, 'test', 'engine', 'forecast.test.ts'), 'utf8');
  const yaml = text.slice(text.indexOf('const RESALE_SASU = `') + 21, text.indexOf('`;', text.indexOf('const RESALE_SASU = `')));
  const f = computeForecast(loadText({ name: 'p.yaml', text: yaml.replace('payment_fee_fixed: 0.50 }', 'payment_fee_fixed: 0.50, payout_delay_days: 45 }') }).project!);
  it('cashes 15/30 of a month’s sales one month later and the rest two months later', () => {
    expect(f.months.slice(0, 3).map((m) => money2(m.cashFlows.sales))).toEqual(['0.00', '2394.00', '4788.00']);
    expect(money2(f.months[0]!.revenueTtc)).toBe('4788.00'); // the sale, its VAT and its fees stay in month 1
  });
  it('owes 1.5 months of sales at the year end: 7 182 €, in the working capital and the balance sheet', () => {
    const s = f.bank.years[0]!.balanceSheet;
    expect(money2(s.assets.receivables)).toBe('7182.00');
    expect(money2(f.years[0]!.workingCapital)).toBe('5192.37'); // 7 182 − VAT of December 390.80 − corporate tax 1 598.832
    checkStatements(f, 'payout 45 days');
  });
});

describe('the balance sheet balances (property)', () => {
  it('every year of every generated project, every scenario', () => {
    fc.assert(
      fc.property(rawProject, fc.constantFrom(...SCENARIOS), (raw, scenario) => {
        checkStatements(computeForecast(toProject(raw), { scenario }), 'generated');
      }),
      { numRuns: 80 },
    );
  });
});
