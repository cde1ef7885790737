/**
 * `ecomplan check`'s pure core: the referential (`CRITERIA`), and `checkProject`,
 * which judges a validated project (and the engine's forecast, when it ran) and
 * returns plain data — per-criterion results, coherence findings, scores — that the
 * CLI formatters and the dossier render with `t()`.
 */
import { formatPath } from '../diagnostics/diagnostic.js';
import type { Problem } from '../diagnostics/problem.js';
import { Decimal, ZERO } from '../model/decimal.js';
import { C1 } from './c1.js';
import { C2 } from './c2.js';
import { C3 } from './c3.js';
import { C4 } from './c4.js';
import { C5 } from './c5.js';
import { coherenceFindings } from './findings.js';
import { frenchTypography } from '../i18n/typography.js';
import { evidenceAt, locate } from './locate.js';
import { judgeTexts, withTexts } from './evidence.js';
import { BLOCK_IDS, type BlockId, type CheckInput, type CheckResult, type CriterionDefinition, type CriterionResult, type Finding, type Score, type Words } from './types.js';

export * from './types.js';
export { DEFAULT_CONFIG, DEFAULT_THRESHOLDS } from './config.js';

const typeset = (w: Words): Words => ({ fr: frenchTypography(w.fr), en: w.en });

/** The 26 criteria, in the referential's order. IDs never change once released. */
export const CRITERIA: readonly CriterionDefinition[] = [...C1, ...C2, ...C3, ...C4, ...C5].map((c) => ({
  ...c,
  title: typeset(c.title),
  jury: typeset(c.jury),
  passes: typeset(c.passes),
}));

export const CRITERION_IDS: readonly string[] = CRITERIA.map((c) => c.id);

export function criterion(id: string): CriterionDefinition | undefined {
  return CRITERIA.find((c) => c.id === id);
}

/** The five competencies (blocks) of the referential. */
export const BLOCKS: Record<BlockId, Words> = {
  C1: { fr: 'Évaluer l’opportunité financière (prévisionnel)', en: 'Assess the financial opportunity (forecast)' },
  C2: {
    fr: 'Structurer les relations fournisseurs, le catalogue et la logistique',
    en: 'Structure supplier relations, catalogue and logistics',
  },
  C3: { fr: 'Construire une image de marque différenciante', en: 'Build a differentiating brand image' },
  C4: { fr: 'Construire l’expérience utilisateur (conversion, fidélisation)', en: 'Build the user experience (conversion, loyalty)' },
  C5: { fr: 'Formuler les éléments légaux', en: 'State the legal elements' },
};

const HALF = new Decimal('0.5');

export function scoreOf(results: readonly CriterionResult[]): Score {
  const judged = results.filter((r) => r.status !== 'ignored');
  const pass = judged.filter((r) => r.status === 'pass').length;
  const partial = judged.filter((r) => r.status === 'partial').length;
  const fail = judged.filter((r) => r.status === 'fail').length;
  const total = judged.length;
  // Nothing judged: no score (shown « n/a »), never a pass of --min-score.
  const value = total === 0 ? ZERO : new Decimal(pass).plus(HALF.times(partial)).div(total);
  return { pass, partial, fail, total, value };
}

/** Judge one criterion: run its check and locate its evidence and gaps. */
function runCriterion(def: CriterionDefinition, input: CheckInput, texts: ReturnType<typeof judgeTexts>): CriterionResult {
  const base = { id: def.id, block: def.block };
  if (input.config.ignore.includes(def.id)) {
    return { ...base, status: 'ignored', messageId: 'criteria.ignored', data: {}, gaps: [], path: '', line: 1, column: 1 };
  }
  const v = withTexts(def.check(input), texts.get(def.id));
  const gaps = v.gaps.map((g) => {
    const at = locate(input.map, g.path);
    return { ...at, id: g.id, data: { path: at.path, ...(g.data ?? {}) } };
  });
  const first = gaps[0];
  if (v.status !== 'pass' && first)
    return {
      ...base,
      status: v.status,
      messageId: first.id,
      data: first.data,
      path: first.path,
      line: first.line,
      column: first.column,
      gaps,
    };
  const ev = v.evidence ?? { id: `criteria.${def.id}.pass`, path: [] };
  const pos = evidenceAt(input.map, ev.path);
  return {
    ...base,
    status: v.status,
    messageId: ev.id,
    data: ev.data ?? {},
    path: formatPath(ev.path),
    line: pos.line,
    column: pos.column,
    gaps,
  };
}

/**
 * Judge a validated project. `warnings` are the validation warnings of the file
 * (they join the coherence findings). Deterministic: same input, same result.
 */
export function checkProject(input: CheckInput, warnings: readonly Problem[] = []): CheckResult {
  const texts = judgeTexts(input);
  const criteria = CRITERIA.map((def) => runCriterion(def, input, texts));
  const findings: Finding[] = [
    ...warnings.filter((w) => w.severity !== 'error').map((w) => ({ code: w.code, severity: w.severity, path: w.path, line: w.line, column: w.column, data: w.data ?? {} })),
    ...coherenceFindings(input).map((s) => ({ code: s.code, severity: s.severity, data: s.data, ...locate(input.map, s.path) })),
  ].sort((a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code) || a.path.localeCompare(b.path));
  const blocks = Object.fromEntries(BLOCK_IDS.map((b) => [b, scoreOf(criteria.filter((r) => r.block === b))])) as Record<BlockId, Score>;
  const overall = scoreOf(criteria);
  const errorFinding = findings.some((f) => f.severity === 'error');
  const min = input.config.minScore;
  const ok = !errorFinding && (min !== undefined ? overall.total > 0 && overall.value.gte(min) : overall.fail === 0);
  const result: CheckResult = { criteria, findings, score: { overall, blocks }, ok };
  if (min !== undefined) result.minScore = min;
  return result;
}
