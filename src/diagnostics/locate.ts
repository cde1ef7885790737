/** From a path string (`products[0].price`) back to a key path, to locate engine warnings in the file. */
import type { EngineWarning } from '../engine/types.js';
import type { SourceMap } from '../io/yaml.js';
import type { Lang } from '../i18n/index.js';
import type { Diagnostic, Path } from './diagnostic.js';
import { localize, localizeFile, problem } from './problem.js';

/** The inverse of `formatPath`: `products[0].price` → `['products', 0, 'price']`. */
export function parsePath(path: string): Path {
  const out: Array<string | number> = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
  return out;
}

/** The value at `path`; inside an absent top-level section, where that section is pointed at (as `check` does). */
function positionOf(map: SourceMap, path: Path): { line: number; column: number } {
  const top = path[0];
  if (typeof top === 'string' && !map.has([top])) return map.missingSectionAt(top);
  return map.valueAt(path);
}

/** Engine warnings as located, rendered diagnostics (line and column of the value at their path). */
export function locateWarnings(warnings: readonly EngineWarning[], map: SourceMap, lang: Lang, file?: string): Diagnostic[] {
  const problems = warnings.map((w) => problem(w.code, w.severity, w.path, positionOf(map, parsePath(w.path)), w.data));
  return file === undefined ? localize(problems, lang) : localizeFile(problems, lang, file);
}
