/**
 * Contributions of a travailleur non salarié (EI, EURL, gérant majoritaire de SARL)
 * for one calendar year, from the 2026 barème (rules-social.ts). Pure; amounts are
 * unrounded Decimals (URSSAF rounds each line to the euro: within the tolerance of
 * the cross-check against modele-social).
 *
 * The base (« assiette des cotisations ») is the professional income:
 * - at the IS (EURL, SARL, EI opting for the IS): net pay + CSG-CRDS non déductible;
 * - at the IR (EI): profit before the owner's contributions − deductible contributions.
 * Both are circular (the CSG is part of its own base); they are solved numerically.
 */
import { Decimal, ONE, ZERO, sum } from '../../model/decimal.js';
import type { SocialRules } from '../../model/rules-social.js';
import { solveIncreasing } from './solve.js';

export interface TnsYear {
  /** Share of the calendar year the business is active (months / 12), 0 < prorata ≤ 1. */
  prorata: Decimal;
  /** ACRE exemption rate for the year (rate × share of the year under ACRE), 0 without ACRE. */
  acreRate: Decimal;
  /** Active months in the calendar year (the minimum pension base needs 90 days). */
  activeMonths: number;
}

export interface TnsBreakdown {
  base: Decimal;
  health: Decimal;
  dailyAllowance: Decimal;
  pensionBase: Decimal;
  pensionComplementary: Decimal;
  disability: Decimal;
  family: Decimal;
  csgDeductible: Decimal;
  csgNonDeductible: Decimal;
  cfp: Decimal;
  acre: Decimal;
  total: Decimal;
}

const clamp = (v: Decimal, lo: Decimal, hi: Decimal) => Decimal.min(Decimal.max(v, lo), hi);
/** Amount of `base` between `lo` and `hi`. */
const slice = (base: Decimal, lo: Decimal, hi: Decimal) => Decimal.max(ZERO, Decimal.min(base, hi).minus(lo));

/** Linear interpolation of the health rate on base / (PASS × prorata) (taux progressif). */
export function healthRate(ratio: Decimal, points: SocialRules['tns']['healthPoints']): Decimal {
  if (ratio.lte(points[0]!.at)) return points[0]!.rate;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    if (ratio.lte(b.at)) return a.rate.plus(b.rate.minus(a.rate).times(ratio.minus(a.at)).div(b.at.minus(a.at)));
  }
  return points[points.length - 1]!.rate;
}

/** ACRE exemption rate on `base`: full up to 75 % PASS, fading linearly to 0 at 100 % PASS. */
function tnsAcreRate(base: Decimal, passProrated: Decimal, rate: Decimal): Decimal {
  const ratio = passProrated.isZero() ? ZERO : base.div(passProrated);
  if (ratio.lte('0.75')) return rate;
  if (ratio.gte(1)) return ZERO;
  return rate.times(ONE.minus(ratio.minus('0.75').div('0.25')));
}

/**
 * The year's contributions on `rawBase` (may be negative: a loss), with the
 * minimum bases. `csgBase` overrides the CSG base (provisional contributions).
 */
function tnsContributions(rawBase: Decimal, r: SocialRules, y: TnsYear, csgBase?: Decimal, healthRateBase?: Decimal): TnsBreakdown {
  const t = r.tns;
  const pass = r.pass.value;
  const passP = pass.times(y.prorata);
  const base = Decimal.max(rawBase, ZERO);
  const minHealth = passP.times(t.healthMinBase.value);
  const rate = healthRate((healthRateBase ?? base).div(passP), t.healthPoints);
  const healthTotal = slice(Decimal.max(base, minHealth), ZERO, passP.times(5))
    .times(rate)
    .plus(slice(base, passP.times(5), base).times(t.healthAbove5.value));
  const dailyAllowance = clamp(base, passP.times(t.dailyAllowanceMinBase.value), pass.times(5)).times(t.dailyAllowance.value);
  const health = Decimal.max(ZERO, healthTotal.minus(dailyAllowance));
  const minPension = y.activeMonths < 3 ? ZERO : t.pensionMinHours.value.times(r.smicHourly.value);
  const pensionBasis = Decimal.max(base, minPension);
  const pensionBase = slice(pensionBasis, ZERO, passP)
    .times(t.pensionBase.value)
    .plus(slice(pensionBasis, passP, pensionBasis).times(t.pensionBaseAbove.value));
  const rciCeiling = t.complementaryCeiling.value.times(y.prorata);
  const pensionComplementary = slice(base, ZERO, rciCeiling)
    .times(t.complementary1.value)
    .plus(slice(base, rciCeiling, pass.times(4)).times(t.complementary2.value));
  const disability = clamp(base, pass.times(t.disabilityMinBase.value).times(y.prorata), passP).times(t.disability.value);
  const familyRatio = base.div(passP);
  const familyRate = familyRatio.lte(t.familyFrom.value)
    ? ZERO
    : familyRatio.gte(t.familyTo.value)
      ? t.familyRate.value
      : t.familyRate.value.times(familyRatio.minus(t.familyFrom.value)).div(t.familyTo.value.minus(t.familyFrom.value));
  const family = base.times(familyRate);
  const acreShare = y.acreRate.isZero() ? ZERO : tnsAcreRate(base, passP, y.acreRate);
  const acre = sum([health, dailyAllowance, disability, pensionBase, family]).times(acreShare);
  const contributions = sum([health, dailyAllowance, pensionBase, pensionComplementary, disability, family]).minus(acre);
  const csgOn = Decimal.max(ZERO, csgBase ?? rawBase.plus(contributions));
  const csgDeductible = csgOn.times(t.csgDeductible.value);
  const csgNonDeductible = csgOn.times(t.csgNonDeductible.value);
  const cfp = pass.times(t.cfp.value);
  const total = sum([contributions, csgDeductible, csgNonDeductible, cfp]);
  return {
    base,
    health,
    dailyAllowance,
    pensionBase,
    pensionComplementary,
    disability,
    family,
    csgDeductible,
    csgNonDeductible,
    cfp,
    acre,
    total,
  };
}

/** At the IS: the base is net pay + CSG-CRDS non déductible (itself a share of base + contributions). */
export function tnsFromNet(net: Decimal, r: SocialRules, y: TnsYear): TnsBreakdown {
  // base − CSG non déductible(base) = net: increasing in the base (the CSG is a small share of it).
  const netOf = (base: Decimal) => base.minus(tnsContributions(base, r, y).csgNonDeductible);
  const base = solveIncreasing(netOf, net, net, net.abs().times(2).plus(r.pass.value));
  return tnsContributions(base, r, y);
}

/** At the IR (EI): the base is the profit before the owner's contributions minus the deductible ones. */
export function tnsFromProfit(profit: Decimal, r: SocialRules, y: TnsYear): TnsBreakdown {
  const deductible = (base: Decimal) => {
    const c = tnsContributions(base, r, y);
    return c.total.minus(c.csgNonDeductible);
  };
  const atZero = profit.minus(deductible(ZERO));
  if (atZero.lte(0)) return tnsContributions(atZero, r, y);
  // base + deductible(base) = profit: increasing in the base.
  return tnsContributions(
    solveIncreasing((base) => base.plus(deductible(base)), profit, ZERO, profit),
    r,
    y,
  );
}

/**
 * Provisional contributions of the first two calendar years (« début d'activité »):
 * a flat base of 19 % PASS (prorated), 40 % PASS for the health rate, CSG on the flat base.
 */
export function tnsProvisional(r: SocialRules, y: TnsYear): TnsBreakdown {
  const flat = r.pass.value.times(y.prorata).times(r.tns.provisionalBase.value);
  const healthBase = r.pass.value.times(r.tns.provisionalHealthBase.value);
  return tnsContributions(flat, r, y, flat, healthBase);
}
