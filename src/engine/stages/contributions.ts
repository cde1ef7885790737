/**
 * Stage 6 — owner pay and contributions (forecast-model.md, "Social
 * contributions and tax"): the owner's social contributions and, for a
 * micro-entreprise, the versement libératoire of month `m`. Pure.
 */
import { ZERO, type Decimal } from '../../model/decimal.js';
import { monthLabel } from '../../model/fields.js';
import { acrePayFactor, inLegalGroup, rulesForMonth } from '../../model/rules-fr.js';
import type { Prepared } from '../prepare.js';

export interface MonthContributions {
  social: Decimal;
  incomeTax: Decimal;
}

/** Social contributions and income tax of month `m`: a micro pays on its revenue, other forms on the owner's pay. */
export function socialOf(p: Prepared, m: number, revenueHt: Decimal, ownerPay: Decimal): MonthContributions {
  const company = p.project.company;
  if (!company || p.legalForm === null) return { social: ZERO, incomeTax: ZERO };
  const rules = rulesForMonth(monthLabel(m, p.start));
  if (p.legalForm === 'micro_entreprise') {
    let rate = company.social_rate ?? rules.micro.social[p.activity].value;
    if (company.acre && m <= 12) rate = rate.times(acrePayFactor(p.start).value);
    rate = rate.plus(rules.micro.cfp[p.activity].value);
    const vl = company.versement_liberatoire ? rules.micro.versementLiberatoire[p.activity].value : ZERO;
    return { social: rate.times(revenueHt), incomeTax: vl.times(revenueHt) };
  }
  const def = inLegalGroup(p.legalForm, 'assimilatedEmployee') ? rules.socialDefault.assimilatedEmployee : rules.socialDefault.nonSalaried;
  return { social: (company.social_rate ?? def.value).times(ownerPay), incomeTax: ZERO };
}
