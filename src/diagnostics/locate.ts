/** Engine warnings located in the file: their key path gives the line and column. */
import type { EngineWarning } from '../engine/types.js';
import type { SourceMap } from '../io/yaml.js';
import type { Lang } from '../i18n/index.js';
import { formatPath, type Diagnostic } from './diagnostic.js';
import { localize, localizeFile, problem } from './problem.js';

/** Engine warnings as located, rendered diagnostics (line and column of the value at their path). */
export function locateWarnings(warnings: readonly EngineWarning[], map: SourceMap, lang: Lang, file?: string): Diagnostic[] {
  const problems = warnings.map((w) => problem(w.code, w.severity, formatPath(w.path), map.valueAt(w.path), w.data));
  return file === undefined ? localize(problems, lang) : localizeFile(problems, lang, file);
}
