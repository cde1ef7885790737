/**
 * One version of the watched file, as `ecomplan watch` shows it: read and validate the file, and
 * when it is valid, evaluate and render the dossier exactly as `ecomplan report` does (same
 * evaluation, same config, same HTML). A file that does not validate gives its located problems and
 * no dossier: the page keeps the last good one.
 */
import { localizeFile } from '../diagnostics/problem.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { CheckResult } from '../criteria/types.js';
import type { Lang } from '../i18n/index.js';
import { loadProject } from '../model/load.js';
import { renderReport } from '../render/report/index.js';
import { dossierEvaluation } from '../cli/run/report.js';

export interface Version {
  lang: Lang;
  /** The file's problems (errors and warnings), located and worded. */
  diagnostics: Diagnostic[];
  /** The dossier's HTML, when the file is valid. */
  dossier: string | null;
  /** `ecomplan check`'s verdict, when the file is valid. */
  check: CheckResult | null;
  /** A failure of ecomplan itself (a bug or an unreadable config file): shown, never thrown. */
  failure: string | null;
  /** Exit code of an unreadable file (missing, directory, binary…): exit 2 when `watch` starts on it. */
  unreadable: boolean;
}

/** Nothing is read from stdin: `watch` follows a file. */
const noStdin = async (): Promise<Buffer> => Buffer.alloc(0);

export async function renderVersion(file: string, langOption: string | undefined): Promise<Version> {
  const loaded = await loadProject(file, langOption, noStdin);
  const lang = loaded.lang;
  const diagnostics = localizeFile(loaded.problems, lang, loaded.file);
  const none = { lang, diagnostics, dossier: null, check: null, failure: null, unreadable: Boolean(loaded.unreadable) };
  if (!loaded.project) return none;
  const notes: string[] = [];
  try {
    const ready = { loaded, project: loaded.project, lang };
    const { evaluation, configFile } = await dossierEvaluation(ready, undefined, (s) => notes.push(s));
    const dossier = renderReport(loaded.project, { format: 'html', lang, evaluation, configFile }).text;
    return { ...none, dossier, check: evaluation.check ?? null, failure: notes.length ? notes.join('').trim() : null };
  } catch (e) {
    return { ...none, failure: [(e as Error).message, ...notes].join('\n').trim() };
  }
}
