/**
 * `ecomplan risk` as text: the sentences (« environ 12 avenirs sur 100, ± 1 ») and the tables of the
 * analysis (src/risk/analysis.ts), shared by the terminal, Markdown and the dossier. Formats only.
 */
import { Decimal } from '../model/decimal.js';
import type { RiskResult } from '../risk/analysis.js';
import { FAN, QUANTILES, type Estimate, type OutputSummary } from '../risk/analysis.js';
import { REPLICATES } from '../risk/sampler.js';
import { formatMoney, formatMonth, formatNumber, formatPercent, type Lang } from '../i18n/format.js';
import { t, tCode } from '../i18n/index.js';
import { money, text, type Row, type Section } from './sections.js';

const dec = (x: number): Decimal => new Decimal(x);

/** « environ 12 avenirs sur 100, ± 1 », « dans aucun des 4 096 avenirs tirés ». */
function chanceOf(e: Estimate, draws: number, lang: Lang): string {
  const all = formatNumber(dec(draws), lang, 0);
  if (e.probability === 0) return t(lang, 'risk.chance.none', { draws: all });
  if (e.probability === 1) return t(lang, 'risk.chance.all', { draws: all });
  const p = 100 * e.probability;
  const se = Math.round(100 * e.standardError);
  const shown = p < 0.5 ? t(lang, 'risk.chance.below_one') : formatNumber(dec(Math.min(99, Math.round(p))), lang, 0);
  return t(lang, 'risk.chance', { p: shown, se: se < 1 ? t(lang, 'risk.chance.below_one') : formatNumber(dec(se), lang, 0) });
}

/** A share with its standard error in points: `36,2 % ± 0,7`. */
function shareOf(e: Estimate, lang: Lang): string {
  return `${formatPercent(dec(e.probability), lang)} ± ${formatNumber(dec(100 * e.standardError), lang, 1)}`;
}

const pct = (x: number, lang: Lang): string => formatPercent(dec(x), lang, 1);

/** The title: « Analyse de risque — 4 096 avenirs tirés, graine 1 ». */
export function riskTitle(r: RiskResult, lang: Lang): string {
  return t(lang, 'risk.title', { draws: formatNumber(dec(r.draws), lang, 0), seed: r.seed });
}

/** The method in one sentence. */
function methodLine(r: RiskResult, lang: Lang): string {
  return t(lang, 'risk.method', {
    replicates: REPLICATES,
    copula: r.correlations.length ? t(lang, 'risk.method.copula') : '',
    audit: r.audit.draws.length,
    difference: r.audit.maxDifference < 0.005 ? t(lang, 'risk.method.below_cent') : formatMoney(dec(r.audit.maxDifference), lang, r.currency, 2),
  });
}

/** The sentences above the tables: where the uncertainty comes from, how it was drawn, cash below zero, financing needed. */
export function riskLines(r: RiskResult, lang: Lang): { source: string; method: string; cash: string[]; financing: string; correlations: string[] } {
  return {
    source: t(lang, r.source === 'ranges' ? 'risk.source.ranges' : 'risk.source.scenarios'),
    method: methodLine(r, lang),
    cash: [
      t(lang, 'risk.cash.overall', { chance: chanceOf(r.cashNegative, r.draws, lang) }),
      ...r.cashNegative.byYear.map((y) => t(lang, 'risk.cash.year', { year: y.year, chance: chanceOf(y, r.draws, lang) })),
    ],
    financing: t(lang, 'risk.financing', { p90: formatMoney(r.financingNeeded.p90, lang, r.currency), p95: formatMoney(r.financingNeeded.p95, lang, r.currency) }),
    correlations: r.correlations.map((c) =>
      t(lang, 'risk.correlation', {
        a: tCode(lang, `hypothesis.${c.between[0]}`),
        b: tCode(lang, `hypothesis.${c.between[1]}`),
        rho: formatNumber(dec(c.rho), lang, 2),
        achieved: formatNumber(dec(c.achieved), lang, 2),
      }),
    ),
  };
}

export function leversSection(r: RiskResult, lang: Lang): Section {
  const scenarios = r.source === 'scenarios';
  const columns = ['distribution', 'low', 'likely', 'high', ...(scenarios ? ['p10_p90'] : [])].map((id) => ({ id, label: tCode(lang, `risk.col.${id}`) }));
  return {
    id: 'risk_levers',
    title: t(lang, 'risk.levers.title'),
    labelHeader: t(lang, 'risk.col.lever'),
    columns,
    rows: r.uncertainties.map((u) => {
      const d = u.distribution;
      const read = u.from.kind === 'scenarios' ? [text(`${pct(u.from.p10, lang)} / ${pct(u.from.p90, lang)}`)] : [];
      return {
        id: u.id,
        label: tCode(lang, `hypothesis.${u.id}`),
        cells: [text(tCode(lang, `risk.distribution.${d.kind}`)), text(pct(d.low, lang)), text(pct(d.likely, lang)), text(pct(d.high, lang)), ...read],
      };
    }),
    notes: [],
  };
}

const OUTPUT_IDS = ['revenue_ht_year1', 'net_result_year1', 'lowest_cash'] as const;
const summaries = (r: RiskResult): OutputSummary[] => [r.outputs.revenueHtYear1, r.outputs.netResultYear1, r.outputs.lowestCash];

/** One column per figure (year-1 revenue, net result, lowest cash), one row per percentile, then the plan and the pessimistic scenario. */
export function outputsSection(r: RiskResult, lang: Lang): Section {
  const s = summaries(r);
  const rows: Row[] = [
    ...QUANTILES.map((q) => ({ id: `p${q}`, label: `P${q}`, cells: s.map((o) => money(o.quantiles[q])), strong: q === 50 })),
    { id: 'mean', label: t(lang, 'risk.col.mean'), cells: s.map((o) => money(o.mean)) },
    { id: 'plan', label: t(lang, 'risk.col.plan'), cells: s.map((o) => money(o.plan)) },
    { id: 'at_least_plan', label: t(lang, 'risk.col.at_least_plan'), cells: s.map((o) => text(shareOf(o.atLeastPlan, lang))) },
  ];
  if (s[0]!.pessimistic)
    rows.push({ id: 'pessimistic', label: t(lang, 'risk.col.pessimistic'), cells: s.map((o) => text(o.pessimistic ? `P${formatNumber(dec(o.pessimistic.percentile), lang, 1)}` : '')) });
  return {
    id: 'risk_outputs',
    title: t(lang, 'risk.outputs.title'),
    labelHeader: '',
    columns: OUTPUT_IDS.map((id) => ({ id, label: tCode(lang, `risk.output.${id}`) })),
    rows,
    notes: [t(lang, 'risk.outputs.note')],
  };
}

export function breakEvenSection(r: RiskResult, lang: Lang): Section {
  const plan = r.breakEven.planMonth;
  return {
    id: 'risk_break_even',
    title: t(lang, 'risk.break_even.title'),
    labelHeader: '',
    columns: [{ id: 'share', label: t(lang, 'risk.col.share') }],
    rows: r.breakEven.byMonth.flatMap((b) => (b.share ? [{ id: `month_${b.month}`, label: t(lang, 'risk.break_even.by', { month: b.month }), cells: [text(shareOf(b.share, lang))] }] : [])),
    notes: [plan ? t(lang, 'risk.break_even.plan', { month: formatMonth(plan, lang) }) : t(lang, 'risk.break_even.plan_never')],
  };
}

/** The tornado as a table: each lever's rank correlation with the lowest cash, and a bar. */
export function driversSection(r: RiskResult, lang: Lang): Section {
  return {
    id: 'risk_drivers',
    title: t(lang, 'risk.drivers.title'),
    labelHeader: t(lang, 'risk.col.lever'),
    columns: [
      { id: 'rho', label: t(lang, 'risk.col.rho') },
      { id: 'bar', label: '' },
    ],
    rows: r.drivers.map((d) => ({ id: d.id, label: tCode(lang, `hypothesis.${d.id}`), cells: [text(formatNumber(dec(d.rho), lang, 2)), text('█'.repeat(Math.round(Math.abs(d.rho) * 20)))] })),
    notes: [t(lang, 'risk.drivers.note')],
  };
}

export function fanSection(r: RiskResult, lang: Lang): Section {
  return {
    id: 'risk_fan',
    title: t(lang, 'risk.fan.title'),
    labelHeader: t(lang, 'risk.col.month'),
    columns: FAN.map((q) => ({ id: `p${q}`, label: `P${q}` })),
    rows: r.fan.map((f) => ({ id: f.month, label: formatMonth(f.month, lang), cells: FAN.map((q) => money(f[`p${q}`])) })),
    notes: [],
    bareMoney: true,
  };
}
