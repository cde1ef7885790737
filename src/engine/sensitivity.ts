/**
 * Sensitivity (forecast-model.md, "Scenarios and sensitivity"): each key
 * hypothesis moved by −10 % and +10 % alone, on the base scenario, ranked by its
 * swing on the year-1 result and on the lowest cash balance.
 */
import { Decimal, sum, toCents } from '../model/decimal.js';
import type { ProjectFile } from '../model/schema.js';
import { forecastSummary } from './forecast.js';
import { LEVER_NAMES, moveLever, neutralLevers } from './levers.js';
import type { Forecast, SensitivityRow } from './types.js';

const LOW = new Decimal('0.9');
const HIGH = new Decimal('1.1');

/** The two figures of the base forecast sensitivity compares with: year 1's result before tax and the lowest cash. */
export type SensitivityBase = { resultYearOne: Decimal; lowestCash: Decimal };

/** The base figures read from a base forecast already computed (the same months as its summary, the same digits). */
export const sensitivityBaseOf = (base: Forecast): SensitivityBase => ({ resultYearOne: sum(base.months.slice(0, 12).map((m) => m.resultBeforeTax)), lowestCash: base.cash.lowest });

export function sensitivity(project: ProjectFile, given?: SensitivityBase): SensitivityRow[] {
  // Only year 1's result and the lowest cash are read: summaries, not whole forecasts (17 of them, 16 with the base given).
  const base = given ?? forecastSummary(project, neutralLevers());
  const rows = LEVER_NAMES.map((hypothesis) => {
    const low = forecastSummary(project, moveLever(neutralLevers(), hypothesis, LOW));
    const high = forecastSummary(project, moveLever(neutralLevers(), hypothesis, HIGH));
    return {
      hypothesis,
      resultLow: low.resultYearOne,
      resultHigh: high.resultYearOne,
      cashLow: low.lowestCash,
      cashHigh: high.lowestCash,
      resultSwing: high.resultYearOne.minus(low.resultYearOne).abs(),
      cashSwing: high.lowestCash.minus(low.lowestCash).abs(),
      resultBase: base.resultYearOne,
      cashBase: base.lowestCash,
      resultRank: 0,
      cashRank: 0,
    };
  });
  // Swings are ranked as shown, to the cent; ties keep the declared order of the hypotheses. (Traffic and
  // conversion move the orders alike: their swings differ only in the last of 40 digits, by the path of rounding.)
  const rank = (key: 'resultSwing' | 'cashSwing') => [...rows].sort((a, b) => toCents(b[key]).comparedTo(toCents(a[key])) || LEVER_NAMES.indexOf(a.hypothesis) - LEVER_NAMES.indexOf(b.hypothesis));
  rank('cashSwing').forEach((r, i) => (r.cashRank = i + 1));
  const byResult = rank('resultSwing');
  byResult.forEach((r, i) => (r.resultRank = i + 1));
  return byResult;
}
