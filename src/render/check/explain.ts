/** `ecomplan check --explain C2.4`: the jury's words, what passes, the keys read and a minimal YAML snippet. */
import { BLOCKS } from '../../criteria/index.js';
import type { CriterionDefinition } from '../../criteria/types.js';
import { t, type Lang } from '../../i18n/index.js';
import { evidenceJson, evidenceLines, hasTexts } from './explain-texts.js';

const indent = (s: string, by = '  ') =>
  s
    .replace(/\n$/, '')
    .split('\n')
    .map((l) => (l ? by + l : l))
    .join('\n');

export function explainText(def: CriterionDefinition, lang: Lang): string {
  return [
    `${def.id} — ${def.title[lang]}`,
    `${def.block} — ${BLOCKS[def.block][lang]}`,
    '',
    t(lang, 'check.explain.jury'),
    indent(lang === 'fr' ? `« ${def.jury.fr} »` : `“${def.jury.en}”`),
    '',
    t(lang, 'check.explain.passes'),
    indent(def.passes[lang]),
    '',
    t(lang, 'check.explain.reads'),
    indent(def.reads.join(', ')),
    '',
    t(lang, 'check.explain.texts'),
    ...evidenceLines(def.id, lang).map((l) => indent(`- ${l}`)),
    ...(hasTexts(def.id) ? [indent(t(lang, 'check.explain.texts_note'))] : []),
    '',
    t(lang, 'check.explain.example'),
    indent(def.example),
    '',
  ].join('\n');
}

export function explainMarkdown(def: CriterionDefinition, lang: Lang): string {
  const colon = lang === 'fr' ? '\u00A0: ' : ': ';
  return [
    `## ${def.id} — ${def.title[lang]}`,
    '',
    `*${def.block} — ${BLOCKS[def.block][lang]}*`,
    '',
    `**${t(lang, 'check.explain.jury')}**${colon}${def.jury[lang]}`,
    '',
    `**${t(lang, 'check.explain.passes')}**${colon}${def.passes[lang]}`,
    '',
    `**${t(lang, 'check.explain.reads')}**${colon}${def.reads.map((r) => `\`${r}\``).join(', ')}`,
    '',
    `**${t(lang, 'check.explain.texts')}**${colon}`,
    '',
    ...evidenceLines(def.id, lang).map((l) => `- ${l}`),
    '',
    ...(hasTexts(def.id) ? [t(lang, 'check.explain.texts_note'), ''] : []),
    '```yaml',
    def.example.replace(/\n$/, ''),
    '```',
    '',
  ].join('\n');
}

export function explainJson(def: CriterionDefinition): string {
  const { id, block, title, jury, passes, reads, severity, example } = def;
  return `${JSON.stringify({ id, block, title, jury, passes, reads, texts: evidenceJson(id), severity, example }, null, 2)}\n`;
}
