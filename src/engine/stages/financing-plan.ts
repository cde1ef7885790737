/**
 * Stage 11 — initial financing plan (forecast-model.md, "Financing plan"): the
 * needs (year-1 investments, setup costs, working capital at the end of year 1,
 * which holds the stock: the initial stock is shown « dont stock de départ », at
 * most the working capital, never added a second time, issue 9) against the
 * resources received in year 1. Pure.
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
  const needsTotal = sum(needs.map((n) => n.amount));
  const resourcesTotal = sum(p.financingPlan.resources.map((r) => r.amount));
  return {
    financingPlan: {
      needs,
      resources: p.financingPlan.resources,
      initialStock: wc.gt(0) && initialStock.gt(0) ? Decimal.min(initialStock, wc) : null,
    },
    financingTotals: { needs: needsTotal, resources: resourcesTotal, balance: resourcesTotal.minus(needsTotal) },
  };
}
