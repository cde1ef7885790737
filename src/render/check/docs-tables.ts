/**
 * Tables of the documentation generated from the registries (README.md and
 * docs/check.md hold them between markers; a test fails when they drift):
 * the criteria, and the default thresholds a config file may change.
 */
import { CRITERIA } from '../../criteria/index.js';
import { DEFAULT_THRESHOLDS, THRESHOLD_DOCS, THRESHOLD_KEYS } from '../../criteria/config.js';
import { isDecimal } from '../../model/decimal.js';
import { EVIDENCE_TEXTS } from '../../criteria/evidence-table.js';
import { minWords } from '../../criteria/evidence.js';
import { t } from '../../i18n/index.js';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\u00A0|\u202F/g, ' ');

function criteriaTable(): string {
  const rows = CRITERIA.map((c) => `| ${c.id} | ${cell(c.title.fr)} | ${cell(c.title.en)} | ${cell(c.passes.en)} | ${c.reads.map((r) => `\`${r}\``).join(', ')} |`);
  return ['| ID | Critère (jury) | Criterion | What passes | Reads |', '|---|---|---|---|---|', ...rows].join('\n');
}

function thresholdsTable(): string {
  const rows = (Object.keys(THRESHOLD_KEYS) as Array<keyof typeof THRESHOLD_KEYS>).map((key) => {
    const v = DEFAULT_THRESHOLDS[THRESHOLD_KEYS[key]];
    const shown = isDecimal(v) ? `${v.times(100).toString()}%` : String(v);
    return `| \`${key}\` | ${shown} | ${THRESHOLD_DOCS[key].criterion} | ${cell(THRESHOLD_DOCS[key].en)} |`;
  });
  return ['| key | default | criteria | meaning |', '|---|---|---|---|', ...rows].join('\n');
}

/** The texts each criterion reads as evidence (evidence-table.ts), beside the referential's words they come from. */
function evidenceTable(): string {
  const rows = CRITERIA.filter((c) => (EVIDENCE_TEXTS[c.id] ?? []).length > 0).map((c) => {
    const texts = (EVIDENCE_TEXTS[c.id] ?? []).map((s) => {
      const min = s.kind === 'field' ? 'no placeholder' : `≥ ${minWords(s.kind, DEFAULT_THRESHOLDS)} word(s)`;
      const marks = [s.figure ? 'a figure' : '', s.distinct ? 'all different' : '', s.support ? 'support' : ''].filter(Boolean);
      return `\`${s.at}\` (${s.kind}, ${min}${marks.length ? `, ${marks.join(', ')}` : ''}): ${cell(t('en', 'check.explain.expects', { expects: s.expects }))}`;
    });
    return `| ${c.id} | « ${cell(c.jury.fr)} » | ${texts.join('<br>')} |`;
  });
  return ['| ID | The referential’s words | Texts read as evidence (kind, minimum): what a jury expects |', '|---|---|---|', ...rows].join('\n');
}

/** The generated blocks, by marker name (`<!-- criteria:start -->` … `<!-- criteria:end -->`). */
export const GENERATED: Record<string, () => string> = { criteria: criteriaTable, thresholds: thresholdsTable, evidence: evidenceTable };

/** The blocks each page holds: the README has no evidence table (docs/check.md has it). */
export const GENERATED_IN: Record<string, readonly string[]> = {
  'README.md': ['criteria', 'thresholds'],
  'docs/check.md': ['criteria', 'thresholds', 'evidence'],
};

/** `text` with every generated block brought up to date. */
export function updateGenerated(text: string): string {
  let out = text;
  for (const [name, make] of Object.entries(GENERATED)) {
    const re = new RegExp(`(<!-- ${name}:start -->)[\\s\\S]*?(<!-- ${name}:end -->)`, 'g');
    out = out.replace(re, (_m, start: string, end: string) => `${start}\n${make()}\n${end}`);
  }
  return out;
}
