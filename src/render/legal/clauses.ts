/**
 * The legal drafts and their mandatory clauses, as data (french-rules.md). Each
 * clause has a stable id that the templates mark (`<!-- clause: id -->` in
 * Markdown, `data-clause="id"` in HTML); tests and `ecomplan legal` itself check
 * that every mandatory clause of a project is in its drafts.
 */
import type { ProjectFile } from '../../model/schema.js';

/**
 * The date of the French rules the drafts follow: the rules applicable on this day
 * (the online withdrawal function is mandatory from 2026-06-19), as collected in
 * french-rules.md. ONE constant: when the dated rules table (`src/model/rules-fr.ts`)
 * lands, this becomes its date.
 */
export const LEGAL_RULES_DATE = '2026-06-19';

export const LEGAL_DOCS = ['mentions', 'cgv', 'privacy', 'register'] as const;
export type LegalDoc = (typeof LEGAL_DOCS)[number];

export interface ClauseDef {
  id: string;
  doc: LegalDoc;
  /** The text that requires it. */
  source: string;
  /** Mandatory for this project (default: always). */
  when?: (p: ProjectFile) => boolean;
}

const isCompany = (p: ProjectFile): boolean => ['eurl', 'sasu', 'sarl', 'sas'].includes(p.company?.legal_form ?? '');

export const CLAUSES: readonly ClauseDef[] = [
  // Mentions légales — LCEN art. 1-1 (ex 6-III) and art. 19
  { id: 'ml.editor_identity', doc: 'mentions', source: 'LCEN art. 1-1' },
  { id: 'ml.share_capital', doc: 'mentions', source: 'LCEN art. 1-1', when: isCompany },
  { id: 'ml.address', doc: 'mentions', source: 'LCEN art. 1-1' },
  { id: 'ml.contact', doc: 'mentions', source: 'LCEN art. 1-1' },
  { id: 'ml.registration', doc: 'mentions', source: 'LCEN art. 1-1' },
  { id: 'ml.vat', doc: 'mentions', source: 'LCEN art. 19 ; CGI art. 293 B' },
  { id: 'ml.publication_director', doc: 'mentions', source: 'LCEN art. 1-1' },
  { id: 'ml.host', doc: 'mentions', source: 'LCEN art. 1-1' },
  { id: 'ml.regulated_activity', doc: 'mentions', source: 'LCEN art. 19', when: (p) => Boolean(p.company?.regulated_activity?.trim()) },
  { id: 'ml.personal_data', doc: 'mentions', source: 'RGPD art. 13' },
  // CGV — Code de la consommation
  { id: 'cgv.seller_identity', doc: 'cgv', source: 'L111-1, L221-5' },
  { id: 'cgv.scope', doc: 'cgv', source: 'L221-5' },
  { id: 'cgv.products', doc: 'cgv', source: 'L111-1 1°' },
  { id: 'cgv.prices', doc: 'cgv', source: 'L112-1, L221-5' },
  { id: 'cgv.ordering', doc: 'cgv', source: 'L221-14' },
  { id: 'cgv.payment', doc: 'cgv', source: 'L111-1 4°' },
  { id: 'cgv.delivery', doc: 'cgv', source: 'L216-1' },
  { id: 'cgv.risk_transfer', doc: 'cgv', source: 'L216-4' },
  { id: 'cgv.withdrawal', doc: 'cgv', source: 'L221-18' },
  { id: 'cgv.withdrawal_exceptions', doc: 'cgv', source: 'L221-28' },
  { id: 'cgv.withdrawal_button', doc: 'cgv', source: 'L221-21 (ordonnance 2026-2)' },
  { id: 'cgv.return_costs', doc: 'cgv', source: 'L221-23' },
  { id: 'cgv.refund', doc: 'cgv', source: 'L221-24' },
  { id: 'cgv.withdrawal_form', doc: 'cgv', source: 'R221-1 (annexe)' },
  { id: 'cgv.guarantee_box', doc: 'cgv', source: 'D211-2 (annexe, décret 2022-946)' },
  { id: 'cgv.hidden_defects', doc: 'cgv', source: 'Code civil 1641 à 1649' },
  { id: 'cgv.commercial_guarantee', doc: 'cgv', source: 'L217-21', when: (p) => Boolean(p.legal?.commercial_guarantee?.trim()) },
  { id: 'cgv.mediator', doc: 'cgv', source: 'L612-1, L616-1' },
  { id: 'cgv.personal_data', doc: 'cgv', source: 'RGPD art. 13' },
  { id: 'cgv.archiving', doc: 'cgv', source: 'L213-1' },
  { id: 'cgv.applicable_law', doc: 'cgv', source: 'Règlement Rome I art. 6' },
  // Privacy notice — RGPD art. 13
  { id: 'privacy.controller', doc: 'privacy', source: 'RGPD art. 13.1 a-b' },
  { id: 'privacy.purposes', doc: 'privacy', source: 'RGPD art. 13.1 c' },
  { id: 'privacy.recipients', doc: 'privacy', source: 'RGPD art. 13.1 e' },
  { id: 'privacy.transfers', doc: 'privacy', source: 'RGPD art. 13.1 f' },
  { id: 'privacy.retention', doc: 'privacy', source: 'RGPD art. 13.2 a' },
  { id: 'privacy.rights', doc: 'privacy', source: 'RGPD art. 13.2 b, 15 à 22' },
  { id: 'privacy.complaint', doc: 'privacy', source: 'RGPD art. 13.2 d' },
  { id: 'privacy.required_data', doc: 'privacy', source: 'RGPD art. 13.2 e' },
  { id: 'privacy.cookies', doc: 'privacy', source: 'Loi 78-17 art. 82 ; CNIL 2020-091' },
  // Processing register — RGPD art. 30
  { id: 'register.controller', doc: 'register', source: 'RGPD art. 30.1 a' },
  { id: 'register.purposes', doc: 'register', source: 'RGPD art. 30.1 b' },
  { id: 'register.persons', doc: 'register', source: 'RGPD art. 30.1 c' },
  { id: 'register.data_categories', doc: 'register', source: 'RGPD art. 30.1 c' },
  { id: 'register.recipients', doc: 'register', source: 'RGPD art. 30.1 d' },
  { id: 'register.transfers', doc: 'register', source: 'RGPD art. 30.1 e' },
  { id: 'register.retention', doc: 'register', source: 'RGPD art. 30.1 f' },
  { id: 'register.security', doc: 'register', source: 'RGPD art. 30.1 g' },
  { id: 'register.processors', doc: 'register', source: 'RGPD art. 28' },
];

/** The clauses a project's drafts must contain. */
export function mandatoryClauses(p: ProjectFile, doc?: LegalDoc): ClauseDef[] {
  return CLAUSES.filter((c) => (!doc || c.doc === doc) && (!c.when || c.when(p)));
}

/** Clause ids marked in a rendered draft (Markdown comments or HTML data attributes). */
export function clausesIn(text: string): Set<string> {
  const ids = new Set<string>();
  for (const m of text.matchAll(/<!-- clause: ([\w.]+) -->|data-clause="([\w.]+)"/g)) ids.add((m[1] ?? m[2]) as string);
  return ids;
}
