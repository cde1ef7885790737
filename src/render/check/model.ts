/**
 * What `ecomplan check` hands to its formatters: one entry per file (checked,
 * invalid or unreadable) and the class summary of a batch. Plain data; the
 * formatters are pure functions of it (Spectral's formatters, ESLint's).
 */
import type { CheckResult, CriterionResult, Score } from '../../criteria/index.js';
import { BLOCKS, CRITERIA, criterion } from '../../criteria/index.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { Decimal, HUNDRED, ZERO } from '../../model/decimal.js';
import { formatNumber, formatPercent, type Lang } from '../../i18n/format.js';
import { t } from '../../i18n/index.js';
import type { BlockId } from '../../criteria/types.js';

export interface FileCheck {
  /** Display name: the path as given or found, or `<stdin>`. */
  file: string;
  state: 'checked' | 'invalid' | 'unreadable';
  /** The judgement, when the project is valid. */
  result?: CheckResult;
  /** Validation problems of an invalid or unreadable file. */
  diagnostics: Diagnostic[];
  /** 0 ready, 1 check failed, 2 invalid or unreadable (referential.md). */
  exitCode: 0 | 1 | 2;
  /** The config file the file was judged with (as shown to the user), null for the defaults; absent when it was not judged. */
  config?: string | null;
}

export interface CheckReport {
  files: FileCheck[];
  /** Version of ecomplan (SARIF, JUnit). */
  version: string;
}

interface FormatOptions {
  lang: Lang;
  color: boolean;
  /** CSV field separator; default: `;` in French (with decimal commas, as French spreadsheets read it), `,` in English. */
  csvSeparator?: string;
}

export type CheckFormatter = (report: CheckReport, opts: FormatOptions) => string;

export const STATUS_MARK: Record<CriterionResult['status'], string> = { pass: '✔', partial: '◐', fail: '✖', ignored: '–' };

export function title(id: string, lang: Lang): string {
  return criterion(id)?.title[lang] ?? id;
}

export function blockTitle(block: BlockId, lang: Lang): string {
  return BLOCKS[block][lang];
}

/** A score as people read it: `85,2 %` / `85.2%`. */
export function percent(value: Decimal, lang: Lang): string {
  return formatPercent(value, lang, 1);
}

/** A score as people read it, « n/a » when no criterion was judged. */
export function scorePercent(s: Score, lang: Lang): string {
  return s.total ? percent(s.value, lang) : t(lang, 'check.score_na');
}

/** The score sentence of a file: `Score : 85,2 % (…)`, or « n/a » when every criterion is ignored. */
export function scoreSentence(s: Score, lang: Lang): string {
  return s.total ? t(lang, 'check.score', { score: percentNumber(s.value, lang), pass: s.pass, partial: s.partial, fail: s.fail, total: s.total }) : t(lang, 'check.score_none');
}

/** A score for machines: `85.2`, or null when no criterion was judged. */
export function scorePlain(s: Score): string | null {
  return s.total ? percentPlain(s.value) : null;
}

/** The config a file was judged with, as one line: `Configuration : classe/.ecomplanrc.yaml`. */
export function configSentence(config: string | null | undefined, lang: Lang): string {
  return config ? t(lang, 'check.config_used', { file: config }) : t(lang, 'check.config_defaults');
}

/** The configs of a batch with how many judged files each judged, in order of first use. */
export function configsOf(report: CheckReport): Array<{ config: string | null; count: number }> {
  const counts = new Map<string | null, number>();
  for (const f of report.files) if (f.result) counts.set(f.config ?? null, (counts.get(f.config ?? null) ?? 0) + 1);
  return [...counts].map(([config, count]) => ({ config, count }));
}

/** A score as a number of percent, for messages that write the `%` themselves: `85,2` / `85.2`. */
export function percentNumber(value: Decimal, lang: Lang): string {
  return formatNumber(value.times(HUNDRED), lang, 1);
}

/** A score for machines: `85.2` (percent, one decimal, half-up). */
export function percentPlain(value: Decimal): string {
  return value.times(HUNDRED).toDecimalPlaces(1, Decimal.ROUND_HALF_UP).toFixed(1);
}

interface Missed {
  id: string;
  fail: number;
  partial: number;
}

export interface ClassSummary {
  files: number;
  checked: number;
  ok: number;
  /** Mean overall score of the checked files with a score (0 when none; a file with nothing judged has none). */
  average: Decimal;
  /** Criteria not passed by at least one candidate, most missed first. */
  missed: Missed[];
  /** Files that could not be judged (invalid or unreadable), each with its first error. */
  broken: BrokenFile[];
}

export interface BrokenFile {
  file: string;
  state: 'invalid' | 'unreadable';
  /** The first error (else the first problem): `line:column message`. */
  line: number;
  column: number;
  message: string;
}

/** A file that could not be judged, with the first error a trainer should look at. */
export function brokenFile(f: FileCheck): BrokenFile {
  const d = f.diagnostics.find((x) => x.severity === 'error') ?? f.diagnostics[0];
  return {
    file: f.file,
    state: f.state === 'unreadable' ? 'unreadable' : 'invalid',
    line: d?.line ?? 1,
    column: d?.column ?? 1,
    message: d?.message ?? '',
  };
}

/** Which criteria most candidates miss: fails first, then partials, then the referential's order. */
export function classSummary(report: CheckReport): ClassSummary {
  const checked = report.files.filter((f) => f.result);
  const missed: Missed[] = CRITERIA.map((c) => {
    let fail = 0;
    let partial = 0;
    for (const f of checked) {
      const r = f.result!.criteria.find((x) => x.id === c.id);
      if (r?.status === 'fail') fail++;
      else if (r?.status === 'partial') partial++;
    }
    return { id: c.id, fail, partial };
  }).filter((m) => m.fail + m.partial > 0);
  const order = CRITERIA.map((c) => c.id);
  missed.sort((a, b) => b.fail - a.fail || b.partial - a.partial || order.indexOf(a.id) - order.indexOf(b.id));
  const scored = checked.filter((f) => f.result!.score.overall.total > 0);
  const total = scored.reduce((acc, f) => acc.plus(f.result!.score.overall.value), ZERO);
  return {
    files: report.files.length,
    checked: checked.length,
    ok: checked.filter((f) => f.exitCode === 0).length,
    average: scored.length ? total.div(scored.length) : ZERO,
    missed,
    broken: report.files.filter((f) => !f.result).map(brokenFile),
  };
}

/** The worst exit code of the batch: 2 (unreadable or invalid) > 1 (check failed) > 0. */
export function exitCodeOf(report: CheckReport): 0 | 1 | 2 {
  return report.files.reduce<0 | 1 | 2>((acc, f) => Math.max(f.exitCode, acc) as 0 | 1 | 2, 0);
}
