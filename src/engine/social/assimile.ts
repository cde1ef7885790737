/**
 * Contributions of an assimilé salarié (président de SAS/SASU, gérant minoritaire
 * ou égalitaire de SARL) for one month, from the net pay: employer and employee
 * shares of the general scheme, executive (cadre) status, no unemployment insurance,
 * no reduction for low wages (art. L241-13 CSS does not apply to a mandataire). Pure.
 */
import { Decimal, ZERO, sum } from '../../model/decimal.js';
import type { AcreSocial, SocialRules } from '../../model/rules-social.js';
import { solveIncreasing } from './solve.js';

export interface EmployeeMonth {
  gross: Decimal;
  employer: Decimal;
  employee: Decimal;
  /** ACRE exemption (already deducted from employer and employee). */
  acre: Decimal;
  /** employer + employee. */
  total: Decimal;
}

const slice = (base: Decimal, lo: Decimal, hi: Decimal) => Decimal.max(ZERO, Decimal.min(base, hi).minus(lo));

interface Shares {
  employer: Decimal;
  employee: Decimal;
  /** The contributions ACRE exempts: employer (maladie, AF, vieillesse) and employee (vieillesse). */
  exemptEmployer: Decimal;
  exemptEmployee: Decimal;
}

/** Both shares on a monthly gross pay, without ACRE. */
function sharesOfGross(gross: Decimal, r: SocialRules): Shares {
  const e = r.employee;
  const pass = r.pass.value.div(12);
  const t1 = slice(gross, ZERO, pass);
  const t2 = slice(gross, pass, pass.times(8));
  const overPass = gross.gt(pass);
  const cet = (rate: Decimal) => (overPass ? Decimal.min(gross, pass.times(8)).times(rate) : ZERO);
  const insurance = t1.times(e.employer.executiveInsurance.value);
  const vieillesseEmployer = t1.times(e.employer.capped.value).plus(gross.times(e.employer.uncapped.value));
  const healthFamily = gross.times(e.health.value.plus(e.family.value));
  const employer = sum([
    healthFamily,
    vieillesseEmployer,
    gross.times(sum([e.accident.value, e.autonomy.value, e.training.value, e.apprenticeship.value])),
    t1.times(e.employer.complementary1.value.plus(e.employer.ceg1.value).plus(e.employer.fnal.value)),
    t2.times(e.employer.complementary2.value.plus(e.employer.ceg2.value)),
    cet(e.employer.cet.value),
    insurance,
  ]);
  const s = e.employeeShare;
  const vieillesseEmployee = t1.times(s.capped.value).plus(gross.times(s.uncapped.value));
  const csgBase = Decimal.min(gross, pass.times(4))
    .times(e.csgBaseShare.value)
    .plus(slice(gross, pass.times(4), gross))
    .plus(insurance);
  const employee = sum([
    vieillesseEmployee,
    t1.times(s.complementary1.value.plus(s.ceg1.value)),
    t2.times(s.complementary2.value.plus(s.ceg2.value)),
    cet(s.cet.value),
    csgBase.times(sum([e.csgDeductible.value, e.csgNonDeductible.value, e.crds.value])),
  ]);
  return { employer, employee, exemptEmployer: healthFamily.plus(vieillesseEmployer), exemptEmployee: vieillesseEmployee };
}

/** ACRE exemption of a month (grid of the CSS: full below 75 % PASS, fading to 0 at 100 %). */
function employeeAcre(gross: Decimal, r: SocialRules, acre: AcreSocial): { employer: Decimal; employee: Decimal } {
  const pass = r.pass.value.div(12);
  const ratio = gross.div(pass);
  const shares = sharesOfGross(gross, r);
  if (ratio.lte('0.75')) return { employer: shares.exemptEmployer.times(acre.employerShare.value), employee: shares.exemptEmployee };
  if (ratio.gt(1)) return { employer: ZERO, employee: ZERO };
  const at75 = sharesOfGross(pass.times('0.75'), r);
  const coefficient = pass.minus(gross).div(pass.times(acre.fadeDivisor.value));
  return { employer: at75.exemptEmployer.times(coefficient), employee: at75.exemptEmployee.times(coefficient) };
}

/** The month's contributions on a gross pay. */
function employeeOfGross(gross: Decimal, r: SocialRules, acre: AcreSocial | null): EmployeeMonth {
  const s = sharesOfGross(gross, r);
  const a = acre ? employeeAcre(gross, r, acre) : { employer: ZERO, employee: ZERO };
  const employer = s.employer.minus(a.employer);
  const employee = s.employee.minus(a.employee);
  return { gross, employer, employee, acre: a.employer.plus(a.employee), total: employer.plus(employee) };
}

/** The month's contributions on a net pay (gross solved so that gross − employee share = net). */
export function employeeOfNet(net: Decimal, r: SocialRules, acre: AcreSocial | null): EmployeeMonth {
  if (net.lte(0)) return employeeOfGross(ZERO, r, acre);
  const netOf = (gross: Decimal) => gross.minus(employeeOfGross(gross, r, acre).employee);
  return employeeOfGross(solveIncreasing(netOf, net, net, net.times(2).plus(100)), r, acre);
}
