/**
 * What the legal drafts say of the rules of a shop launching in 2027 (issue 20): the REP unique
 * identifiers, the product-safety information of each listing, subscriptions, price reductions,
 * reviews, delivery zones, the commercial guarantee's terms, the mediator's postal address,
 * invoices and e-invoicing, accessibility, the dates of the harmonised guarantee notice. Each part
 * only when it applies; a missing value is a placeholder with its located warning.
 */
import type { Path } from '../../diagnostics/diagnostic.js';
import { t, tCode } from '../../i18n/index.js';
import { formatMoney } from '../../i18n/format.js';
import { legalRule } from '../../model/rules-fr.js';
import { LEGAL_FIGURES_2027 } from '../../model/rules-legal.js';
import { accessibilityExempt, importedFrom, repSectors } from '../../model/legal-facts.js';
import { given, present, type Field } from '../field.js';
import { date, joinList, plural } from '../helpers.js';
import type { LegalDoc } from './clauses.js';
import type { LegalCtx } from './view.js';
import type { ProjectFile } from '../../model/schema.js';

type Tool = NonNullable<NonNullable<NonNullable<ProjectFile['legal']>['rgpd']>['tools']>[number];

export interface ControllerView {
  name: string;
  purpose: string | null;
  hosting: Field;
  role: string;
  joint: boolean;
  /** The art. 26 arrangement of a joint controller (register), else null. */
  arrangement: Field | null;
}

/** The tools that are processors (no role given: a processor), with their index in the file. */
export function processorTools(x: LegalCtx): Array<{ tool: Tool; i: number }> {
  return (x.p.legal?.rgpd?.tools ?? []).map((tool, i) => ({ tool, i })).filter(({ tool }) => (tool.role ?? 'processor') === 'processor');
}

/** The arrangement of a joint controller (GDPR art. 26) in the register: yes, « to sign » with a warning, or a placeholder. */
export function jointArrangement(x: LegalCtx, name: string, dpa: boolean | undefined, i: number): Field {
  const path = ['legal', 'rgpd', 'tools', i, 'dpa'];
  if (dpa === undefined) return x.missing.placeholder(path, 'legal.element.joint_arrangement', 'register');
  if (!dpa) x.missing.note(path, 'legal.no_joint_arrangement', 'register', { tool: name });
  return present(t(x.lang, dpa ? 'legal.word.yes' : 'legal.joint_arrangement_missing'));
}

/** The independent and joint controllers among the tools (GDPR art. 4(7), 26), each with its role. */
export function controllerViews(x: LegalCtx, doc: LegalDoc, arrangement?: (tool: Tool, i: number) => Field): ControllerView[] {
  return (x.p.legal?.rgpd?.tools ?? []).flatMap((tool, i) => {
    if (tool.role !== 'controller' && tool.role !== 'joint_controller') return [];
    const joint = tool.role === 'joint_controller';
    return [
      {
        name: tool.name,
        purpose: given(tool.purpose),
        hosting: x.missing.need(tool.hosting, ['legal', 'rgpd', 'tools', i, 'hosting'], 'legal.element.hosting', doc),
        role: t(x.lang, `legal.role.${tool.role}`),
        joint,
        arrangement: joint && arrangement ? arrangement(tool, i) : null,
      },
    ];
  });
}

export interface RepView {
  sector: string;
  organism: string | null;
  idu: Field;
}

interface SafetyView {
  name: string;
  food: boolean;
  manufacturer: Field;
  responsible: Field | null;
  identifier: Field;
  warnings: string[];
}

export interface Legal2027View {
  rep: RepView[];
  safety: SafetyView[];
  subscriptions: Array<{ name: string; every: string; commitment: string | null; renewal: boolean }>;
  /** A subscription with a commitment renewed tacitly: the L215-1 reminder applies. */
  renewalReminder: boolean;
  promotions: boolean;
  priceDays: string;
  reviews: { tool: string | null; checked: boolean; unknownCheck: Field | null; method: string | null; order: Field } | null;
  zones: Field;
  guarantee: { text: string; guarantor: Field; duration: Field; territory: Field; howToClaim: Field; price: string | null } | null;
  /** The mediator's postal address (R616-1) when a mediator is named. */
  mediatorAddress: Field | null;
  invoices: { franchise: boolean; platform: string | null; reception: string; issuance: string };
  accessibility: { exempt: boolean; persons: string; turnover: string; statement: Field | null } | null;
  noticeFrom: string;
}

/** The REP sectors that apply, each with its identifier or a placeholder. */
export function repView(x: LegalCtx, doc: LegalDoc): RepView[] {
  const rep = x.p.legal?.rep ?? [];
  return repSectors(x.p).map((sector) => {
    const i = rep.findIndex((r) => r.sector === sector);
    const entry = rep[i];
    const path: Path = i < 0 ? ['legal', 'rep'] : ['legal', 'rep', i, 'idu'];
    return {
      sector: tCode(x.lang, `rep_sector.${sector}`),
      organism: given(entry?.eco_organism),
      idu: entry ? x.missing.need(entry.idu, path, 'legal.element.rep_idu', doc) : x.missing.placeholder(path, 'legal.element.rep_idu', doc),
    };
  });
}

function safetyViews(x: LegalCtx): SafetyView[] {
  const { p, missing } = x;
  if (p.company?.activity === 'services') return [];
  return p.products.map((prod, i) => {
    const base: Path = ['products', i, 'safety'];
    const s = prod.safety;
    if (!s) {
      const none = missing.placeholder(base, 'legal.element.product_safety', 'cgv');
      return { name: prod.name, food: false, manufacturer: none, responsible: null, identifier: none, warnings: [] };
    }
    const imported = importedFrom(p, prod) !== undefined;
    const responsible = given(s.eu_responsible_person);
    return {
      name: prod.name,
      food: s.food === true,
      manufacturer: missing.need(s.manufacturer, [...base, 'manufacturer'], 'legal.element.manufacturer', 'cgv'),
      responsible: responsible ? present(responsible) : imported ? missing.placeholder([...base, 'eu_responsible_person'], 'legal.element.eu_responsible_person', 'cgv') : null,
      identifier: missing.need(s.identifier, [...base, 'identifier'], 'legal.element.identifier', 'cgv'),
      warnings: (s.warnings ?? []).filter((w) => given(w)),
    };
  });
}

function subscriptionViews(x: LegalCtx): Pick<Legal2027View, 'subscriptions' | 'renewalReminder'> {
  const months = (n: number) => `${n} ${plural(n, t(x.lang, 'legal.word.month'), t(x.lang, 'legal.word.months'), x.lang)}`;
  const subs = x.p.products.filter((pr) => pr.subscription).map((pr) => ({ name: pr.name, s: pr.subscription! }));
  return {
    subscriptions: subs.map(({ name, s }) => ({
      name,
      every: months(s.every_months),
      commitment: s.commitment_months ? months(s.commitment_months) : null,
      renewal: s.tacit_renewal === true,
    })),
    renewalReminder: subs.some(({ s }) => (s.commitment_months ?? 0) > 0 && s.tacit_renewal === true),
  };
}

function reviewsView(x: LegalCtx): Legal2027View['reviews'] {
  const r = x.p.experience?.reviews;
  if (!r) return null;
  const base: Path = ['experience', 'reviews'];
  return {
    tool: given(r.tool),
    checked: r.checked === true,
    unknownCheck: r.checked === undefined ? x.missing.placeholder([...base, 'checked'], 'legal.element.reviews_checked', 'cgv') : null,
    method: given(r.method),
    order: x.missing.need(r.order, [...base, 'order'], 'legal.element.reviews_order', 'cgv'),
  };
}

function guaranteeView(x: LegalCtx): Legal2027View['guarantee'] {
  const text = given(x.p.legal?.commercial_guarantee);
  if (!text) return null;
  const terms = x.p.legal?.commercial_guarantee_terms;
  const T = (key: string): Path => ['legal', 'commercial_guarantee_terms', key];
  const need = (v: string | undefined, key: string) => x.missing.need(v, T(key), `legal.element.guarantee_${key}`, 'cgv');
  return {
    // The clause adds its own full stop: a text that ends with one would print « .. ».
    text: text.replace(/[.\s]+$/u, ''),
    guarantor: need(terms?.guarantor, 'guarantor'),
    duration: need(terms?.duration, 'duration'),
    territory: need(terms?.territory, 'territory'),
    howToClaim: need(terms?.how_to_claim, 'how_to_claim'),
    price: terms?.price === undefined ? null : terms.price.isZero() ? t(x.lang, 'legal.word.free') : x.money(terms.price),
  };
}

function accessibilityView(x: LegalCtx): Legal2027View['accessibility'] {
  const exempt = accessibilityExempt(x.p);
  if (exempt === null) return null;
  const F = LEGAL_FIGURES_2027;
  return {
    exempt,
    persons: F.accessibilityMaxPersons.value.toString(),
    turnover: formatMoney(F.accessibilityMaxTurnover.value, x.lang, x.p.currency, 0),
    statement: exempt ? null : x.missing.need(x.p.legal?.accessibility?.statement, ['legal', 'accessibility', 'statement'], 'legal.element.accessibility_statement', 'cgv'),
  };
}

/** The CGV's view of the rules of 2027. */
export function legal2027View(x: LegalCtx): Legal2027View {
  const { p, lang, missing } = x;
  const mediator = p.legal?.mediator;
  const named = given(mediator?.name) !== null || given(mediator?.url) !== null;
  const zones = p.shipping?.zones?.filter((z) => given(z)) ?? [];
  return {
    rep: repView(x, 'cgv'),
    safety: safetyViews(x),
    ...subscriptionViews(x),
    promotions: p.legal?.promotions === true,
    priceDays: LEGAL_FIGURES_2027.priceReferenceDays.value.toString(),
    reviews: reviewsView(x),
    zones: zones.length ? present(joinList(zones, lang)) : missing.placeholder(['shipping', 'zones'], 'legal.element.zones', 'cgv'),
    guarantee: guaranteeView(x),
    mediatorAddress: named ? missing.need(mediator?.address, ['legal', 'mediator', 'address'], 'legal.element.mediator_address', 'cgv') : null,
    invoices: {
      franchise: p.company?.vat_regime === 'franchise',
      platform: given(p.company?.e_invoicing?.platform),
      reception: date(legalRule('e_invoicing_reception').inForceFrom, lang),
      issuance: date(legalRule('e_invoicing_issuance').inForceFrom, lang),
    },
    accessibility: accessibilityView(x),
    noticeFrom: date(legalRule('guarantee_harmonised_notice').inForceFrom, lang),
  };
}
