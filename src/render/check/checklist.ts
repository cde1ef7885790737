/**
 * The checklist view model shared by `ecomplan check --format md` and the dossier:
 * per block, its title and score, and per criterion its mark, title, the messages
 * (the evidence when it passes, else each gap) and where they point; the findings;
 * the overall score line. Each output only lays it out.
 */
import { BLOCK_IDS, type BlockId, type CheckResult, type CriterionResult, type Located } from '../../criteria/types.js';
import { t, tCode, type Lang } from '../../i18n/index.js';
import { blockTitle, percent, scoreSentence, STATUS_MARK, title } from './model.js';

interface ChecklistRow {
  id: string;
  status: CriterionResult['status'];
  mark: string;
  /** « validé », « partiel »… */
  statusLabel: string;
  title: string;
  /** The evidence when it passes (or is ignored), else one message per gap. */
  texts: string[];
  /** Where each text points, same order. */
  where: Located[];
}

interface ChecklistBlock {
  block: BlockId;
  title: string;
  /** The block's score as a percentage, or « – » when nothing is judged. */
  score: string;
  rows: ChecklistRow[];
}

interface ChecklistFinding extends Located {
  severity: CheckResult['findings'][number]['severity'];
  message: string;
}

export interface ChecklistView {
  blocks: ChecklistBlock[];
  findings: ChecklistFinding[];
  /** « Score : 92,3 % (…) ». */
  score: string;
}

function row(x: CriterionResult, lang: Lang): ChecklistRow {
  const evidence = x.status === 'pass' || x.status === 'ignored';
  return {
    id: x.id,
    status: x.status,
    mark: STATUS_MARK[x.status],
    statusLabel: t(lang, `check.status.${x.status}`),
    title: title(x.id, lang),
    texts: evidence ? [tCode(lang, x.messageId, x.data)] : x.gaps.map((g) => tCode(lang, g.id, g.data)),
    where: evidence ? [{ path: x.path, line: x.line, column: x.column }] : x.gaps.map((g) => ({ path: g.path, line: g.line, column: g.column })),
  };
}

export function checklistView(r: CheckResult, lang: Lang): ChecklistView {
  const blocks = BLOCK_IDS.map((block) => {
    const s = r.score.blocks[block];
    return {
      block,
      title: blockTitle(block, lang),
      score: s.total ? percent(s.value, lang) : '–',
      rows: r.criteria.filter((x) => x.block === block).map((x) => row(x, lang)),
    };
  });
  const o = r.score.overall;
  return {
    blocks,
    findings: r.findings.map((f) => ({
      severity: f.severity,
      message: tCode(lang, f.code, f.data),
      path: f.path,
      line: f.line,
      column: f.column,
    })),
    score: scoreSentence(o, lang),
  };
}
