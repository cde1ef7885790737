/**
 * The criteria checklist closing the dossier: `ecomplan check`'s verdict on each
 * criterion of the referential (what was found, or what is missing and where), per
 * block with its score, the overall score, and the coherence findings. The labels
 * and formats are the check's own (`render/check/model.ts`).
 */
import { BLOCK_IDS, type CheckResult } from '../../criteria/types.js';
import { blockTitle, percent, percentNumber, STATUS_MARK, title } from '../check/model.js';
import type { TableView } from '../handlebars.js';
import type { ReportContext } from './context.js';

export function criteriaSection(c: ReportContext, r: CheckResult, configFile?: string) {
  const at = (path: string, line: number, column: number) => (path ? `${path} (${line}:${column})` : `${line}:${column}`);
  const blocks = BLOCK_IDS.map((block) => {
    const s = r.score.blocks[block];
    const table: TableView = {
      id: `criteria-${block}`,
      columns: [{ label: '' }, { label: c.t('check.col.criterion') }, { label: c.t('check.col.result') }, { label: c.t('check.col.where') }],
      rows: r.criteria
        .filter((x) => x.block === block)
        .map((x) => {
          const judged = x.status !== 'pass' && x.status !== 'ignored';
          const texts = judged ? x.gaps.map((g) => c.t(g.id, g.data)) : [c.t(x.messageId, x.data)];
          const where = judged ? x.gaps.map((g) => at(g.path, g.line, g.column)) : [at(x.path, x.line, x.column)];
          return [`${STATUS_MARK[x.status]} ${c.t(`check.status.${x.status}`)}`, `${x.id} ${title(x.id, c.lang)}`, texts.join(' ; '), where.join(' ; ')];
        }),
    };
    return { title: `${block} — ${blockTitle(block, c.lang)} (${s.total ? percent(s.value, c.lang) : '–'})`, table };
  });
  const o = r.score.overall;
  return {
    missing: null,
    score: c.t('check.score', { score: percentNumber(o.value, c.lang), pass: o.pass, partial: o.partial, fail: o.fail, total: o.total }),
    blocks,
    findings: r.findings.map((f) => `${c.t(`report.severity.${f.severity}`)} — ${c.t(f.code, f.data)} — ${at(f.path, f.line, f.column)}`),
    noFindings: r.findings.length ? null : c.t('check.no_findings'),
    note: configFile ? c.t('report.criteria.config', { file: configFile }) : c.t('report.criteria.defaults'),
  };
}
