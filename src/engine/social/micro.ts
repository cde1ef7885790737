/**
 * Micro-entrepreneur: contributions as shares of the month's turnover (social
 * rate, CFP, chamber tax TFC, optional versement libératoire), ACRE until the end
 * of the third calendar quarter after the start, with the reduced rate rounded to
 * 0.1 point (décret 2026-69). Pure.
 */
import { Decimal, ZERO } from '../../model/decimal.js';
import { acrePayFactor, type FrenchRules } from '../../model/rules-fr.js';
import type { SocialRules } from '../../model/rules-social.js';

export interface MicroRates {
  social: Decimal;
  cfp: Decimal;
  tfc: Decimal;
  incomeTax: Decimal;
}

/**
 * Last month index (1 = project start) covered by the micro ACRE: the end of the
 * third calendar quarter following the quarter of the start (9 to 12 months).
 */
export function microAcreLastMonth(start: string): number {
  const month = Number(start.slice(5, 7));
  const quarterEnd = Math.ceil(month / 3) * 3; // last month of the start quarter
  return quarterEnd - month + 1 + 9;
}

/** Reduced rate under ACRE: full rate × factor, rounded half-up to `step`. */
export function acreRate(rate: Decimal, factor: Decimal, step: Decimal): Decimal {
  return rate.times(factor).div(step).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).times(step);
}

export interface MicroContext {
  activity: 'goods' | 'services';
  /** company.social_rate: replaces the activity rate (ACRE still applies). */
  override: Decimal | undefined;
  acre: boolean;
  versementLiberatoire: boolean;
  start: string;
}

/** The rates of month `m` (1-based) in calendar year of `rules`. */
export function microRates(m: number, rules: FrenchRules, social: SocialRules, c: MicroContext): MicroRates {
  let rate = c.override ?? rules.micro.social[c.activity].value;
  if (c.acre && m <= microAcreLastMonth(c.start)) rate = acreRate(rate, acrePayFactor(c.start).value, social.micro.acreRounding.value);
  return {
    social: rate,
    cfp: rules.micro.cfp[c.activity].value,
    tfc: social.micro.tfc[c.activity].value,
    incomeTax: c.versementLiberatoire ? rules.micro.versementLiberatoire[c.activity].value : ZERO,
  };
}
