/** Catalogs of the other areas (engine, criteria, report, init), merged into one. */
import type { Catalog } from '../index.js';
import { init } from './init.js';
import { engine } from './engine.js';
import { criteriaCatalog } from './criteria.js';
import { report } from './report.js';
import { dossier } from './dossier.js';
import { actuals } from './actuals.js';
import { exportCatalog } from './export.js';

export const extraCatalogs: Catalog[] = [init, engine, criteriaCatalog, report, dossier, actuals, exportCatalog];

/** Every message id of the extra catalogs. */
export type ExtraMessageId =
  | keyof typeof init
  | keyof typeof engine
  | keyof typeof criteriaCatalog
  | keyof typeof report
  | keyof typeof dossier
  | keyof typeof actuals
  | keyof typeof exportCatalog;
