/**
 * Markdown: for one file, a checklist table per block and the findings (for a pull
 * request comment or a trainer's notes); for many files, the class table and summary.
 */
import { BLOCK_IDS } from '../../criteria/types.js';
import { t, type Lang } from '../../i18n/index.js';
import { escapeMarkdown } from '../escape.js';
import { blockTitle, classSummary, percent, percentNumber, STATUS_MARK, title, type CheckFormatter, type FileCheck } from './model.js';

/** Text inside a Markdown table cell or list item: messages quote user text, escaped like every Markdown output. */
const cell = (s: string) => escapeMarkdown(s);

function fileMd(f: FileCheck, lang: Lang): string[] {
  const out = [`## ${cell(t(lang, 'check.title', { file: f.file }))}`, ''];
  if (!f.result) {
    for (const d of f.diagnostics) out.push(`- \`${f.file}:${d.line}:${d.column}\` ${cell(d.message)}${d.path ? ` (\`${d.path}\`)` : ''}`);
    return out;
  }
  const r = f.result;
  for (const block of BLOCK_IDS) {
    const s = r.score.blocks[block];
    out.push(`### ${block} — ${blockTitle(block, lang)} (${s.total ? percent(s.value, lang) : '–'})`, '');
    out.push(`| | ${t(lang, 'check.col.criterion')} | ${t(lang, 'check.col.result')} | ${t(lang, 'check.col.where')} |`, '|---|---|---|---|');
    for (const x of r.criteria.filter((c) => c.block === block)) {
      const texts = x.status === 'pass' || x.status === 'ignored' ? [t(lang, x.messageId, x.data)] : x.gaps.map((g) => t(lang, g.id, g.data));
      const where = x.status === 'pass' || x.status === 'ignored' ? `${x.line}:${x.column}` : x.gaps.map((g) => `${g.line}:${g.column}`).join(', ');
      out.push(`| ${STATUS_MARK[x.status]} | **${x.id}** ${cell(title(x.id, lang))} | ${texts.map(cell).join('<br>')} | ${where} |`);
    }
    out.push('');
  }
  out.push(`### ${t(lang, 'check.findings')}`, '');
  if (r.findings.length === 0) out.push(t(lang, 'check.no_findings'));
  for (const x of r.findings) out.push(`- **${x.severity}** \`${f.file}:${x.line}:${x.column}\` ${cell(t(lang, x.code, x.data))}`);
  const o = r.score.overall;
  out.push('', `**${t(lang, 'check.score', { score: percentNumber(o.value, lang), pass: o.pass, partial: o.partial, fail: o.fail, total: o.total })}**`);
  return out;
}

export const markdown: CheckFormatter = (report, { lang }) => {
  if (report.files.length === 1) return `${fileMd(report.files[0]!, lang).join('\n')}\n`;
  const out = [`| ${t(lang, 'check.col.file')} | ${t(lang, 'check.col.score')} | ${BLOCK_IDS.join(' | ')} | ${t(lang, 'check.col.findings')} | ${t(lang, 'check.col.status')} |`, `|---|---|${BLOCK_IDS.map(() => '---|').join('')}---|---|`];
  for (const f of report.files) {
    const r = f.result;
    const state = t(lang, `check.status.${f.state === 'checked' ? (f.exitCode === 0 ? 'pass' : 'fail') : f.state}`);
    if (!r) out.push(`| ${cell(f.file)} | – |${BLOCK_IDS.map(() => ' |').join('')} ${f.diagnostics.filter((d) => d.severity === 'error').length} | ${state} |`);
    else out.push(`| ${cell(f.file)} | ${percent(r.score.overall.value, lang)} | ${BLOCK_IDS.map((b) => (r.score.blocks[b].total ? percent(r.score.blocks[b].value, lang) : '–')).join(' | ')} | ${r.findings.filter((x) => x.severity === 'error').length} | ${state} |`);
  }
  const s = classSummary(report);
  out.push('', `**${t(lang, 'check.class_summary', { files: s.files, checked: s.checked, ok: s.ok, score: percentNumber(s.average, lang) })}**`, '');
  if (s.missed.length === 0) out.push(t(lang, 'check.none_missed'));
  else {
    out.push(t(lang, 'check.most_missed'), '');
    for (const m of s.missed) out.push(`- ${cell(t(lang, 'check.missed_row', { id: m.id, title: title(m.id, lang), count: m.fail + m.partial, checked: s.checked }))} (${STATUS_MARK.fail} ${m.fail}, ${STATUS_MARK.partial} ${m.partial})`);
  }
  return `${out.join('\n')}\n`;
};
