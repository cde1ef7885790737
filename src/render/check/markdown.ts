/**
 * Markdown: for one file, a checklist table per block and the findings (for a pull
 * request comment or a trainer's notes); for many files, the class table and summary.
 */
import { BLOCK_IDS } from '../../criteria/types.js';
import { t, type Lang } from '../../i18n/index.js';
import { escapeMarkdown } from '../escape.js';
import { checklistView } from './checklist.js';
import { classSummary, configSentence, configsOf, percent, percentNumber, scorePercent, STATUS_MARK, title, type CheckFormatter, type FileCheck } from './model.js';

/** Text inside a Markdown table cell or list item: messages quote user text, escaped like every Markdown output. */
const cell = (s: string) => escapeMarkdown(s);

function fileMd(f: FileCheck, lang: Lang): string[] {
  const out = [`## ${cell(t(lang, 'check.title', { file: f.file }))}`, ''];
  if (!f.result) {
    for (const d of f.diagnostics) out.push(`- \`${f.file}:${d.line}:${d.column}\` ${cell(d.message)}${d.path ? ` (\`${d.path}\`)` : ''}`);
    return out;
  }
  const v = checklistView(f.result, lang);
  for (const b of v.blocks) {
    out.push(`### ${b.block} — ${b.title} (${b.score})`, '');
    out.push(`| | ${t(lang, 'check.col.criterion')} | ${t(lang, 'check.col.result')} | ${t(lang, 'check.col.where')} |`, '|---|---|---|---|');
    for (const x of b.rows) out.push(`| ${x.mark} | **${x.id}** ${cell(x.title)} | ${x.texts.map(cell).join('<br>')} | ${x.where.map((w) => `${w.line}:${w.column}`).join(', ')} |`);
    out.push('');
  }
  out.push(`### ${t(lang, 'check.findings')}`, '');
  if (v.findings.length === 0) out.push(t(lang, 'check.no_findings'));
  for (const x of v.findings) out.push(`- **${x.severity}** \`${f.file}:${x.line}:${x.column}\` ${cell(x.message)}`);
  out.push('', `**${v.score}**`, '', cell(configSentence(f.config, lang)));
  return out;
}

export const markdown: CheckFormatter = (report, { lang }) => {
  if (report.files.length === 1) return `${fileMd(report.files[0]!, lang).join('\n')}\n`;
  const out = [
    `| ${t(lang, 'check.col.file')} | ${t(lang, 'check.col.score')} | ${BLOCK_IDS.join(' | ')} | ${t(lang, 'check.col.findings')} | ${t(lang, 'check.col.status')} |`,
    `|---|---|${BLOCK_IDS.map(() => '---|').join('')}---|---|`,
  ];
  for (const f of report.files) {
    const r = f.result;
    const state = t(lang, `check.status.${f.state === 'checked' ? (f.exitCode === 0 ? 'pass' : 'fail') : f.state}`);
    if (!r) out.push(`| ${cell(f.file)} | – |${BLOCK_IDS.map(() => ' |').join('')} ${f.diagnostics.filter((d) => d.severity === 'error').length} | ${state} |`);
    else
      out.push(
        `| ${cell(f.file)} | ${scorePercent(r.score.overall, lang)} | ${BLOCK_IDS.map((b) => (r.score.blocks[b].total ? percent(r.score.blocks[b].value, lang) : '–')).join(' | ')} | ${r.findings.filter((x) => x.severity === 'error').length} | ${state} |`,
      );
  }
  const s = classSummary(report);
  out.push('', `**${t(lang, 'check.class_summary', { files: s.files, checked: s.checked, ok: s.ok, score: percentNumber(s.average, lang) })}**`, '');
  for (const c of configsOf(report)) out.push(`- ${cell(t(lang, 'check.config_files', { config: configSentence(c.config, lang), count: c.count }))}`);
  if (configsOf(report).length) out.push('');
  if (s.broken.length) {
    out.push(t(lang, 'check.class_invalid', { count: s.broken.length }), '');
    for (const b of s.broken) out.push(`- \`${b.file}:${b.line}:${b.column}\` ${cell(b.message)}`);
    out.push('');
  }
  if (s.missed.length === 0) out.push(t(lang, 'check.none_missed'));
  else {
    out.push(t(lang, 'check.most_missed'), '');
    for (const m of s.missed)
      out.push(
        `- ${cell(t(lang, 'check.missed_row', { id: m.id, title: title(m.id, lang), count: m.fail + m.partial, checked: s.checked }))} (${STATUS_MARK.fail} ${m.fail}, ${STATUS_MARK.partial} ${m.partial})`,
      );
  }
  return `${out.join('\n')}\n`;
};
