/** Catalogs of the other areas (engine, criteria, report, legal, init, dossier, actuals, export, --help), merged into one. */
import type { Catalog } from '../index.js';
import { init } from './init.js';
import { initFileOffer } from './init-file-offer.js';
import { initFileActivity } from './init-file-activity.js';
import { engine } from './engine.js';
import { criteriaCatalog } from './criteria.js';
import { report } from './report.js';
import { reportCharts } from './report-charts.js';
import { legal } from './legal.js';
import { legal2027 } from './legal-2027.js';
import { dossier } from './dossier.js';
import { actuals } from './actuals.js';
import { actualsReal } from './actuals-real.js';
import { exportCatalog } from './export.js';
import { cliHelp } from './cli-help.js';
import { editLoop } from './edit-loop.js';
import { watchCatalog } from './watch.js';
import { evidenceCatalog } from './evidence.js';
import { bank } from './bank.js';
import { risk } from './risk.js';
import { security } from './security.js';

export const extraCatalogs: Catalog[] = [
  init,
  initFileOffer,
  initFileActivity,
  engine,
  criteriaCatalog,
  report,
  reportCharts,
  legal,
  legal2027,
  dossier,
  actuals,
  actualsReal,
  exportCatalog,
  cliHelp,
  editLoop,
  watchCatalog,
  evidenceCatalog,
  bank,
  risk,
  security,
];

/** Every message id of the extra catalogs. */
export type ExtraMessageId =
  | keyof typeof init
  | keyof typeof initFileOffer
  | keyof typeof initFileActivity
  | keyof typeof engine
  | keyof typeof criteriaCatalog
  | keyof typeof report
  | keyof typeof reportCharts
  | keyof typeof legal
  | keyof typeof legal2027
  | keyof typeof dossier
  | keyof typeof actuals
  | keyof typeof actualsReal
  | keyof typeof exportCatalog
  | keyof typeof cliHelp
  | keyof typeof editLoop
  | keyof typeof watchCatalog
  | keyof typeof evidenceCatalog
  | keyof typeof bank
  | keyof typeof risk
  | keyof typeof security;
