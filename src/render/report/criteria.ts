/**
 * The criteria checklist closing the dossier: `ecomplan check`'s verdict on each
 * criterion of the referential (what was found, or what is missing and where), per
 * block with its score, the overall score, and the coherence findings. The labels
 * and formats are the check’s own: the checklist view model (`render/check/checklist.ts`) that `check --format md` lays out too.
 */
import type { CheckResult } from '../../criteria/types.js';
import { checklistView } from '../check/checklist.js';
import type { TableView } from '../handlebars.js';
import type { ReportContext } from './context.js';

export function criteriaSection(c: ReportContext, r: CheckResult, configFile?: string) {
  const at = (w: { path: string; line: number; column: number }) => (w.path ? `${w.path} (${w.line}:${w.column})` : `${w.line}:${w.column}`);
  const v = checklistView(r, c.lang);
  const blocks = v.blocks.map((b) => {
    const table: TableView = {
      id: `criteria-${b.block}`,
      columns: [{ label: '' }, { label: c.t('check.col.criterion') }, { label: c.t('check.col.result') }, { label: c.t('check.col.where') }],
      rows: b.rows.map((x) => [`${x.mark} ${x.statusLabel}`, `${x.id} ${x.title}`, x.texts.join(' ; '), x.where.map(at).join(' ; ')]),
    };
    return { title: `${b.block} — ${b.title} (${b.score})`, table };
  });
  return {
    missing: null,
    score: v.score,
    blocks,
    findings: v.findings.map((f) => `${c.t(`report.severity.${f.severity}`)} — ${f.message} — ${at(f)}`),
    noFindings: v.findings.length ? null : c.t('check.no_findings'),
    note: configFile ? c.t('report.criteria.config', { file: configFile }) : c.t('report.criteria.defaults'),
  };
}
