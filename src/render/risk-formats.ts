/**
 * The formatters of `ecomplan risk` (table, json, md) and the `--samples` CSV: pure functions of the
 * analysis returning strings. JSON keys follow issue 22: amounts as strings to the cent, probabilities
 * and correlations as numbers (six decimals).
 */
import { Decimal, money2 } from '../model/decimal.js';
import type { Lang } from '../i18n/format.js';
import { t } from '../i18n/index.js';
import type { Estimate, OutputSummary, RiskResult } from '../risk/analysis.js';
import { QUANTILES } from '../risk/analysis.js';
import type { DrawSlice } from '../risk/run.js';
import { factorText, REPLICATES } from '../risk/sampler.js';
import { escapeMarkdown, toCsv } from './escape.js';
import { breakEvenSection, driversSection, fanSection, leversSection, outputsSection, riskLines, riskTitle } from './risk.js';
import { sectionToMarkdown, sectionToTable, wrap, type Section } from './sections.js';

export const RISK_FORMATS = ['table', 'json', 'md'] as const;
export type RiskFormat = (typeof RISK_FORMATS)[number];

interface RiskOutput {
  result: RiskResult;
  lang: Lang;
  color: boolean;
}

const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;
const estimateJson = (e: Estimate) => ({ probability: round6(e.probability), standard_error: round6(e.standardError) });

function outputJson(o: OutputSummary): Record<string, unknown> {
  return {
    ...Object.fromEntries(QUANTILES.map((q) => [`p${q}`, money2(o.quantiles[q])])),
    mean: money2(o.mean),
    plan: money2(o.plan),
    at_least_plan: estimateJson(o.atLeastPlan),
    pessimistic: o.pessimistic ? { value: money2(o.pessimistic.value), percentile: round6(o.pessimistic.percentile) } : null,
  };
}

function riskJson(r: RiskResult): Record<string, unknown> {
  return {
    ecomplan: 1,
    project: r.project,
    currency: r.currency,
    draws: r.draws,
    seed: r.seed,
    method: {
      sampling: 'scrambled Sobol (Joe–Kuo directions, linear matrix scramble + digital shift)',
      replicates: REPLICATES,
      copula: r.correlations.length ? 'gaussian' : null,
      arithmetic: 'float64, the forecast’s own stages',
      uncertainty: r.source === 'ranges' ? 'risk.ranges' : 'scenarios as P10/P90 of a PERT',
      audit: { arithmetic: 'decimal', draws: r.audit.draws, max_difference: r.audit.maxDifference, within_one_cent: r.audit.maxDifference < 0.01 },
    },
    levers: r.uncertainties.map((u) => ({
      lever: u.id,
      moves: u.levers,
      distribution: u.distribution.kind,
      low: round6(u.distribution.low),
      likely: round6(u.distribution.likely),
      high: round6(u.distribution.high),
      ...(u.from.kind === 'scenarios' ? { p10: round6(u.from.p10), p90: round6(u.from.p90) } : {}),
    })),
    correlations: r.correlations.map((c) => ({ between: c.between, rho: c.rho, achieved: round6(c.achieved) })),
    cash_negative: { ...estimateJson(r.cashNegative), by_year: r.cashNegative.byYear.map((y) => ({ year: y.year, ...estimateJson(y) })) },
    financing_needed: { p90: money2(r.financingNeeded.p90), p95: money2(r.financingNeeded.p95) },
    outputs: {
      revenue_ht_year1: outputJson(r.outputs.revenueHtYear1),
      net_result_year1: outputJson(r.outputs.netResultYear1),
      lowest_cash: outputJson(r.outputs.lowestCash),
    },
    break_even: {
      plan_month: r.breakEven.planMonth,
      by_month: r.breakEven.byMonth.map((b) => ({ month: b.month, ...(b.share ? estimateJson(b.share) : { probability: null, standard_error: null }) })),
    },
    fan: r.fan.map((f) => ({ month: f.month, plan: money2(f.plan), p5: money2(f.p5), p25: money2(f.p25), p50: money2(f.p50), p75: money2(f.p75), p95: money2(f.p95) })),
    drivers: r.drivers.map((d) => ({ lever: d.id, rho: round6(d.rho) })),
  };
}

const sectionsOf = (r: RiskResult, lang: Lang): Section[] => [leversSection(r, lang), outputsSection(r, lang), breakEvenSection(r, lang), driversSection(r, lang), fanSection(r, lang)];

function table(o: RiskOutput): string {
  const { result: r, lang } = o;
  const l = riskLines(r, lang);
  const head = [`${r.project} — ${riskTitle(r, lang)}`, l.source, l.method, ...l.correlations, '', ...l.cash, l.financing, t(lang, 'risk.chance.note')];
  return `${[...head.map((line) => wrap(line, 100)), '', ...sectionsOf(r, lang).flatMap((s) => [sectionToTable(s, o), ''])].join('\n').trimEnd()}\n`;
}

function markdown(o: RiskOutput): string {
  const { result: r, lang } = o;
  const l = riskLines(r, lang);
  const para = (s: string) => [escapeMarkdown(s), ''];
  const head = [`# ${escapeMarkdown(r.project)} — ${escapeMarkdown(riskTitle(r, lang))}`, '', ...para(l.source), ...para(l.method), ...l.correlations.flatMap(para)];
  const cash = [...l.cash.map((s) => `- ${escapeMarkdown(s)}`), `- ${escapeMarkdown(l.financing)}`, '', `_${escapeMarkdown(t(lang, 'risk.chance.note'))}_`, ''];
  return `${[...head, ...cash, ...sectionsOf(r, lang).map((s) => sectionToMarkdown(s, lang))].join('\n').trimEnd()}\n`;
}

export const riskFormatters: Record<RiskFormat, (o: RiskOutput) => string> = {
  table,
  md: markdown,
  json: (o) => `${JSON.stringify(riskJson(o.result), null, 2)}\n`,
};

/**
 * `--samples`: one row per draw, the factor of each lever (the exact decimal the draw used) and its
 * figures to the cent. Machine CSV: commas, dot decimals, no user text; written by `toCsv` like every CSV.
 */
export function samplesCsv(r: RiskResult, d: DrawSlice): string {
  const levers = r.uncertainties.flatMap((u, k) => u.levers.map((lever) => ({ lever, k })));
  const u = r.uncertainties.length;
  const cents = (x: number) => money2(new Decimal(x));
  const rows = [['draw', ...levers.map((l) => l.lever), 'revenue_ht_year1', 'net_result_year1', 'lowest_cash']];
  for (let i = 0; i < d.to - d.from; i++) {
    rows.push([String(d.from + i), ...levers.map((l) => factorText(d.factors[i * u + l.k]!)), cents(d.revenue[i]!), cents(d.net[i]!), cents(d.lowest[i]!)]);
  }
  // The one protected CSV writer of every command (issue 24): numbers stay numbers.
  return toCsv(rows, ',');
}
