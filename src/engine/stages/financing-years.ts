/**
 * Stage 15 — the plan de financement of each year (issue 19), the banker's
 * « plan de financement à trois ans »: uses (investments, increase of the working
 * capital, loan principal repaid, an individual owner's drawings) against resources
 * (CAF, contributions, loans, grants). Its balance is the year's change in cash,
 * because every line is the year's change of a balance-sheet line. Pure.
 */
import { ZERO, sum, type Decimal } from '../../model/decimal.js';
import type { BalanceSheet, DebtYear, FinancingPlanYear, PlanLine } from '../bank-types.js';

export interface PlanYearInputs {
  sheet: BalanceSheet;
  /** The previous year's balance sheet; null for year 1 (everything starts at zero). */
  previous: BalanceSheet | null;
  caf: Decimal;
  debt: DebtYear;
  /** Received in the year, by kind. */
  contributions: Decimal;
  loans: Decimal;
  grants: Decimal;
  /** An individual owner's drawings of the year (not a charge); null for a company. */
  drawings: Decimal | null;
}

export function financingPlanYearOf(i: PlanYearInputs): FinancingPlanYear {
  const before = i.previous;
  const uses: PlanLine[] = [
    { id: 'bank.use.investments', amount: i.sheet.assets.fixedAssetsGross.minus(before?.assets.fixedAssetsGross ?? ZERO) },
    { id: 'bank.use.working_capital', amount: i.sheet.workingCapital.minus(before?.workingCapital ?? ZERO) },
    { id: 'bank.use.loan_repayments', amount: i.debt.principal },
  ];
  if (i.drawings !== null) uses.push({ id: 'bank.use.drawings', amount: i.drawings });
  const resources: PlanLine[] = [
    { id: 'bank.resource.caf', amount: i.caf },
    { id: 'bank.resource.contributions', amount: i.contributions },
    { id: 'bank.resource.loans', amount: i.loans },
    { id: 'bank.resource.grants', amount: i.grants },
  ];
  const totalUses = sum(uses.map((l) => l.amount));
  const totalResources = sum(resources.map((l) => l.amount));
  return { uses, resources, totalUses, totalResources, changeInCash: totalResources.minus(totalUses) };
}
