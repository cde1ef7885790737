/** Engine warnings located in the file: their key path gives the line and column. */
import type { EngineWarning } from '../engine/types.js';
import type { SourceMap } from '../io/yaml.js';
import type { Lang } from '../i18n/index.js';
import { formatPath, type Diagnostic, type Path } from './diagnostic.js';
import { localize, localizeFile, problem } from './problem.js';

/** The value at `path`; inside an absent top-level section, where that section is pointed at (as `check` does). */
function positionOf(map: SourceMap, path: Path): { line: number; column: number } {
  const top = path[0];
  if (typeof top === 'string' && !map.has([top])) return map.missingSectionAt(top);
  return map.valueAt(path);
}

/** Engine warnings as located, rendered diagnostics (line and column of the value at their path). */
export function locateWarnings(warnings: readonly EngineWarning[], map: SourceMap, lang: Lang, file?: string): Diagnostic[] {
  const problems = warnings.map((w) => problem(w.code, w.severity, formatPath(w.path), positionOf(map, w.path), w.data));
  return file === undefined ? localize(problems, lang) : localizeFile(problems, lang, file);
}
