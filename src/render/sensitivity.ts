/** `ecomplan sensitivity`: the hypotheses ranked by their swing on the year-1 result and on the lowest cash balance. */
import { money2 } from '../model/decimal.js';
import type { SensitivityRow } from '../engine/types.js';
import { formatMoney, type Lang } from '../i18n/format.js';
import { t, tCode } from '../i18n/index.js';
import type { OutputFormat } from './formats.js';
import { money, sectionToMarkdown, sectionToTable, sectionsToCsv, type Section } from './sections.js';
import { escapeMarkdown } from './escape.js';

interface SensitivityOutput {
  project: string;
  rows: SensitivityRow[];
  lang: Lang;
  color: boolean;
}

export function sensitivitySections(rows: readonly SensitivityRow[], lang: Lang): Section[] {
  const columns = ['low', 'high', 'swing'].map((id) => ({ id, label: tCode(lang, `sens.col.${id}`) }));
  const first = rows[0];
  const ranked = (key: 'resultRank' | 'cashRank') => [...rows].sort((a, b) => a[key] - b[key]);
  return [
    {
      id: 'sensitivity_result',
      title: t(lang, 'sens.title_result', { base: first ? formatMoney(first.resultBase, lang) : '' }),
      labelHeader: t(lang, 'sens.col.hypothesis'),
      columns,
      rows: ranked('resultRank').map((r) => ({
        id: r.hypothesis,
        label: `${r.resultRank}. ${tCode(lang, `hypothesis.${r.hypothesis}`)}`,
        cells: [money(r.resultLow), money(r.resultHigh), money(r.resultSwing)],
      })),
      notes: [],
    },
    {
      id: 'sensitivity_cash',
      title: t(lang, 'sens.title_cash', { base: first ? formatMoney(first.cashBase, lang) : '' }),
      labelHeader: t(lang, 'sens.col.hypothesis'),
      columns,
      rows: ranked('cashRank').map((r) => ({
        id: r.hypothesis,
        label: `${r.cashRank}. ${tCode(lang, `hypothesis.${r.hypothesis}`)}`,
        cells: [money(r.cashLow), money(r.cashHigh), money(r.cashSwing)],
      })),
      notes: [t(lang, 'sens.note')],
    },
  ];
}

function sensitivityJson(project: string, rows: readonly SensitivityRow[]): Record<string, unknown> {
  const first = rows[0];
  return {
    ecomplan: 1,
    project,
    scenario: 'base',
    change: '0.10',
    base: first ? { result_year1: money2(first.resultBase), lowest_cash: money2(first.cashBase) } : null,
    rows: rows.map((r) => ({
      hypothesis: r.hypothesis,
      result_low: money2(r.resultLow),
      result_high: money2(r.resultHigh),
      result_swing: money2(r.resultSwing),
      result_rank: r.resultRank,
      cash_low: money2(r.cashLow),
      cash_high: money2(r.cashHigh),
      cash_swing: money2(r.cashSwing),
      cash_rank: r.cashRank,
    })),
  };
}

export type SensitivityFormatter = (o: SensitivityOutput) => string;

export const sensitivityFormatters: Record<OutputFormat, SensitivityFormatter> = {
  table: (o) => `${[o.project, '', ...sensitivitySections(o.rows, o.lang).flatMap((s) => [sectionToTable(s, o), ''])].join('\n').trimEnd()}\n`,
  md: (o) => `${[`# ${escapeMarkdown(o.project)}`, '', ...sensitivitySections(o.rows, o.lang).map((s) => sectionToMarkdown(s, o.lang))].join('\n').trimEnd()}\n`,
  csv: (o) => sectionsToCsv([{ lead: [], sections: sensitivitySections(o.rows, o.lang) }]),
  json: (o) => `${JSON.stringify(sensitivityJson(o.project, o.rows), null, 2)}\n`,
};
