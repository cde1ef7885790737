/**
 * The terminal output: for one file, a checklist grouped by block (✔ / ◐ / ✖), each
 * gap with what to add and `file:line:col` (terminals make it a link), then the
 * coherence findings, then the score; for many files, one row per file and the
 * class summary.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import { BLOCK_IDS } from '../../criteria/types.js';
import { t, tCode, type Lang } from '../../i18n/index.js';
import { visible } from '../../i18n/visible.js';
import {
  blockTitle,
  classSummary,
  configSentence,
  configsOf,
  percent,
  percentNumber,
  scorePercent,
  scoreSentence,
  STATUS_MARK,
  title,
  type CheckFormatter,
  type CheckReport,
  type FileCheck,
} from './model.js';

const SEVERITY_WORD: Record<Lang, Record<'error' | 'warning' | 'info', string>> = {
  fr: { error: 'erreur', warning: 'attention', info: 'info' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};

function colorOf(c: ChalkInstance, status: string): (s: string) => string {
  if (status === 'pass') return c.green;
  if (status === 'partial') return c.yellow;
  if (status === 'fail') return c.red;
  return c.dim;
}

function diagnosticLines(f: FileCheck, lang: Lang, c: ChalkInstance): string[] {
  const lines: string[] = [];
  for (const d of f.diagnostics) {
    const sev = SEVERITY_WORD[lang][d.severity];
    lines.push(`${c.bold(`${visible(f.file)}:${d.line}:${d.column}`)}  ${d.severity === 'error' ? c.red(sev) : c.yellow(sev)}  ${d.message}${d.path ? `  ${c.dim(`(${visible(d.path)})`)}` : ''}`);
    if (d.hint) lines.push(`    ${c.dim(`↳ ${d.hint}`)}`);
  }
  return lines;
}

function checklist(f: FileCheck, lang: Lang, c: ChalkInstance): string[] {
  const r = f.result!;
  const lines: string[] = [c.bold(t(lang, 'check.title', { file: f.file })), c.dim(configSentence(f.config, lang)), ''];
  for (const block of BLOCK_IDS) {
    const score = r.score.blocks[block];
    lines.push(`${c.bold(`${block}  ${blockTitle(block, lang)}`)}  ${c.dim(score.total ? percent(score.value, lang) : '–')}`);
    for (const res of r.criteria.filter((x) => x.block === block)) {
      const paint = colorOf(c, res.status);
      const head = `  ${paint(STATUS_MARK[res.status])} ${c.bold(res.id)}  ${title(res.id, lang)}`;
      if (res.status === 'pass' || res.status === 'ignored') {
        lines.push(`${head}  ${c.dim(`— ${tCode(lang, res.messageId, res.data)}`)}`);
        continue;
      }
      lines.push(head);
      for (const g of res.gaps) lines.push(`      ${paint('↳')} ${tCode(lang, g.id, g.data)}  ${c.dim(`${visible(f.file)}:${g.line}:${g.column}`)}`);
    }
    lines.push('');
  }
  lines.push(c.bold(t(lang, 'check.findings')));
  if (r.findings.length === 0) lines.push(`  ${c.dim(t(lang, 'check.no_findings'))}`);
  for (const x of r.findings) {
    const sev = SEVERITY_WORD[lang][x.severity];
    const sevC = x.severity === 'error' ? c.red(sev) : x.severity === 'warning' ? c.yellow(sev) : c.blue(sev);
    lines.push(`  ${c.bold(`${visible(f.file)}:${x.line}:${x.column}`)}  ${sevC}  ${tCode(lang, x.code, x.data)}${x.path ? `  ${c.dim(`(${visible(x.path)})`)}` : ''}`);
  }
  const o = r.score.overall;
  lines.push('', c.bold(scoreSentence(o, lang)));
  if (f.exitCode === 0) lines.push(c.green(t(lang, 'check.verdict_ok')));
  else if (r.minScore !== undefined && o.total === 0) lines.push(c.red(t(lang, 'check.verdict_none', { min: percentNumber(r.minScore, lang) })));
  else if (r.minScore !== undefined && o.value.lt(r.minScore)) lines.push(c.red(t(lang, 'check.verdict_min_score', { min: percentNumber(r.minScore, lang) })));
  else lines.push(c.red(t(lang, 'check.verdict_fail')));
  return lines;
}

const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - [...s].length));

function rowState(f: FileCheck, lang: Lang): string {
  if (f.state === 'unreadable') return t(lang, 'check.unreadable_file', { message: f.diagnostics[0]?.message ?? '' });
  if (f.state === 'invalid') return t(lang, 'check.invalid_file', { errors: f.diagnostics.filter((d) => d.severity === 'error').length, file: f.file });
  return f.exitCode === 0 ? '✔' : '✖';
}

function batch(report: CheckReport, lang: Lang, c: ChalkInstance): string[] {
  const width = Math.max(t(lang, 'check.col.file').length, ...report.files.map((f) => [...visible(f.file)].length)) + 2;
  const col = 9;
  const header =
    pad(t(lang, 'check.col.file'), width) + pad(t(lang, 'check.col.score'), col) + BLOCK_IDS.map((b) => pad(b, col)).join('') + pad(t(lang, 'check.col.findings'), col) + t(lang, 'check.col.status');
  const lines = [c.bold(header)];
  for (const f of report.files) {
    const r = f.result;
    const cells = r
      ? pad(scorePercent(r.score.overall, lang), col) +
        BLOCK_IDS.map((b) => pad(r.score.blocks[b].total ? percent(r.score.blocks[b].value, lang) : '–', col)).join('') +
        pad(String(r.findings.filter((x) => x.severity === 'error').length), col)
      : pad('–', col) + BLOCK_IDS.map(() => pad('', col)).join('') + pad('', col);
    const state = rowState(f, lang);
    lines.push(pad(visible(f.file), width) + cells + (f.exitCode === 0 ? c.green(state) : c.red(state)));
  }
  const s = classSummary(report);
  lines.push('', c.bold(t(lang, 'check.class_summary', { files: s.files, checked: s.checked, ok: s.ok, score: percentNumber(s.average, lang) })));
  if (s.broken.length) {
    lines.push(c.red(t(lang, 'check.class_invalid', { count: s.broken.length })));
    for (const b of s.broken) lines.push(`  ${t(lang, 'check.class_invalid_row', { file: b.file, line: b.line, column: b.column, message: b.message })}`);
  }
  for (const x of configsOf(report)) lines.push(c.dim(t(lang, 'check.config_files', { config: configSentence(x.config, lang), count: x.count })));
  if (s.missed.length === 0) lines.push(`  ${t(lang, 'check.none_missed')}`);
  else {
    lines.push(t(lang, 'check.most_missed'));
    for (const m of s.missed.slice(0, 10))
      lines.push(
        `  ${t(lang, 'check.missed_row', { id: m.id, title: title(m.id, lang), count: m.fail + m.partial, checked: s.checked })}  ${c.dim(`(${STATUS_MARK.fail} ${m.fail}, ${STATUS_MARK.partial} ${m.partial})`)}`,
      );
  }
  return lines;
}

export const stylish: CheckFormatter = (report, { lang, color }) => {
  const c = new Chalk({ level: color ? 1 : 0 });
  const only = report.files.length === 1 ? report.files[0] : undefined;
  let lines: string[];
  if (only) lines = only.result ? checklist(only, lang, c) : [...diagnosticLines(only, lang, c), '', c.red(rowState(only, lang))];
  else {
    lines = batch(report, lang, c);
    const broken = report.files.filter((f) => !f.result);
    if (broken.length) lines.push('', ...broken.flatMap((f) => diagnosticLines(f, lang, c)));
  }
  return `${lines.join('\n')}\n`;
};
