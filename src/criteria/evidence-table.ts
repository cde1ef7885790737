/**
 * The texts that carry each criterion's evidence (issue 25), as data: where they are
 * in the project file, what kind of text each is (so how many words it needs, from
 * the trainer's thresholds), whether it must hold a figure, and what a jury expects
 * to read there (`evidence.expects.<id>` in the evidence catalog). `check --explain`
 * prints it, docs/check.md is generated from it, the dossier names the criterion a
 * blank serves with it.
 *
 * A path pattern is a key path with `[]` for « every item of this list »:
 * `brand.consumer_analysis.personas[].expectations[]`.
 */
import type { TextKind } from './filler.js';

export interface TextSpec {
  /** Key path pattern (`[]`: every item of the list). */
  at: string;
  kind: TextKind;
  /** What a jury expects there: the catalog entry `evidence.expects.<id>`. */
  expects: string;
  /** The text must hold a figure (a measurable objective). */
  figure?: true;
  /** Every text of this pattern differs from the others (two funnel stages, two personas). */
  distinct?: true;
  /** The same words may legitimately recur elsewhere (a KPI tracked by two actions): no copy-paste check across the file. */
  repeats?: true;
  /** Supporting text: a filler here makes the criterion partial, never a fail on its own. */
  support?: true;
}

const spec =
  (kind: TextKind) =>
  (at: string, expects: string, more: Omit<TextSpec, 'at' | 'kind' | 'expects'> = {}): TextSpec => ({ at, kind, expects, ...more });
const description = spec('description');
const statement = spec('statement');
const item = spec('item');
const field = spec('field');

const PRODUCT_DESCRIPTION = description('products[].description', 'product_description');
const ORDER_STEPS = item('orders.steps[]', 'order_step', { distinct: true });
const STRATEGY = description('brand.communication.strategy', 'com_strategy');
const MEDIATOR = field('legal.mediator.name', 'mediator');

/** Criterion ID → the texts it reads. Criteria judged on figures alone (C1.3–C1.6, C2.3, C2.6) read no text. */
export const EVIDENCE_TEXTS: Readonly<Record<string, readonly TextSpec[]>> = {
  'C1.1': [description('project.description', 'project_description'), statement('project.target', 'target'), PRODUCT_DESCRIPTION, field('products[].name', 'product_name', { support: true })],
  'C1.2': [statement('products[].alternatives[].note', 'alternative_note', { support: true })],
  'C2.1': [
    item('suppliers.method.sources[]', 'supplier_source'),
    field('suppliers.list[].name', 'supplier_name', { support: true }),
    statement('suppliers.list[].note', 'supplier_note', { support: true }),
  ],
  'C2.2': [
    item('suppliers.negotiation.objectives[]', 'negotiation_objective', { figure: true }),
    item('suppliers.negotiation.arguments[]', 'negotiation_argument'),
    item('suppliers.negotiation.concessions[]', 'negotiation_concession'),
    statement('suppliers.negotiation.fallback', 'negotiation_fallback'),
  ],
  'C2.4': [item('inventory.tool', 'inventory_tool', { support: true })],
  'C2.5': [ORDER_STEPS],
  'C2.7': [PRODUCT_DESCRIPTION],
  'C3.1': [
    statement('brand.consumer_analysis.method', 'consumer_method'),
    description('brand.consumer_analysis.personas[].description', 'persona_description', { support: true }),
    item('brand.consumer_analysis.personas[].expectations[]', 'persona_expectation'),
    item('brand.consumer_analysis.personas[].habits[]', 'persona_habit'),
  ],
  'C3.2': [
    statement('brand.identity.mission', 'mission'),
    statement('brand.identity.promise', 'promise'),
    item('brand.identity.values[]', 'value'),
    item('brand.identity.tone', 'tone'),
    item('brand.identity.positioning', 'positioning'),
    field('brand.identity.visual.typography', 'typography', { support: true }),
    item('brand.identity.visual.logo', 'logo', { support: true }),
  ],
  'C3.3': [
    STRATEGY,
    item('brand.competitors[].positioning', 'competitor_positioning'),
    field('brand.competitors[].price_range', 'price_range'),
    item('brand.competitors[].strengths[]', 'competitor_strength'),
    item('brand.competitors[].weaknesses[]', 'competitor_weakness'),
  ],
  'C3.4': [
    item('brand.communication.actions[].channel', 'action_channel', { repeats: true }),
    item('brand.communication.actions[].objective', 'action_objective', { figure: true, distinct: true }),
    item('brand.communication.actions[].kpis[]', 'action_kpi', { repeats: true }),
  ],
  'C3.5': [STRATEGY],
  'C4.1': [field('acquisition[].name', 'source_name', { support: true })],
  'C4.2': [item('experience.funnel[].kpi', 'funnel_kpi', { distinct: true }), item('experience.funnel[].stage', 'funnel_stage', { distinct: true, support: true })],
  'C4.3': [statement('experience.satisfaction.method', 'satisfaction_method'), item('experience.satisfaction.channels[]', 'feedback_channel')],
  'C4.4': [
    item('experience.loyalty.referral.referrer_reward', 'referrer_reward'),
    item('experience.loyalty.referral.referee_reward', 'referee_reward'),
    statement('experience.loyalty.program', 'loyalty_program'),
  ],
  'C5.1': [MEDIATOR, item('legal.withdrawal_exceptions[]', 'withdrawal_exception', { support: true }), statement('legal.commercial_guarantee', 'commercial_guarantee', { support: true })],
  'C5.2': [
    'company.name',
    'company.owner.name',
    'company.address',
    'company.email',
    'company.owner.email',
    'company.phone',
    'company.owner.phone',
    'company.rcs_or_rne',
    'company.siren',
    'company.siret',
    'company.vat_number',
    'company.publication_director',
    'company.host.name',
    'company.host.address',
    'company.host.phone',
  ].map((at) => field(at, 'legal_notice')),
  'C5.3': [field('legal.payment_methods[]', 'payment_method'), MEDIATOR, field('legal.mediator.url', 'mediator_url'), field('legal.mediator.address', 'mediator_address', { support: true })],
  'C5.4': [
    field('legal.rgpd.contact', 'rgpd_contact'),
    field('legal.rgpd.dpo', 'rgpd_contact'),
    item('legal.rgpd.processings[].purpose', 'rgpd_purpose', { distinct: true }),
    field('legal.rgpd.processings[].data[]', 'rgpd_data'),
    field('legal.rgpd.processings[].retention', 'rgpd_retention'),
    field('legal.rgpd.processings[].recipients[]', 'rgpd_recipient'),
    field('legal.rgpd.processings[].transfers', 'rgpd_transfer', { support: true }),
    field('legal.rgpd.tools[].hosting', 'rgpd_hosting'),
    field('legal.rgpd.cookie_consent.tool', 'cookie_tool', { support: true }),
    field('legal.rgpd.security_measures[]', 'security_measure', { support: true }),
  ],
};

/** `a.b[].c` → ['a', 'b', '[]', 'c']. */
export function patternSegments(at: string): string[] {
  return at.split('.').flatMap((s) => (s.endsWith('[]') ? [s.slice(0, -2), '[]'] : [s]));
}

/** Whether a concrete key path is an instance of a pattern (`[]` matches a list index). */
export function matchesPattern(path: readonly (string | number)[], segments: readonly string[]): boolean {
  return path.length === segments.length && segments.every((s, i) => (s === '[]' ? typeof path[i] === 'number' : path[i] === s));
}

/** The criteria whose evidence a text at `path` is (for the dossier's blanks): `['C3.2']`. */
export function criteriaServedBy(path: readonly (string | number)[]): string[] {
  return Object.entries(EVIDENCE_TEXTS)
    .filter(([, specs]) => specs.some((s) => matchesPattern(path, patternSegments(s.at))))
    .map(([id]) => id);
}
