/**
 * The risk analysis on the Kissa example (issue 22, « Done when »): quantiles against the forecasts at
 * the lever's own quantiles, zero-width ranges, the rank correlation drawn, the exact audit of sampled
 * draws, and `--samples` rows replayed as forecasts to the cent.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { forecastWith } from '../../src/engine/forecast.js';
import { LEVER_KEYS, moveLever, neutralLevers, type LeverName } from '../../src/engine/levers.js';
import { Decimal, money2 } from '../../src/model/decimal.js';
import { loadText } from '../../src/model/load.js';
import type { ProjectFile } from '../../src/model/schema.js';
import { samplesCsv } from '../../src/render/risk-formats.js';
import { analyse, QUANTILES } from '../../src/risk/analysis.js';
import { riskInputs } from '../../src/risk/inputs.js';
import { inverseCdf } from '../../src/risk/numeric/distributions.js';
import { spearman } from '../../src/risk/numeric/stats.js';
import { exactDraw, mergeSlices, runDraws } from '../../src/risk/run.js';
import { drawFactors, drawPlan } from '../../src/risk/sampler.js';
import { example } from '../helpers/cli.js';

const KISSA = readFileSync(example('the-kissa-import.ecomplan.yaml'), 'utf8');

/** The Kissa example with its `risk` section replaced by `risk` (YAML text). */
function kissa(risk: string): ProjectFile {
  const text = `${KISSA.replace(/^risk:\n(?: {2}.*\n|\n)*/m, '')}\nrisk:\n${risk}`;
  const loaded = loadText({ name: 'kissa.ecomplan.yaml', text });
  if (!loaded.project) throw new Error(JSON.stringify(loaded.problems));
  return loaded.project;
}

function analysed(project: ProjectFile) {
  const { inputs } = riskInputs(project);
  if (!inputs) throw new Error('no inputs');
  const plan = drawPlan(inputs);
  const slice = runDraws(project, plan, 0, inputs.draws);
  return { plan, slice, result: analyse(project, plan, slice) };
}

const revenueAt = (project: ProjectFile, lever: LeverName, shift: number) => forecastWith(project, 'base', moveLever(neutralLevers(), lever, new Decimal(1 + shift))).years[0]!.revenueHt;

describe('a single lever with a monotone effect', () => {
  it.each([
    ['traffic', 'pert', '{ low: -40%, likely: 0%, high: +20% }'],
    ['prices', 'uniform', '{ low: -10%, high: +5%, distribution: uniform }'],
  ] as const)('%s (%s): each quantile of year-1 revenue lies between the forecasts at the lever’s own quantiles p ± 1 %', (lever, _kind, range) => {
    const project = kissa(`  draws: 512\n  ranges:\n    ${lever}: ${range}\n`);
    const { result, plan } = analysed(project);
    const d = plan.inputs.uncertainties[0]!.distribution;
    for (const q of QUANTILES) {
      const low = revenueAt(project, lever, inverseCdf(d, q / 100 - 0.01));
      const high = revenueAt(project, lever, inverseCdf(d, q / 100 + 0.01));
      const got = result.outputs.revenueHtYear1.quantiles[q];
      expect(got.gte(low.toDecimalPlaces(2)) && got.lte(high.toDecimalPlaces(2)), `P${q}: ${got} not in [${low}, ${high}]`).toBe(true);
    }
  });
});

describe('zero-width ranges', () => {
  it('every quantile and the whole fan equal the base forecast; probabilities are 0 or 1, without error', () => {
    const project = kissa('  draws: 64\n  ranges:\n    traffic: { low: 0%, high: 0% }\n    unit_costs: { low: 0%, likely: 0%, high: 0%, distribution: triangular }\n');
    const { result } = analysed(project);
    const base = forecastWith(project, 'base', neutralLevers());
    const plan = { revenueHtYear1: base.years[0]!.revenueHt, netResultYear1: base.years[0]!.netResult, lowestCash: base.cash.lowest };
    for (const [key, value] of Object.entries(plan)) {
      const o = result.outputs[key as keyof typeof plan];
      for (const q of QUANTILES) expect(money2(o.quantiles[q]), `${key} P${q}`).toBe(money2(value));
      expect(money2(o.mean)).toBe(money2(value));
      expect(o.atLeastPlan.probability).toBe(1);
    }
    result.fan.forEach((f, m) => {
      for (const k of ['p5', 'p25', 'p50', 'p75', 'p95'] as const) expect(money2(f[k])).toBe(money2(base.months[m]!.cashEnd));
    });
    for (const e of [result.cashNegative, ...result.cashNegative.byYear, ...result.breakEven.byMonth.flatMap((b) => (b.share ? [b.share] : []))]) {
      expect([0, 1]).toContain(e.probability);
      expect(e.standardError).toBe(0);
    }
    expect(money2(result.financingNeeded.p95)).toBe(money2(Decimal.max(0, base.cash.lowest.negated())));
  });
});

describe('correlated levers', () => {
  it.each([0.6, -0.6])('ρ = %s: the draws have that rank correlation within 0.05', (rho) => {
    const project = kissa(
      `  draws: 4096\n  ranges:\n    traffic: { low: -40%, high: +20% }\n    conversion: { low: -30%, high: +20%, distribution: triangular }\n  correlations:\n    - { between: [conversion, traffic], rho: ${rho} }\n`,
    );
    const plan = drawPlan(riskInputs(project).inputs!);
    const factors = Array.from({ length: 4096 }, (_, i) => drawFactors(plan, i));
    expect(
      Math.abs(
        spearman(
          factors.map((f) => f[0]!),
          factors.map((f) => f[1]!),
        ) - rho,
      ),
    ).toBeLessThan(0.05);
  });
});

describe('the audit: draws computed in float64 against the exact engine', () => {
  const project = kissa('  draws: 256\n  correlations:\n    - { between: [traffic, conversion], rho: 0.5 }\n');
  const { plan, slice, result } = analysed(project);
  const u = plan.inputs.uncertainties.length;

  it('sampled draws recomputed in Decimal are within one cent, month by month', () => {
    for (const i of [0, 1, 37, 128, 255]) {
      const exact = exactDraw(project, plan, Array.from(slice.factors.subarray(i * u, (i + 1) * u)));
      const close = (x: Decimal, f: number, what: string) => expect(x.minus(f).abs().toNumber(), `draw ${i} ${what}`).toBeLessThanOrEqual(0.01);
      close(exact.revenueHtYearOne, slice.revenue[i]!, 'revenue');
      close(exact.netResultYearOne, slice.net[i]!, 'net result');
      close(exact.lowestCash, slice.lowest[i]!, 'lowest cash');
      exact.cashEnd.forEach((c, m) => close(c, slice.cash[i * slice.horizon + m]!, `cash month ${m + 1}`));
      expect(exact.breakEvenMonth ?? 0).toBe(slice.breakEven[i]);
    }
    expect(result.audit.maxDifference).toBeLessThan(0.01);
  });

  it('a draw depends on its index alone: draws split between threads in any way merge into the same figures', () => {
    expect(mergeSlices([runDraws(project, plan, 0, 70), runDraws(project, plan, 70, 71), runDraws(project, plan, 71, 256)])).toEqual(slice);
  });

  it('every --samples row is a forecast: its factors as the levers of the exact forecast give its figures to the cent', () => {
    const [head, ...rows] = samplesCsv(result, slice).trimEnd().split('\r\n');
    const columns = head!.split(',');
    expect(columns).toEqual(['draw', 'traffic', 'conversion', 'unit_costs', 'fixed_costs', 'revenue_ht_year1', 'net_result_year1', 'lowest_cash']);
    expect(rows).toHaveLength(256);
    for (const i of [3, 99, 200]) {
      const cells = rows[i]!.split(',');
      const levers = neutralLevers();
      columns.slice(1, 5).forEach((lever, k) => (levers[LEVER_KEYS[lever as LeverName]] = new Decimal(cells[k + 1]!)));
      expect(cells[3], 'costs move unit and fixed costs alike').toBe(cells[4]);
      const f = forecastWith(project, 'base', levers);
      expect(cells.slice(5)).toEqual([money2(f.years[0]!.revenueHt), money2(f.years[0]!.netResult), money2(f.cash.lowest)]);
    }
  });
});
