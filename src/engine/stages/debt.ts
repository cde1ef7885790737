/**
 * Stage 12 — debt (issue 19): each loan's échéancier over the horizon (interest,
 * principal, capital remaining; the same schedule as the P&L's interest and the cash
 * plan's repayments, loans.ts), and each year's interest, principal, debt service
 * (annuités = interest + principal) and capital remaining at the year's end. Also
 * what each kind of financing brings in each month. Pure.
 */
import { DECIMAL } from '../arith.js';
import { ZERO, addTo, type Decimal } from '../../model/decimal.js';
import { monthIndex, monthLabel } from '../../model/fields.js';
import type { ProjectFile } from '../../model/schema.js';
import type { DebtYear, LoanTable } from '../bank-types.js';
import { loanSchedule } from '../loans.js';

type FinancingKind = NonNullable<ProjectFile['financing']>[number]['kind'];

/** Financing received by kind, month-indexed (index 1..H): what each kind brings in each month of the horizon. */
export function financingByKind(project: ProjectFile, horizon: number): Record<FinancingKind, Decimal[]> {
  const zeros = () => Array.from({ length: horizon + 1 }, () => ZERO);
  const out: Record<FinancingKind, Decimal[]> = { equity: zeros(), current_account: zeros(), loan: zeros(), grant: zeros() };
  for (const f of project.financing ?? []) {
    const m = monthIndex(f.month ?? 1, project.project.start);
    if (m >= 1 && m <= horizon) out[f.kind][m] = out[f.kind][m]!.plus(f.amount);
  }
  return out;
}

/** The échéancier of each loan received inside the horizon, month by month from the month received. */
export function loanTables(project: ProjectFile, horizon: number): LoanTable[] {
  const start = project.project.start;
  const tables: LoanTable[] = [];
  (project.financing ?? []).forEach((f, i) => {
    if (f.kind !== 'loan' || f.months === undefined) return;
    const received = monthIndex(f.month ?? 1, start);
    if (received < 1 || received > horizon) return;
    const rate = f.rate ?? ZERO;
    const deferral = f.deferral_months ?? 0;
    const schedule = loanSchedule(DECIMAL, f.amount, rate, f.months, deferral, received, horizon);
    let remaining = f.amount;
    const months = [];
    for (let m = received; m <= horizon; m++) {
      const l = schedule.get(m) ?? { interest: ZERO, principal: ZERO };
      remaining = remaining.minus(l.principal);
      months.push({ month: monthLabel(m, start), interest: l.interest, principal: l.principal, remaining });
    }
    tables.push({ name: f.name, path: `financing[${i}]`, index: i, amount: f.amount, rate, month: monthLabel(received, start), durationMonths: f.months, deferralMonths: deferral, months });
  });
  return tables;
}

/** Each year's interest, principal repaid, debt service and capital remaining at its last month `lastMonths[y]` (1..H). */
export function debtYears(tables: readonly LoanTable[], start: string, lastMonths: readonly number[]): DebtYear[] {
  return lastMonths.map((last, y) => {
    const first = y === 0 ? 1 : lastMonths[y - 1]! + 1;
    let interest = ZERO;
    let principal = ZERO;
    let remaining = ZERO;
    for (const t of tables) {
      const offset = monthIndex(t.month, start);
      t.months.forEach((line, k) => {
        const m = offset + k;
        if (m >= first && m <= last) {
          interest = addTo(interest, line.interest);
          principal = addTo(principal, line.principal);
        }
        if (m === last) remaining = addTo(remaining, line.remaining);
      });
    }
    return { interest, principal, debtService: interest.plus(principal), remaining };
  });
}
