/**
 * `ecomplan legal`: the four drafts (mentions légales, CGV, privacy notice, RGPD
 * register) in Markdown and HTML, plus the register as CSV. Pure: returns the files
 * and the warnings; the command writes them.
 */
import { problem, type Problem } from '../../diagnostics/problem.js';
import type { SourceMap } from '../../io/yaml.js';
import { tCode, type Lang } from '../../i18n/index.js';
import type { ProjectFile } from '../../model/schema.js';
import { toCsv } from '../escape.js';
import { fieldText } from '../field.js';
import { createRenderer } from '../handlebars.js';
import { LEGAL_DOCS, clausesIn, mandatoryClauses, type LegalDoc } from './clauses.js';
import { buildLegalViews, legalDocName, type LegalViews } from './view.js';

/** Output file names (without extension), in the language of the drafts. */
const LEGAL_FILE_NAMES: Record<Lang, Record<LegalDoc, string>> = {
  fr: { mentions: 'mentions-legales', cgv: 'cgv', privacy: 'confidentialite', register: 'registre-rgpd' },
  en: { mentions: 'legal-notice', cgv: 'terms-of-sale', privacy: 'privacy-policy', register: 'gdpr-register' },
};

export interface OutputFile {
  /** File name relative to the output folder. */
  name: string;
  content: string;
}

export interface LegalResult {
  /** md + html of each draft, and the register's csv, in a fixed order. */
  files: OutputFile[];
  /** The Markdown of all drafts, for stdout. */
  markdown: string;
  /** Placeholders and other warnings, located in the project file. */
  problems: Problem[];
}

/** The register as a spreadsheet: one row per processing. `;` in French (Excel FR), `,` in English. */
function registerCsv(view: LegalViews['register'], lang: Lang): string {
  const header = ['purpose', 'basis', 'persons', 'data', 'recipients', 'transfers', 'retention', 'security'].map((k) => tCode(lang, `legal.csv.${k}`));
  const rows = view.processings.map((pr) => [
    fieldText(pr.purpose),
    pr.basis,
    fieldText(pr.persons),
    fieldText(pr.data),
    fieldText(pr.recipients),
    fieldText(pr.transfers),
    fieldText(pr.retention),
    fieldText(pr.security),
  ]);
  return `\uFEFF${toCsv([header, ...rows], lang === 'fr' ? ';' : ',')}`;
}

export function renderLegal(project: ProjectFile, map: SourceMap, lang: Lang, opts: { templatesDir?: string } = {}): LegalResult {
  const { views, missing } = buildLegalViews(project, map, lang);
  const md = createRenderer({ format: 'md', lang, currency: project.currency, templatesDir: opts.templatesDir });
  const html = createRenderer({ format: 'html', lang, currency: project.currency, templatesDir: opts.templatesDir });
  const files: OutputFile[] = [];
  const markdowns: string[] = [];
  const absent: Problem[] = [];
  for (const doc of LEGAL_DOCS) {
    const view = views[doc];
    const name = `legal/${lang}/${doc}`;
    const mdText = md.render(name, view);
    const body = html.render(name, view);
    const htmlText = html.render('legal/layout', { ...view, body: html.safe(body) });
    const base = LEGAL_FILE_NAMES[lang][doc];
    files.push({ name: `${base}.md`, content: mdText }, { name: `${base}.html`, content: htmlText });
    if (doc === 'register') files.push({ name: `${base}.csv`, content: registerCsv(views.register, lang) });
    markdowns.push(mdText);
    // A custom template (--templates) may drop a clause the law requires: say so.
    const inMd = clausesIn(mdText);
    const inHtml = clausesIn(htmlText);
    for (const c of mandatoryClauses(project, doc))
      if (!inMd.has(c.id) || !inHtml.has(c.id))
        absent.push(problem('legal.clause_absent', 'warning', '', { line: 1, column: 1 }, { clause: c.id, document: legalDocName(doc, lang), source: c.source }));
  }
  return {
    files,
    markdown: markdowns.join('\n---\n\n'),
    problems: [...missing.problems((d) => legalDocName(d, lang)), ...absent],
  };
}
