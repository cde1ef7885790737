/**
 * check's banker findings (issue 19): a loan the CAF cannot repay is an error located
 * at the loan, a debt service above half the CAF a warning, an uncovered need of the
 * initial plan a warning at `financing`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/evaluate/index.js';
import { SourceMap } from '../../src/io/yaml.js';
import type { Decimal } from '../../src/model/decimal.js';
import { loadText } from '../../src/model/load.js';

const KISSA = 'examples/the-kissa-import.ecomplan.yaml';

function judge(edit: (text: string) => string) {
  const text = edit(readFileSync(KISSA, 'utf8'));
  const loaded = loadText({ name: KISSA, text });
  if (!loaded.project) throw new Error(JSON.stringify(loaded.problems));
  return evaluate({ project: loaded.project, map: loaded.map ?? new SourceMap() }, { check: true });
}

describe('the debt service against the CAF', () => {
  it('a 200 000 € loan on the kissa example: an error at the loan, and check fails', () => {
    const ev = judge((t) => t.replace(/amount: 20000\n(\s+)rate: 4\.5%/, 'amount: 200000\n$1rate: 4.5%'));
    const loan = ev.base!.forecast.bank.loans[0]!;
    expect(loan.amount.eq(200000)).toBe(true);
    const found = ev.check!.findings.filter((f) => f.code === 'finding.debt_above_caf');
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]).toMatchObject({ severity: 'error', path: `financing[${loan.index}]` });
    const line =
      readFileSync(KISSA, 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('- kind: loan')) + 1;
    expect(found[0]!.line).toBe(line);
    const b = ev.base!.forecast.bank.years[(found[0]!.data.year as number) - 1]!;
    expect(b.caf.lt(b.debt.debtService)).toBe(true);
    expect(ev.check!.ok).toBe(false);
  });

  it('the example as it is: no error finding on its loan', () => {
    const ev = judge((t) => t);
    expect(ev.check!.findings.filter((f) => f.code === 'finding.debt_above_caf')).toEqual([]);
  });
});

describe('the launch year', () => {
  it('Maison Orée: year 1 loses money but its cash stays positive, a warning; year 2 tight, a warning; no error', () => {
    const text = readFileSync('examples/vetements-maison-oree.ecomplan.yaml', 'utf8');
    const loaded = loadText({ name: 'oree', text });
    const ev = evaluate({ project: loaded.project!, map: loaded.map }, { check: true });
    const b = ev.base!.forecast.bank.years;
    expect(b[0]!.caf.isNegative()).toBe(true);
    const found = ev.check!.findings.filter((f) => f.code.startsWith('finding.debt'));
    expect(found.map((f) => [f.code, f.severity, f.data.year])).toEqual([
      ['finding.debt_above_caf_launch', 'warning', 1],
      ['finding.debt_service_high', 'warning', 2],
    ]);
    expect(ev.check!.ok).toBe(true);
  });
});

describe('an initial plan that does not cover its needs', () => {
  it('is balanced by « Besoin non couvert » and reported at financing', () => {
    const ev = judge((t) => t.replace(/amount: 20000\n/, 'amount: 1000\n').replace('amount: 10000, month: 1', 'amount: 100, month: 1'));
    const f = ev.base!.forecast;
    const uncovered = f.financingPlan.resources.find((r) => r.id === 'plan.uncovered_need')!;
    expect(uncovered.amount.eq(f.financingTotals.balance.negated())).toBe(true);
    expect(f.financingTotals.needs.eq(f.financingTotals.resources)).toBe(true);
    const found = ev.check!.findings.find((x) => x.code === 'finding.financing_uncovered')!;
    expect(found).toMatchObject({ severity: 'warning', path: 'financing' });
    expect((found.data.amount as Decimal).eq(uncovered.amount.toDecimalPlaces(2))).toBe(true);
  });
});
