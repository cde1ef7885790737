/**
 * Tables of the documentation generated from the registries (README.md,
 * docs/check.md and docs/en/check.md hold them between markers; a test fails when
 * they drift): the criteria, and the default thresholds a config file may change.
 * French pages get French tables (with French typography), English pages English ones.
 */
import { CRITERIA } from '../../criteria/index.js';
import { DEFAULT_THRESHOLDS, THRESHOLD_DOCS, THRESHOLD_KEYS } from '../../criteria/config.js';
import { isDecimal } from '../../model/decimal.js';
import type { Lang } from '../../i18n/format.js';
import { frenchTypography } from '../../i18n/typography.js';
import { EVIDENCE_TEXTS } from '../../criteria/evidence-table.js';
import { minWords } from '../../criteria/evidence.js';
import { t } from '../../i18n/index.js';

const escapePipes = (s: string) => s.replace(/\|/g, '\\|');
/** A cell: French keeps (or gets) its no-break spaces; English ones are plain, as before. */
const cell = (lang: Lang, s: string) => escapePipes(lang === 'fr' ? frenchTypography(s) : s.replace(/\u00A0|\u202F/g, ' '));
const reads = (keys: readonly string[]) => keys.map((r) => `\`${r}\``).join(', ');

function criteriaTable(lang: Lang): string {
  if (lang === 'fr') {
    const rows = CRITERIA.map((c) => `| ${c.id} | ${cell('fr', c.title.fr)} | ${cell('fr', c.passes.fr)} | ${reads(c.reads)} |`);
    return ['| ID | Critère (jury) | Pour le valider | Clés lues |', '|---|---|---|---|', ...rows].join('\n');
  }
  const rows = CRITERIA.map((c) => `| ${c.id} | ${cell('en', c.title.fr)} | ${cell('en', c.title.en)} | ${cell('en', c.passes.en)} | ${reads(c.reads)} |`);
  return ['| ID | Critère (jury) | Criterion | What passes | Reads |', '|---|---|---|---|---|', ...rows].join('\n');
}

function thresholdsTable(lang: Lang): string {
  const rows = (Object.keys(THRESHOLD_KEYS) as Array<keyof typeof THRESHOLD_KEYS>).map((key) => {
    const v = DEFAULT_THRESHOLDS[THRESHOLD_KEYS[key]];
    const shown = isDecimal(v) ? `${v.times(100).toString()}%` : String(v);
    return `| \`${key}\` | ${shown} | ${THRESHOLD_DOCS[key].criterion} | ${cell(lang, THRESHOLD_DOCS[key][lang])} |`;
  });
  const head = lang === 'fr' ? '| clé | par défaut | critères | signification |' : '| key | default | criteria | meaning |';
  return [head, '|---|---|---|---|', ...rows].join('\n');
}

/** French names of the kinds of text, as `check --explain` prints them (evidence.kind.* without the field's gloss). */
const KIND_FR: Record<string, string> = { description: 'description', statement: 'énoncé', item: 'élément', field: 'mention' };

/** The texts each criterion reads as evidence (evidence-table.ts), beside the referential's words they come from. */
function evidenceTable(lang: Lang): string {
  const fr = lang === 'fr';
  const rows = CRITERIA.filter((c) => (EVIDENCE_TEXTS[c.id] ?? []).length > 0).map((c) => {
    const texts = (EVIDENCE_TEXTS[c.id] ?? []).map((s) => {
      const n = minWords(s.kind, DEFAULT_THRESHOLDS);
      const min = s.kind === 'field' ? (fr ? 'pas de texte provisoire' : 'no placeholder') : fr ? `≥ ${n} mot(s)` : `≥ ${n} word(s)`;
      const marks = fr
        ? [s.figure ? 'un chiffre' : '', s.distinct ? 'tous différents' : '', s.support ? 'appui' : '']
        : [s.figure ? 'a figure' : '', s.distinct ? 'all different' : '', s.support ? 'support' : ''];
      const shown = marks.filter(Boolean);
      const sep = fr ? cell('fr', ' : ') : ': ';
      return `\`${s.at}\` (${fr ? KIND_FR[s.kind] : s.kind}, ${min}${shown.length ? `, ${shown.join(', ')}` : ''})${sep}${cell(lang, t(lang, 'check.explain.expects', { expects: s.expects }))}`;
    });
    return `| ${c.id} | ${cell(lang, `« ${c.jury.fr} »`)} | ${texts.join('<br>')} |`;
  });
  const head = fr
    ? `| ID | Les mots du référentiel | ${cell('fr', 'Textes lus comme preuves (nature, minimum) : ce qu’attend un jury')} |`
    : '| ID | The referential’s words | Texts read as evidence (kind, minimum): what a jury expects |';
  return [head, '|---|---|---|', ...rows].join('\n');
}

/** The generated blocks, by marker name (`<!-- criteria:start -->` … `<!-- criteria:end -->`), in the page's language. */
export const GENERATED: Record<string, (lang: Lang) => string> = { criteria: criteriaTable, thresholds: thresholdsTable, evidence: evidenceTable };

/** The blocks each page holds: the READMEs have no evidence table (the check pages have it). */
export const GENERATED_IN: Record<string, readonly string[]> = {
  'README.md': ['criteria', 'thresholds'],
  'docs/check.md': ['criteria', 'thresholds', 'evidence'],
  'docs/en/README.md': ['criteria', 'thresholds'],
  'docs/en/check.md': ['criteria', 'thresholds', 'evidence'],
};

/** `text` (a page in `lang`) with every generated block brought up to date. */
export function updateGenerated(text: string, lang: Lang): string {
  let out = text;
  for (const [name, make] of Object.entries(GENERATED)) {
    const re = new RegExp(`(<!-- ${name}:start -->)[\\s\\S]*?(<!-- ${name}:end -->)`, 'g');
    out = out.replace(re, (_m, start: string, end: string) => `${start}\n${make(lang)}\n${end}`);
  }
  return out;
}
