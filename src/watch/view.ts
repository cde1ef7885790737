/**
 * What the page of `ecomplan watch` shows beside the dossier, as view models (the templates under
 * templates/watch/ only lay them out): the file's state, a banner listing the errors with their
 * lines when the file does not validate (the last good dossier stays), its warnings, and the
 * `check` checklist of the last good version.
 */
import type { CheckResult } from '../criteria/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { t, tCode, type Lang } from '../i18n/index.js';
import { checklistView } from '../render/check/checklist.js';
import type { Version } from './version.js';

/** The last version whose file was valid: the dossier and verdict the page keeps showing. */
export interface LastGood {
  dossier: string;
  check: CheckResult | null;
}

interface ProblemView {
  where: string;
  message: string;
  path: string;
  hint: string | null;
}

const problemView = (d: Diagnostic, lang: Lang): ProblemView => ({
  where: t(lang, 'watch.at', { line: d.line, column: d.column }),
  message: d.message,
  path: d.path,
  hint: d.hint ?? null,
});

/** Errors listed in the banner at most; beyond, their count (an unclosed bracket can make dozens). */
const MAX_LISTED = 25;

export function panelView(file: string, version: number, v: Version, lastGood: LastGood | null) {
  const lang = v.lang;
  const errors = v.diagnostics.filter((d) => d.severity === 'error');
  const valid = v.dossier !== null;
  const checklist = lastGood?.check ? checklistView(lastGood.check, lang) : null;
  return {
    lang,
    file,
    version,
    status: valid ? t(lang, 'watch.status.valid', { version }) : t(lang, 'watch.status.invalid', { version, count: errors.length }),
    valid,
    banner:
      errors.length > 0 || v.failure
        ? {
            title: lastGood ? t(lang, 'watch.banner.kept') : t(lang, 'watch.banner.none'),
            failure: v.failure,
            errors: errors.slice(0, MAX_LISTED).map((d) => problemView(d, lang)),
            more: errors.length > MAX_LISTED ? t(lang, 'watch.more', { count: errors.length - MAX_LISTED }) : null,
          }
        : null,
    warnings: v.diagnostics.filter((d) => d.severity !== 'error').map((d) => problemView(d, lang)),
    checklist: checklist && {
      ...checklist,
      stale: !valid,
      blocks: checklist.blocks.map((b) => ({ ...b, rows: b.rows.map((r) => ({ ...r, className: `status-${r.status}` })) })),
      findings: checklist.findings.map((f) => ({ ...f, severityLabel: tCode(lang, `report.severity.${f.severity}`), where: t(lang, 'watch.at', { line: f.line, column: f.column }) })),
    },
    labels: {
      warnings: t(lang, 'watch.warnings'),
      checklist: t(lang, 'watch.checklist'),
      stale: t(lang, 'watch.checklist.stale'),
      findings: t(lang, 'report.sub.findings'),
      noChecklist: t(lang, 'watch.checklist.none'),
    },
  };
}

/** The page around the panel and the dossier's frame. */
export function pageView(file: string, lang: Lang, panel: string, dossierVersion: number) {
  return {
    lang,
    title: t(lang, 'watch.title', { file }),
    dossierTitle: t(lang, 'watch.dossier_frame'),
    panel,
    dossierVersion,
  };
}

/** The dossier frame before any version of the file has validated. */
export function noDossierView(lang: Lang) {
  return { lang, title: t(lang, 'watch.no_dossier.title'), text: t(lang, 'watch.no_dossier') };
}
