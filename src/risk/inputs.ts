/**
 * What the risk analysis draws, read from the project (docs/risk.md): each uncertain lever with its
 * distribution — the `risk.ranges`, or without them the scenarios' shifts read as the 10th and 90th
 * percentiles of a PERT around the plan — and the Gaussian copula of the rank correlations. Everything
 * that makes the analysis impossible is a problem located at a key path (validate reports them too).
 */
import type { Path } from '../diagnostics/diagnostic.js';
import { LEVER_NAMES, type LeverName } from '../engine/levers.js';
import { ZERO, type Decimal } from '../model/decimal.js';
import type { ProjectFile } from '../model/schema.js';
import { RISK_DRAWS } from '../model/sections/risk.js';
import type { Distribution } from './numeric/distributions.js';
import { pertFromPercentiles } from './numeric/pert-fit.js';
import { cholesky } from './numeric/stats.js';

/** One quantity drawn once per draw and held over the horizon. */
export interface Uncertainty {
  /** A lever, or `costs`: the scenarios' cost shift, moving unit and fixed costs together. */
  id: LeverName | 'costs';
  /** The levers it moves, by the same factor. */
  levers: LeverName[];
  /** The distribution of the shift (−0.2 = −20 %). */
  distribution: Distribution;
  /** Where it was read: its range, or the scenarios' shifts (the P10 and P90). */
  from: { path: Path } & ({ kind: 'range' } | { kind: 'scenarios'; p10: number; p90: number });
}

export interface RiskInputs {
  draws: number;
  seed: number;
  source: 'ranges' | 'scenarios';
  uncertainties: Uncertainty[];
  /** Rank correlations asked for, between uncertainties (indexes). */
  correlations: Array<{ a: number; b: number; rho: number }>;
  /** Lower Cholesky factor of the normal copula's correlation matrix; null without correlations. */
  copula: number[][] | null;
}

export interface RiskProblem {
  code: string;
  path: Path;
  data: Record<string, unknown>;
}

const DEFAULT_SEED = 1;

const num = (d: Decimal | undefined): number => (d === undefined ? 0 : d.toNumber());
/** A shift as a percentage for a message (`{low} %`): the digits written in the file. */
const pct = (d: Decimal | undefined): Decimal => (d ?? ZERO).times(100);

function fromRanges(project: ProjectFile, problems: RiskProblem[]): Uncertainty[] {
  const ranges = project.risk?.ranges ?? {};
  const out: Uncertainty[] = [];
  for (const lever of LEVER_NAMES) {
    const r = ranges[lever];
    if (!r) continue;
    const d: Distribution = { kind: r.distribution ?? 'pert', low: num(r.low), likely: num(r.likely), high: num(r.high) };
    const path = ['risk', 'ranges', lever];
    if (!(d.low <= d.likely && d.likely <= d.high)) problems.push({ code: 'risk.range_order', path, data: { lever, low: pct(r.low), likely: pct(r.likely), high: pct(r.high) } });
    else out.push({ id: lever, levers: [lever], distribution: d, from: { kind: 'range', path } });
  }
  return out;
}

const SCENARIO_KEYS = [
  ['traffic', ['traffic']],
  ['conversion', ['conversion']],
  ['costs', ['unit_costs', 'fixed_costs']],
] as const;

function fromScenarios(project: ProjectFile, problems: RiskProblem[]): Uncertainty[] {
  const scenarios = project.demand?.scenarios;
  const out: Uncertainty[] = [];
  for (const [key, levers] of SCENARIO_KEYS) {
    const pessimistic = scenarios?.pessimistic?.[key];
    const optimistic = scenarios?.optimistic?.[key];
    if (pessimistic === undefined && optimistic === undefined) continue;
    const [p10, p90] = [num(pessimistic), num(optimistic)].sort((a, b) => a - b) as [number, number];
    if (p10 === 0 && p90 === 0) continue;
    const path = ['demand', 'scenarios', pessimistic === undefined ? 'optimistic' : 'pessimistic', key];
    const distribution = pertFromPercentiles(p10, p90, 0);
    const [lo, hi] = [pessimistic ?? ZERO, optimistic ?? ZERO].sort((a, b) => a.comparedTo(b));
    if (distribution === null) problems.push({ code: 'risk.scenario_not_pert', path, data: { key, p10: pct(lo), p90: pct(hi) } });
    else out.push({ id: key, levers: [...levers], distribution, from: { kind: 'scenarios', path, p10, p90 } });
  }
  return out;
}

/** The correlations between drawn uncertainties, each pair once; problems for the others. */
function correlationsOf(project: ProjectFile, drawn: readonly Uncertainty[], problems: RiskProblem[]): RiskInputs['correlations'] {
  const out: RiskInputs['correlations'] = [];
  const seen = new Set<string>();
  (project.risk?.correlations ?? []).forEach((c, i) => {
    const at = ['risk', 'correlations', i];
    const index = c.between.map((lever) => drawn.findIndex((u) => u.levers.includes(lever)));
    const missing = index.findIndex((x) => x < 0);
    if (c.between.length !== 2 || c.between[0] === c.between[1]) problems.push({ code: 'risk.correlation_pair', path: [...at, 'between'], data: { levers: c.between } });
    else if (missing >= 0) problems.push({ code: 'risk.correlation_not_drawn', path: [...at, 'between', missing], data: { lever: c.between[missing] } });
    else if (index[0] === index[1]) problems.push({ code: 'risk.correlation_same_draw', path: [...at, 'between'], data: { levers: c.between } });
    else {
      const [a, b] = (index as [number, number]).sort((x, y) => x - y);
      const key = `${a},${b}`;
      if (seen.has(key)) problems.push({ code: 'risk.correlation_duplicate', path: at, data: { levers: c.between } });
      else out.push({ a, b, rho: c.rho.toNumber() });
      seen.add(key);
    }
  });
  return out;
}

/**
 * The normal copula's correlations for the rank correlations ρ asked (r = 2 sin(πρ/6): the normal
 * correlation whose Spearman correlation is ρ), and its Cholesky factor; null when it is not a
 * correlation matrix (positive semi-definite).
 */
function copulaOf(size: number, correlations: RiskInputs['correlations']): number[][] | null {
  const m: number[][] = Array.from({ length: size }, (_, i) => Array.from({ length: size }, (_, j) => (i === j ? 1 : 0)));
  for (const { a, b, rho } of correlations) m[a]![b] = m[b]![a] = 2 * Math.sin((Math.PI * rho) / 6);
  return cholesky(m);
}

/** The inputs of the analysis, or why there are none. `options`: the command line's draws and seed, over the file's. */
export function riskInputs(project: ProjectFile, options: { draws?: number; seed?: number } = {}): { inputs: RiskInputs; problems: [] } | { inputs: null; problems: RiskProblem[] } {
  const problems: RiskProblem[] = [];
  const hasRanges = Object.keys(project.risk?.ranges ?? {}).length > 0;
  const uncertainties = hasRanges ? fromRanges(project, problems) : fromScenarios(project, problems);
  if (problems.length === 0 && uncertainties.length === 0) {
    problems.push({ code: 'risk.nothing_to_draw', path: project.risk ? ['risk'] : ['demand', 'scenarios'], data: {} });
  }
  const correlations = correlationsOf(project, uncertainties, problems);
  const copula = correlations.length ? copulaOf(uncertainties.length, correlations) : null;
  if (correlations.length && copula === null) problems.push({ code: 'risk.correlation_invalid', path: ['risk', 'correlations'], data: {} });
  if (problems.length) return { inputs: null, problems };
  return {
    inputs: {
      draws: options.draws ?? project.risk?.draws ?? RISK_DRAWS.default,
      seed: options.seed ?? project.risk?.seed ?? DEFAULT_SEED,
      source: hasRanges ? 'ranges' : 'scenarios',
      uncertainties,
      correlations,
      copula,
    },
    problems: [],
  };
}

/** What `validate` reports of a `risk` section: the same problems as the analysis would meet. */
export function riskProblems(project: ProjectFile): RiskProblem[] {
  return project.risk ? riskInputs(project).problems : [];
}
