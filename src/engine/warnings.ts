/**
 * What the forecast should make a creator look at twice: thresholds crossed,
 * cash below zero, capacity exceeded, a product sold below its cost, hypotheses
 * outside plausible ranges. Each warning names a project-file path; the command
 * layer turns it into a located diagnostic.
 */
import { Decimal, toCents } from '../model/decimal.js';
import { monthIndex } from '../model/fields.js';
import { rulesFor } from '../model/rules-fr.js';
import type { Prepared } from './prepare.js';
import type { EngineWarning, Forecast } from './types.js';

const pct = (rate: Decimal) => rate.times(100);

function thresholdWarnings(p: Prepared, f: Forecast): EngineWarning[] {
  const out: EngineWarning[] = [];
  const franchise = p.regime === 'franchise' && p.project.company !== undefined;
  const micro = p.legalForm === 'micro_entreprise';
  if (!franchise && !micro) return out;
  const startYear = Number(p.start.slice(0, 4));
  // The micro ceiling is prorated in the creation year; the VAT franchise thresholds are not.
  const firstYearMonths = monthIndex(`${startYear}-12`, p.start);
  let vatWarned = false;
  let ceilingWarned = false;
  const calendarYears = [...new Set(f.months.map((m) => Number(m.month.slice(0, 4))))];
  for (const year of calendarYears) {
    const rules = rulesFor(year);
    const inYear = f.months.filter((m) => Number(m.month.slice(0, 4)) === year);
    let cumulative = new Decimal(0);
    let baseMonth: string | null = null;
    let upperMonth: string | null = null;
    let ceilingMonth: string | null = null;
    let atUpper = cumulative;
    let atBase = cumulative;
    let atCeiling = cumulative;
    const base = rules.vatFranchise.base[p.activity].value;
    const upper = rules.vatFranchise.upper[p.activity].value;
    let ceiling = rules.micro.ceiling[p.activity].value;
    if (year === startYear) ceiling = ceiling.times(firstYearMonths).div(12);
    for (const m of inYear) {
      cumulative = cumulative.plus(m.revenueHt);
      if (baseMonth === null && cumulative.gt(base)) [baseMonth, atBase] = [m.month, cumulative];
      if (upperMonth === null && cumulative.gt(upper)) [upperMonth, atUpper] = [m.month, cumulative];
      if (ceilingMonth === null && cumulative.gt(ceiling)) [ceilingMonth, atCeiling] = [m.month, cumulative];
    }
    if (franchise && !vatWarned && upperMonth !== null) {
      out.push({
        code: 'forecast.vat_franchise_upper',
        path: ['company', 'vat_regime'],
        severity: 'warning',
        data: { year, month: upperMonth, threshold: upper, revenue: toCents(atUpper) },
      });
      vatWarned = true;
    } else if (franchise && !vatWarned && baseMonth !== null) {
      out.push({
        code: 'forecast.vat_franchise_base',
        path: ['company', 'vat_regime'],
        severity: 'warning',
        data: { year, next: year + 1, month: baseMonth, threshold: base, revenue: toCents(atBase) },
      });
      vatWarned = true;
    }
    if (micro && !ceilingWarned && ceilingMonth !== null) {
      out.push({
        code: 'forecast.micro_ceiling',
        path: ['company', 'legal_form'],
        severity: 'warning',
        data: { year, month: ceilingMonth, ceiling: toCents(ceiling), revenue: toCents(atCeiling) },
      });
      ceilingWarned = true;
    }
  }
  return out;
}

export function forecastWarnings(p: Prepared, f: Forecast): EngineWarning[] {
  const out: EngineWarning[] = thresholdWarnings(p, f);

  // Judged at the cent, as printed: −4·10⁻³⁸ of 40-digit rounding noise is a balance of 0,00 €, not a need.
  const firstNegative = f.months.find((m) => toCents(m.cashEnd).lt(0));
  if (firstNegative)
    out.push({
      code: 'forecast.cash_negative',
      path: ['financing'],
      severity: 'warning',
      data: {
        month: firstNegative.month,
        amount: toCents(firstNegative.cashEnd),
        lowest: toCents(f.cash.lowest),
        lowest_month: f.cash.lowestMonth,
      },
    });

  const capacity = p.project.labour?.capacity_hours_per_month;
  if (capacity !== undefined) {
    const over = f.months.filter((m) => m.productionHours.gt(capacity));
    if (over.length > 0) {
      const peak = over.reduce((a, b) => (b.productionHours.gt(a.productionHours) ? b : a));
      out.push({
        code: 'forecast.capacity_exceeded',
        path: ['labour', 'capacity_hours_per_month'],
        severity: 'warning',
        data: {
          count: over.length,
          first: over[0]!.month,
          months: over.map((m) => m.month),
          peak: peak.productionHours.toDecimalPlaces(1, Decimal.ROUND_HALF_UP),
          peak_month: peak.month,
          capacity,
        },
      });
    }
  }

  for (const prod of p.products)
    if (prod.priceHt.lt(prod.cost.total))
      out.push({
        code: 'forecast.price_below_cost',
        path: ['products', prod.index, 'price'],
        severity: 'warning',
        data: { product: prod.id, price_ht: toCents(prod.priceHt), unit_cost: toCents(prod.cost.total) },
      });

  const demand = p.project.demand;
  if (demand) {
    const sanity = p.startRules.sanity;
    const rate = demand.conversion_rate;
    if (rate.lt(sanity.conversionMin.value) || rate.gt(sanity.conversionMax.value))
      out.push({
        code: 'forecast.conversion_implausible',
        path: ['demand', 'conversion_rate'],
        severity: 'warning',
        data: { rate: pct(rate), min: pct(sanity.conversionMin.value), max: pct(sanity.conversionMax.value) },
      });
    if (demand.items_per_order.lt(1))
      out.push({
        code: 'forecast.items_per_order_below_one',
        path: ['demand', 'items_per_order'],
        severity: 'warning',
        data: { value: demand.items_per_order },
      });
    if (p.basketTtc.lt(sanity.basketMin.value) || p.basketTtc.gt(sanity.basketMax.value))
      out.push({
        code: 'forecast.basket_implausible',
        path: ['demand', 'items_per_order'],
        severity: 'warning',
        data: { basket: toCents(p.basketTtc), min: sanity.basketMin.value, max: sanity.basketMax.value },
      });
  }
  return out;
}
