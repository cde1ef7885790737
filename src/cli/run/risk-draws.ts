/**
 * The risk analysis for a command (`risk`, `report --risk`): the options checked, the project's risk
 * inputs (their problems located and printed: exit 1), the draws in this thread or shared with worker
 * threads (`--jobs`, risk-worker.ts: each draw depends on its index alone, so the bytes do not change),
 * then the analysis.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EXIT } from '../../diagnostics/diagnostic.js';
import { UsageError } from '../../diagnostics/errors.js';
import { computeForecast } from '../../engine/index.js';
import type { Lang } from '../../i18n/index.js';
import { t } from '../../i18n/index.js';
import { RISK_DRAWS } from '../../model/sections/risk.js';
import { analyse, type RiskResult } from '../../risk/analysis.js';
import { riskInputs } from '../../risk/inputs.js';
import { mergeSlices, runDraws, type DrawSlice } from '../../risk/run.js';
import { drawPlan, type DrawPlan } from '../../risk/sampler.js';
import { printDiagnostics, type CliContext } from '../context.js';
import { located, stopOnEngineErrors, type Ready } from './project.js';
import type { RiskTask } from './risk-worker.js';

export interface RiskCliOptions {
  draws?: string;
  seed?: string;
  jobs?: string;
}

export interface RiskValues {
  draws?: number;
  seed?: number;
  jobs: number;
}

const MAX_JOBS = 64;
/** Draws this thread computes between two looks at the workers' messages. */
const BATCH = 256;

function whole(value: string | undefined, min: number, max: number): number | undefined | null {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim())) return null;
  const n = Number(value);
  return n >= min && n <= max ? n : null;
}

/** `--draws`, `--seed`, `--jobs` as numbers, or a usage error (exit 2). */
export function riskValues(opts: RiskCliOptions, lang: Lang): RiskValues {
  const draws = whole(opts.draws, RISK_DRAWS.min, RISK_DRAWS.max);
  if (draws === null) throw new UsageError(t(lang, 'risk.bad_draws', { value: opts.draws, min: RISK_DRAWS.min, max: RISK_DRAWS.max }));
  const seed = whole(opts.seed, 0, 4_294_967_295);
  if (seed === null) throw new UsageError(t(lang, 'risk.bad_seed', { value: opts.seed }));
  const jobs = whole(opts.jobs, 1, MAX_JOBS);
  if (jobs === null) throw new UsageError(t(lang, 'risk.bad_jobs', { value: opts.jobs }));
  return { draws, seed, jobs: jobs ?? 1 };
}

/** The worker's built module next to this one; absent when running from the TypeScript sources. */
function workerFile(): string | null {
  const path = fileURLToPath(new URL('./risk-worker.js', import.meta.url));
  return existsSync(path) ? path : null;
}

/** Draws `from`..`to − 1` in this thread, a batch at a time, letting the workers' messages through. */
async function drawsHere(ready: Ready, plan: DrawPlan, from: number, to: number): Promise<DrawSlice> {
  const slices: DrawSlice[] = [];
  for (let at = from; at < to; at += BATCH) {
    slices.push(runDraws(ready.project, plan, at, Math.min(to, at + BATCH)));
    await new Promise((resolve) => setImmediate(resolve));
  }
  return mergeSlices(slices);
}

/** The draws on `jobs` threads: this one takes the first share, each worker one of the others. */
async function drawsOnThreads(ready: Ready, plan: DrawPlan, values: RiskValues, file: string): Promise<DrawSlice> {
  const { default: Tinypool } = await import('tinypool');
  const n = plan.inputs.draws;
  const bounds = Array.from({ length: values.jobs + 1 }, (_, k) => Math.floor((k * n) / values.jobs));
  const pool = new Tinypool({ filename: file, minThreads: values.jobs - 1, maxThreads: values.jobs - 1, idleTimeout: 0 });
  const task = (k: number): RiskTask => ({ name: ready.loaded.file, text: ready.loaded.text ?? '', draws: values.draws, seed: values.seed, from: bounds[k]!, to: bounds[k + 1]! });
  try {
    const others = bounds.slice(2).map((_, i) => pool.run(task(i + 1)) as Promise<DrawSlice>);
    return mergeSlices(await Promise.all([drawsHere(ready, plan, bounds[0]!, bounds[1]!), ...others]));
  } finally {
    await pool.destroy();
  }
}

/** The analysis of a loaded project, or null after printing why there is none (exit 1). */
export async function analyseRisk(ctx: CliContext, ready: Ready, values: RiskValues): Promise<{ result: RiskResult; slice: DrawSlice } | null> {
  const errors = computeForecast(ready.project).warnings.filter((w) => w.severity === 'error');
  if (stopOnEngineErrors(ctx, ready, located(ready, errors))) return null;
  const read = riskInputs(ready.project, values);
  if (!read.inputs) {
    printDiagnostics(
      ctx,
      ready.loaded.file,
      located(
        ready,
        read.problems.map((p) => ({ ...p, severity: 'error' as const })),
      ),
      ready.lang,
    );
    ctx.exitCode = EXIT.invalid;
    return null;
  }
  const plan = drawPlan(read.inputs);
  const file = workerFile();
  const slice = values.jobs > 1 && file ? await drawsOnThreads(ready, plan, values, file) : runDraws(ready.project, plan, 0, read.inputs.draws);
  return { result: analyse(ready.project, plan, slice), slice };
}
