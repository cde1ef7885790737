/**
 * `ecomplan export --format xlsx`: the prévisionnel as a live workbook. The model
 * (sheets, cells, formulas, expected figures) is built here, purely; `xlsx.ts`
 * writes it with exceljs.
 */
import type { ScenarioName } from '../engine/index.js';
import type { Lang } from '../i18n/index.js';
import type { ProjectFile } from '../model/schema.js';
import { engineFigures, type EngineFigures } from './engine.js';
import { buildHypotheses } from './hypotheses.js';
import { labelsFor } from './labels.js';
import { buildMonthly } from './monthly.js';
import type { WorkbookModel } from './sheet.js';
import { buildBreakEven, buildCashPlan, buildFinancingPlan, buildIncomeStatement } from './statements.js';
import { buildBalanceSheet } from './balance-sheet.js';
import { buildSigCaf } from './sig-sheet.js';

export type { WorkbookModel } from './sheet.js';
export { countCells } from './sheet.js';

export interface ExportOptions {
  scenario: ScenarioName;
  lang: Lang;
  /** Line of a key path in the project file, for the notes of « Hypothèses ». */
  lineOf?: (path: string) => number | undefined;
}

export function buildWorkbook(project: ProjectFile, opts: ExportOptions, figures: EngineFigures = engineFigures(project, opts.scenario)): WorkbookModel {
  const L = labelsFor(opts.lang);
  const h = buildHypotheses({ project, figures, scenario: opts.scenario, L, lineOf: opts.lineOf ?? (() => undefined) });
  const mon = buildMonthly(project, figures.forecast, h, L, opts.lang, figures.owner);
  const c = { f: figures.forecast, owner: figures.owner, mon, L, lang: opts.lang };
  const sig = buildSigCaf(c, h, project);
  const sheets = [h.builder, mon.builder, buildIncomeStatement(c), buildFinancingPlan(c, h, project), buildCashPlan(c), buildBreakEven(c), sig.builder, buildBalanceSheet(c, h, sig)].map(
    (b) => b.sheet,
  );
  return { sheets, names: h.names, title: L('title.workbook', { name: project.project.name }) };
}

export { engineFigures };
