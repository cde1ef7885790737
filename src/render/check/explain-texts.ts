/** `check --explain`: the texts a criterion reads as evidence, and the minimum each needs (issue 25). */
import { DEFAULT_THRESHOLDS } from '../../criteria/config.js';
import { minWords } from '../../criteria/evidence.js';
import { EVIDENCE_TEXTS } from '../../criteria/evidence-table.js';
import type { Thresholds } from '../../criteria/types.js';
import { t, type Lang } from '../../i18n/index.js';

export const hasTexts = (id: string): boolean => (EVIDENCE_TEXTS[id] ?? []).length > 0;

/** One line per text: path, kind, minimum words, figure, what a jury expects. */
export function evidenceLines(id: string, lang: Lang, th: Thresholds = DEFAULT_THRESHOLDS): string[] {
  const specs = EVIDENCE_TEXTS[id] ?? [];
  if (specs.length === 0) return [t(lang, 'check.explain.no_texts')];
  return specs.map((s) => {
    const extra = [s.figure ? t(lang, 'check.explain.figure') : '', s.distinct ? t(lang, 'check.explain.distinct') : '', s.support ? t(lang, 'check.explain.support') : ''].join('');
    const data = { at: s.at, kind: s.kind, min: minWords(s.kind, th), extra, expects: s.expects };
    return s.kind === 'field' ? t(lang, 'check.explain.text_field', data) : t(lang, 'check.explain.text_line', data);
  });
}

/** The same, as data (`--explain --format json`). */
export function evidenceJson(id: string, th: Thresholds = DEFAULT_THRESHOLDS) {
  return (EVIDENCE_TEXTS[id] ?? []).map((s) => ({
    at: s.at,
    kind: s.kind,
    min_words: minWords(s.kind, th),
    figure: s.figure ?? false,
    distinct: s.distinct ?? false,
    support: s.support ?? false,
    expects: { fr: t('fr', 'check.explain.expects', { expects: s.expects }), en: t('en', 'check.explain.expects', { expects: s.expects }) },
  }));
}
