/** Small projects for engine tests: YAML text → validated project (fails loudly if the fixture is invalid). */
import { loadText } from '../../src/model/load.js';
import { money2, type Decimal } from '../../src/model/decimal.js';
import type { ProjectFile } from '../../src/model/schema.js';

export function project(yaml: string): ProjectFile {
  const loaded = loadText({ name: 'test.ecomplan.yaml', text: yaml });
  if (!loaded.project) throw new Error(`invalid test project: ${JSON.stringify(loaded.problems, null, 2)}`);
  return loaded.project;
}

/** Cents as a string, the way every figure is compared (never a JS number). */
export const c = (d: Decimal | null | undefined): string | null => (d === null || d === undefined ? null : money2(d));
