/** Acquisition, sales funnel, satisfaction and loyalty in the dossier (C4). */
import type { Path } from '../../../diagnostics/diagnostic.js';
import type { Decimal } from '../../../model/decimal.js';
import { given } from '../../field.js';
import type { TableView } from '../../handlebars.js';
import { funnelChart, type Chart } from '../../charts/index.js';
import type { ReportContext } from '../context.js';
import { type Part, none } from './shared.js';

/** One traffic source: its name, kind, expected visits, cost, growth and first month. */
function acquisitionRow(c: ReportContext, s: NonNullable<ReportContext['project']['acquisition']>[number], i: number) {
  const paid = s.monthly_budget !== undefined && s.cost_per_click !== undefined && !s.cost_per_click.isZero();
  const traffic = paid
    ? c.t('report.acquisition.paid_visits', { n: c.number((s.monthly_budget as Decimal).div(s.cost_per_click as Decimal), 0) })
    : s.visitors !== undefined
      ? c.t('report.acquisition.visits', { n: c.number(s.visitors, 0) })
      : '';
  const cost = paid
    ? c.t('report.acquisition.budget', { budget: c.money(s.monthly_budget, 0), cpc: c.money(s.cost_per_click) })
    : s.monthly_cost !== undefined
      ? c.t('report.acquisition.monthly_cost', { amount: c.money(s.monthly_cost, 0) })
      : c.t('report.acquisition.no_cost');
  return [
    s.name === undefined ? s.id : c.optional(s.name, 'report.element.source_name', ['acquisition', i, 'name']),
    c.t(`report.acquisition.kind.${s.kind}`),
    traffic,
    cost,
    s.monthly_growth ? c.percent(s.monthly_growth) : '',
    s.from !== undefined ? c.month(s.from) : c.month(1),
  ];
}

export function experienceSection(c: ReportContext) {
  const p = c.project;
  const sources = p.acquisition ?? [];
  const acquisition: Part<{ table: TableView }> = sources.length
    ? {
        missing: null,
        table: {
          id: 'acquisition',
          columns: [
            { label: c.t('report.col.source') },
            { label: c.t('report.col.kind') },
            { label: c.t('report.col.traffic'), align: 'right' },
            { label: c.t('report.col.cost') },
            { label: c.t('report.col.growth'), align: 'right' },
            { label: c.t('report.col.from') },
          ],
          rows: sources.map((s, i) => acquisitionRow(c, s, i)),
        },
      }
    : none(c, 'report.element.acquisition', ['acquisition']);
  const stages = p.experience?.funnel ?? [];
  let chart: Chart | null = null;
  if (stages.length)
    chart = funnelChart(
      stages.map((s) => ({ label: s.stage, rate: s.rate })),
      { lang: c.lang, currency: c.currency },
    );
  const funnel: Part<{ table: TableView; chart: Chart | null }> = stages.length
    ? {
        missing: null,
        table: {
          id: 'funnel',
          columns: [{ label: c.t('report.col.stage') }, { label: c.t('report.col.rate'), align: 'right' }, { label: c.t('report.col.kpi') }],
          rows: stages.map((s, i) => [
            c.optional(s.stage, 'report.element.funnel_stage', ['experience', 'funnel', i, 'stage']),
            c.percent(s.rate, s.rate.lt('0.1') ? 1 : 0),
            c.text(s.kpi, 'report.element.kpi', ['experience', 'funnel', i, 'kpi']),
          ]),
        },
        chart,
      }
    : none(c, 'report.element.funnel', ['experience', 'funnel']);
  const sat = p.experience?.satisfaction;
  const satisfaction: Part<{ sheet: TableView }> = sat
    ? {
        missing: null,
        sheet: c.sheet('satisfaction', [
          [c.t('report.satisfaction.method'), c.text(sat.method, 'report.element.satisfaction_method', ['experience', 'satisfaction', 'method'])],
          [c.t('report.satisfaction.channels'), c.list(sat.channels, 'report.element.satisfaction_channels', ['experience', 'satisfaction', 'channels'])],
        ]),
      }
    : none(c, 'report.element.satisfaction', ['experience', 'satisfaction']);
  const loy = p.experience?.loyalty;
  const L = (...keys: string[]): Path => ['experience', 'loyalty', ...keys];
  const loyalty: Part<{ sheet: TableView }> = loy
    ? {
        missing: null,
        sheet: c.sheet('loyalty', [
          [
            c.t('report.loyalty.repeat'),
            loy.repeat_rate_yearly !== undefined
              ? c.t('report.loyalty.repeat_value', { rate: c.percent(loy.repeat_rate_yearly, 0) })
              : c.missing('report.element.repeat_rate', L('repeat_rate_yearly')),
          ],
          [
            c.t('report.loyalty.referrer'),
            loy.referral
              ? c.text(loy.referral.referrer_reward, 'report.element.referrer_reward', L('referral', 'referrer_reward'))
              : given(loy.program)
                ? c.t('report.none')
                : c.missing('report.element.referral', L('referral')),
          ],
          [
            c.t('report.loyalty.referee'),
            loy.referral
              ? c.text(loy.referral.referee_reward, 'report.element.referee_reward', L('referral', 'referee_reward'))
              : given(loy.program)
                ? c.t('report.none')
                : c.missing('report.element.referral', L('referral')),
          ],
          [c.t('report.loyalty.program'), loy.program === undefined ? c.t('report.none') : c.text(loy.program, 'report.element.loyalty_program', L('program'))],
        ]),
      }
    : none(c, 'report.element.loyalty', ['experience', 'loyalty']);
  return { acquisition, funnel, satisfaction, loyalty };
}

// ---------------------------------------------------------------- C5 legal and RGPD
