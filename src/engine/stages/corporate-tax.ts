/**
 * Stage 7 — corporate tax (forecast-model.md, "Corporate tax"): per fiscal year
 * of 12 months from the start, reduced rate up to the ceiling then the normal
 * rate, losses carried forward. Only a business subject to IS pays it (EURL, SARL,
 * SAS, SASU, an EI that opted for it: company.corporate_tax). Pure.
 */
import type { Num } from '../arith.js';
import { monthLabel } from '../../model/fields.js';
import { rulesForMonth } from '../../model/rules-fr.js';
import type { Prepared } from '../prepare.js';
import { paysCorporateTax } from '../social/index.js';
import type { MonthResult } from '../types.js';

export { paysCorporateTax };

/** Corporate tax of each fiscal year (index 0 = year 1). */
export function corporateTaxByYear<N extends Num<N>>(p: Prepared<N>, months: readonly MonthResult<N>[]): N[] {
  const n = p.num;
  const { sum, zero: ZERO } = n;
  const H = p.horizon;
  const yearCount = Math.ceil(H / 12);
  const corporateTax: N[] = [];
  let losses = ZERO;
  for (let y = 1; y <= yearCount; y++) {
    const result = sum(months.slice(12 * (y - 1), Math.min(12 * y, H)).map((x) => x.resultBeforeTax));
    let tax = ZERO;
    if (paysCorporateTax(p.project.company)) {
      const taxable = result.minus(losses);
      if (taxable.lte(0))
        losses = taxable.negated(); // a loss adds to the losses; a small profit uses some of them
      else {
        losses = ZERO;
        const rules = rulesForMonth(monthLabel(Math.min(12 * y, H), p.start)).corporateTax;
        const low = n.min(taxable, n.from(rules.reducedCeiling.value));
        tax = low.times(n.from(rules.reducedRate.value)).plus(taxable.minus(low).times(n.from(rules.normalRate.value)));
      }
    }
    corporateTax.push(tax);
  }
  return corporateTax;
}
