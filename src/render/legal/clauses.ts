/**
 * The legal drafts and their mandatory clauses, as data (french-rules.md). Each
 * clause has a stable id that the templates mark (`<!-- clause: id -->` in
 * Markdown, `data-clause="id"` in HTML); tests and `ecomplan legal` itself check
 * that every mandatory clause of a project is in its drafts.
 */
import { inLegalGroup } from '../../model/rules-fr.js';
import { accessibilityExempt, repSectors } from '../../model/legal-facts.js';
import type { ProjectFile } from '../../model/schema.js';

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

const isCompany = (p: ProjectFile): boolean => inLegalGroup(p.company?.legal_form, 'company');
const goods = (p: ProjectFile): boolean => p.company?.activity !== 'services';
const hasControllers = (p: ProjectFile): boolean => (p.legal?.rgpd?.tools ?? []).some((t) => t.role === 'controller' || t.role === 'joint_controller');

const clause = (id: string, doc: LegalDoc, source: string, when?: (p: ProjectFile) => boolean): ClauseDef => (when ? { id, doc, source, when } : { id, doc, source });

export const CLAUSES: readonly ClauseDef[] = [
  // Mentions légales — LCEN art. 1-1 (ex 6-III) and art. 19
  clause('ml.editor_identity', 'mentions', 'LCEN art. 1-1'),
  clause('ml.share_capital', 'mentions', 'LCEN art. 1-1', isCompany),
  clause('ml.address', 'mentions', 'LCEN art. 1-1'),
  clause('ml.contact', 'mentions', 'LCEN art. 1-1'),
  clause('ml.registration', 'mentions', 'LCEN art. 1-1'),
  clause('ml.vat', 'mentions', 'LCEN art. 19 ; CGI art. 293 B'),
  clause('ml.publication_director', 'mentions', 'LCEN art. 1-1'),
  clause('ml.host', 'mentions', 'LCEN art. 1-1'),
  clause('ml.regulated_activity', 'mentions', 'LCEN art. 19', (p) => Boolean(p.company?.regulated_activity?.trim())),
  clause('ml.rep_idu', 'mentions', 'C. env. L541-10-13', (p) => repSectors(p).length > 0),
  clause('ml.personal_data', 'mentions', 'RGPD art. 13'),
  // CGV — Code de la consommation
  clause('cgv.seller_identity', 'cgv', 'L111-1, L221-5'),
  clause('cgv.scope', 'cgv', 'L221-5'),
  clause('cgv.products', 'cgv', 'L111-1 1°'),
  clause('cgv.product_safety', 'cgv', 'Règlement (UE) 2023/988 art. 19', goods),
  clause('cgv.prices', 'cgv', 'L112-1, L221-5'),
  clause('cgv.price_reductions', 'cgv', 'L112-1-1', (p) => p.legal?.promotions === true),
  clause('cgv.ordering', 'cgv', 'L221-14'),
  clause('cgv.subscriptions', 'cgv', 'L215-1, L215-1-1, D215-1 à D215-3', (p) => p.products.some((x) => x.subscription !== undefined)),
  clause('cgv.payment', 'cgv', 'L111-1 4°'),
  clause('cgv.delivery', 'cgv', 'L216-1'),
  clause('cgv.delivery_zones', 'cgv', 'L221-14'),
  clause('cgv.risk_transfer', 'cgv', 'L216-4'),
  clause('cgv.withdrawal', 'cgv', 'L221-18'),
  clause('cgv.withdrawal_exceptions', 'cgv', 'L221-28'),
  clause('cgv.withdrawal_button', 'cgv', 'L221-21 (ordonnance 2026-2)'),
  clause('cgv.return_costs', 'cgv', 'L221-23'),
  clause('cgv.refund', 'cgv', 'L221-24'),
  clause('cgv.withdrawal_form', 'cgv', 'R221-1 (annexe)'),
  clause('cgv.guarantee_box', 'cgv', 'D211-2 (annexe, décret 2022-946)'),
  clause('cgv.guarantee_notice', 'cgv', 'Directive 2011/83/UE art. 22 bis ; règlement d’exécution (UE) 2025/1960'),
  clause('cgv.hidden_defects', 'cgv', 'Code civil 1641 à 1649'),
  clause('cgv.commercial_guarantee', 'cgv', 'L217-21, L217-22', (p) => Boolean(p.legal?.commercial_guarantee?.trim())),
  clause('cgv.mediator', 'cgv', 'L612-1, L616-1, R616-1'),
  clause('cgv.reviews', 'cgv', 'L111-7-2, D111-16 à D111-19', (p) => p.experience?.reviews !== undefined),
  clause('cgv.personal_data', 'cgv', 'RGPD art. 13'),
  clause('cgv.archiving', 'cgv', 'L213-1'),
  clause('cgv.invoices', 'cgv', 'CGI art. 242 nonies A ann. II, 289 bis, 290'),
  clause('cgv.rep_idu', 'cgv', 'C. env. L541-10-13'),
  clause('cgv.accessibility', 'cgv', 'Loi 2023-171 art. 16 ; décret 2023-931', (p) => accessibilityExempt(p) !== null),
  clause('cgv.applicable_law', 'cgv', 'Règlement Rome I art. 6'),
  // Privacy notice — RGPD art. 13
  clause('privacy.controller', 'privacy', 'RGPD art. 13.1 a-b'),
  clause('privacy.purposes', 'privacy', 'RGPD art. 13.1 c'),
  clause('privacy.recipients', 'privacy', 'RGPD art. 13.1 e'),
  clause('privacy.controllers', 'privacy', 'RGPD art. 4.7, 13.1 e, 26', hasControllers),
  clause('privacy.transfers', 'privacy', 'RGPD art. 13.1 f'),
  clause('privacy.transfer_safeguards', 'privacy', 'RGPD art. 13.1 f (copie des garanties)'),
  clause('privacy.retention', 'privacy', 'RGPD art. 13.2 a'),
  clause('privacy.rights', 'privacy', 'RGPD art. 13.2 b, 15 à 22'),
  clause('privacy.complaint', 'privacy', 'RGPD art. 13.2 d'),
  clause('privacy.required_data', 'privacy', 'RGPD art. 13.2 e'),
  clause('privacy.automated', 'privacy', 'RGPD art. 13.2 f, 22'),
  clause('privacy.cookies', 'privacy', 'Loi 78-17 art. 82 ; CNIL 2020-091'),
  // Processing register — RGPD art. 30
  clause('register.controller', 'register', 'RGPD art. 30.1 a'),
  clause('register.dates', 'register', 'RGPD art. 30 ; CNIL, modèle de registre'),
  clause('register.purposes', 'register', 'RGPD art. 30.1 b'),
  clause('register.persons', 'register', 'RGPD art. 30.1 c'),
  clause('register.data_categories', 'register', 'RGPD art. 30.1 c'),
  clause('register.recipients', 'register', 'RGPD art. 30.1 d'),
  clause('register.transfers', 'register', 'RGPD art. 30.1 e'),
  clause('register.retention', 'register', 'RGPD art. 30.1 f'),
  clause('register.security', 'register', 'RGPD art. 30.1 g'),
  clause('register.processors', 'register', 'RGPD art. 28'),
  clause('register.controllers', 'register', 'RGPD art. 4.7, 26, 30.1 d', hasControllers),
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
