/**
 * Sensitivity's shortcuts give the very digits of the long way (issue 22, speed of `report`):
 * the base figures read from the base forecast are its summary's, and the demand and stock units
 * shared between runs whose demand levers agree (engine/series-cache.ts) change no figure, whichever
 * run fills the cache first.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeForecast, computeSensitivity } from '../../src/engine/index.js';
import { forecastSummary, forecastWith } from '../../src/engine/forecast.js';
import { LEVER_NAMES, moveLever, neutralLevers } from '../../src/engine/levers.js';
import { sensitivityBaseOf } from '../../src/engine/sensitivity.js';
import { Decimal } from '../../src/model/decimal.js';
import { project } from './helpers.js';

const EXAMPLES = ['bougies-atelier-lumiere', 'the-kissa-import', 'vetements-maison-oree'];
/** A new project object each time: a cache of its own, empty. */
const fresh = (name: string) => project(readFileSync(`examples/${name}.ecomplan.yaml`, 'utf8'));
const digits = (x: unknown) => JSON.stringify(x, (_k, v) => (v instanceof Decimal ? `D${v.toString()}` : v));

describe.each(EXAMPLES)('%s', (name) => {
  it("the base figures read from the base forecast are its summary's, digit for digit", () => {
    const p = fresh(name);
    const fromForecast = sensitivityBaseOf(computeForecast(p));
    const summary = forecastSummary(fresh(name), neutralLevers());
    expect(fromForecast.resultYearOne.toString()).toBe(summary.resultYearOne.toString());
    expect(fromForecast.lowestCash.toString()).toBe(summary.lowestCash.toString());
  });

  it('sensitivity with the base forecast given, and every forecast after it, equal the same computed on an empty cache', () => {
    const p = fresh(name);
    computeForecast(p); // fills the cache with the base's demand and stock units
    expect(digits(computeSensitivity(p, computeForecast(p)))).toBe(digits(computeSensitivity(fresh(name))));
    for (const lever of LEVER_NAMES) {
      const levers = moveLever(neutralLevers(), lever, new Decimal('1.1'));
      expect(digits(forecastWith(p, 'base', levers)), lever).toBe(digits(forecastWith(fresh(name), 'base', levers)));
    }
  });
});
