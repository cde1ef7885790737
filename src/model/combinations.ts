/**
 * How many unit-economics rows a project makes (issue 24, finding 3): every product, with each of
 * its alternative strategies, on every channel — computed for every scenario the dossier shows.
 * 1 000 products × 1 000 channels (a 190 KB file) were a million rows per scenario: `report` died
 * at 4.7 GB. At most MAX_UNIT_ECONOMICS_ROWS, a located error at `channels`.
 */
import { formatPath } from '../diagnostics/diagnostic.js';
import { problem, type Problem } from '../diagnostics/problem.js';
import type { SourceMap } from '../io/yaml.js';
import { Decimal } from './decimal.js';
import type { ProjectFile } from './schema.js';

const MAX_UNIT_ECONOMICS_ROWS = 50_000;

export function unitEconomicsLimit(p: ProjectFile, map: SourceMap): Problem | undefined {
  const channels = p.channels?.length ?? 0;
  const strategies = p.products.reduce((n, prod) => n + 1 + (prod.alternatives?.length ?? 0), 0);
  if (strategies * channels <= MAX_UNIT_ECONOMICS_ROWS) return undefined;
  return problem('plan.too_many_combinations', 'error', formatPath(['channels']), map.keyAt(['channels']), {
    products: new Decimal(strategies),
    channels: new Decimal(channels),
    rows: new Decimal(strategies * channels),
    max: new Decimal(MAX_UNIT_ECONOMICS_ROWS),
  });
}
