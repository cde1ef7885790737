/**
 * Stage 11 — initial financing plan (forecast-model.md, "Financing plan"): the
 * needs (year-1 investments, setup costs, working capital at the end of year 1,
 * which holds the stock: the initial stock is shown « dont stock de départ », at
 * most the working capital, never added a second time, issue 9) against the
 * resources received in year 1. It balances (issue 19): the surplus of resources is
 * a need « Trésorerie de départ », a shortfall a resource « Besoin non couvert ». Pure.
 */
import { Decimal, sum } from '../../model/decimal.js';
import type { Prepared } from '../prepare.js';
import type { AmountLine, Forecast, MonthResult, YearResult } from '../types.js';

export function financingPlanOf(p: Prepared, months: readonly MonthResult[], years: readonly YearResult[]): Pick<Forecast, 'financingPlan' | 'financingTotals'> {
  const needs: AmountLine[] = [...p.financingPlan.needsInvestments];
  const setup = months[0]!.setupCosts;
  if (setup.gt(0)) needs.push({ label: 'Setup costs', id: 'plan.setup_costs', amount: setup });
  const initialStock = months[0]!.stockPurchases;
  const wc = years[0]!.workingCapital;
  if (wc.gt(0)) needs.push({ label: 'Working capital', id: 'plan.working_capital', amount: wc });
  const resources: AmountLine[] = [...p.financingPlan.resources];
  // The plan balances (issue 19): a surplus of resources is the starting cash, a shortfall an uncovered need.
  const balance = sum(resources.map((r) => r.amount)).minus(sum(needs.map((n) => n.amount)));
  if (balance.gt(0)) needs.push({ label: 'Starting cash', id: 'plan.starting_cash', amount: balance });
  if (balance.lt(0)) resources.push({ label: 'Uncovered need', id: 'plan.uncovered_need', amount: balance.negated() });
  return {
    financingPlan: {
      needs,
      resources,
      initialStock: wc.gt(0) && initialStock.gt(0) ? Decimal.min(initialStock, wc) : null,
    },
    financingTotals: { needs: sum(needs.map((n) => n.amount)), resources: sum(resources.map((r) => r.amount)), balance },
  };
}
