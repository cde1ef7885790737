/** Small pure helpers shared by the criteria checks. */
import type { Path } from '../diagnostics/diagnostic.js';
import type { GapSpec, Status, Verdict } from './types.js';
import type { UnitEconomicsRow } from '../engine/types.js';

/** Text that says something (not absent, not blank). */
export function filled(s: string | undefined | null): s is string {
  return typeof s === 'string' && s.trim() !== '';
}

/** A list with at least one non-blank entry. */
export function someText(list: readonly string[] | undefined): boolean {
  return Array.isArray(list) && list.some((s) => filled(s));
}

export function hasItems<T>(list: readonly T[] | undefined): list is readonly T[] {
  return Array.isArray(list) && list.length > 0;
}

export const gap = (id: string, path: Path, data?: Record<string, unknown>): GapSpec => (data ? { id, path, data } : { id, path });

/** `gap.missing`: add the key at `path`. */
export const missing = (path: Path): GapSpec => gap('gap.missing', path);

/** `gap.missing_section`: add the section at `path` with these keys. */
export const missingSection = (path: Path, keys: string[]): GapSpec => gap('gap.missing_section', path, { keys });

/** The `gap.missing` gaps of the keys of `obj` (under `base`) that are not filled. */
export function missingKeys(base: Path, obj: Record<string, unknown> | undefined, keys: string[]): GapSpec[] {
  const out: GapSpec[] = [];
  for (const k of keys) {
    const v = obj?.[k];
    const ok = typeof v === 'string' ? filled(v) : Array.isArray(v) ? v.some((x) => (typeof x === 'string' ? filled(x) : x !== undefined)) : v !== undefined && v !== null;
    if (!ok) out.push(missing([...base, k]));
  }
  return out;
}

/** pass when there is no gap, else `fail` when `noEvidence`, else partial. */
export function judge(gaps: GapSpec[], noEvidence: boolean, evidence?: Verdict['evidence']): Verdict {
  const status: Status = gaps.length === 0 ? 'pass' : noEvidence ? 'fail' : 'partial';
  return evidence ? { status, gaps, evidence } : { status, gaps };
}

/**
 * The gap of a criterion that needs the forecast when there is none: the engine
 * failed on this project (`forecast.failed`, with its message as `detail`), or it is
 * not available (`gap.no_forecast`).
 */
export const noForecast = (error: { code: string; data: Record<string, unknown>; path?: string } | undefined): GapSpec =>
  error?.code === 'forecast.missing_section' && typeof error.data.section === 'string'
    ? gap('gap.forecast_missing_section', [error.data.section], { section: error.data.section })
    : error?.code === 'forecast.failed'
      ? gap('gap.forecast_failed', ['project'], { reason: error.code, detail: String(error.data.detail ?? '') })
      : gap('gap.no_forecast', ['project'], { reason: error?.code ?? 'forecast.unavailable', ...(error?.data ?? {}) });

const mainRowsCache = new WeakMap<readonly UnitEconomicsRow[], Map<string, UnitEconomicsRow[]>>();

/**
 * The `main`-variant unit economics of one product, from an index built once per forecast:
 * filtering the whole table for each product was quadratic (3 000 products: minutes).
 */
export function mainRowsOf(rows: readonly UnitEconomicsRow[], productId: string): UnitEconomicsRow[] {
  let index = mainRowsCache.get(rows);
  if (!index) {
    index = new Map();
    for (const r of rows) {
      if (r.variant !== 'main') continue;
      const list = index.get(r.productId);
      if (list) list.push(r);
      else index.set(r.productId, [r]);
    }
    mainRowsCache.set(rows, index);
  }
  return index.get(productId) ?? [];
}
