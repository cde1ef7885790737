/** Catalogs of the other areas (engine, criteria, report, init), merged into one. */
import type { Catalog } from '../index.js';
import { criteriaCatalog } from './criteria.js';

export const extraCatalogs: Catalog[] = [criteriaCatalog];
