/** C5 — Formuler les éléments légaux (french-rules.md). */
import { LEGAL_FORM_GROUPS, LEGAL_FR } from '../model/rules-fr.js';
import type { Path } from '../diagnostics/diagnostic.js';
import type { Company, ProjectFile } from '../model/schema.js';
import { filled, gap, judge, missing, missingKeys, missingSection } from './helpers.js';
import type { CriterionDefinition, GapSpec } from './types.js';
import { accessibilityGaps, commercialGuaranteeGaps, influencerGaps, productSafetyGaps, repGaps, subscriptionAndReviewGaps } from './c5-2027.js';

/** Legal forms of an individual entrepreneur (the others are companies). */
const INDIVIDUAL_FORMS: ReadonlyArray<Company['legal_form']> = LEGAL_FORM_GROUPS.individual;

/** A mandatory field: the path to fill, or one of its alternatives. */
interface RequiredField {
  path: Path;
  alternatives?: Path[];
}

/**
 * Mandatory fields of the mentions légales (LCEN art. 1-1 and 19, french-rules.md):
 * who publishes (by legal form), how to reach them, the publication director and
 * the web host. `ecomplan legal` renders the same fields.
 */
function legalNoticeFields(c: Company): RequiredField[] {
  const contact: RequiredField[] = [
    { path: ['company', 'phone'], alternatives: [['company', 'owner', 'phone']] },
    { path: ['company', 'email'], alternatives: [['company', 'owner', 'email']] },
  ];
  const who: RequiredField[] = INDIVIDUAL_FORMS.includes(c.legal_form)
    ? [{ path: ['company', 'owner', 'name'] }, { path: ['company', 'address'] }, { path: ['company', 'rcs_or_rne'] }]
    : [{ path: ['company', 'name'] }, { path: ['company', 'share_capital'] }, { path: ['company', 'address'] }, { path: ['company', 'rcs_or_rne'] }];
  const vat: RequiredField[] = c.vat_regime === 'normal' ? [{ path: ['company', 'vat_number'] }] : [];
  return [
    ...who,
    ...contact,
    ...vat,
    { path: ['company', 'publication_director'] },
    { path: ['company', 'host', 'name'] },
    { path: ['company', 'host', 'address'] },
    { path: ['company', 'host', 'phone'] },
  ];
}

function valueAt(root: unknown, path: Path): unknown {
  let cur: unknown = root;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}

function isFilled(v: unknown): boolean {
  if (typeof v === 'string') return filled(v);
  if (Array.isArray(v)) return v.length > 0;
  return v !== undefined && v !== null;
}

/** Gaps of the required fields (one gap per field, at its own path). */
function requiredGaps(p: ProjectFile, fields: RequiredField[], id = 'gap.missing', data: Record<string, unknown> = {}): GapSpec[] {
  const out: GapSpec[] = [];
  for (const f of fields) {
    if (isFilled(valueAt(p, f.path)) || (f.alternatives ?? []).some((a) => isFilled(valueAt(p, a)))) continue;
    const alternatives = (f.alternatives ?? []).map((a) => a.join('.'));
    out.push(gap(alternatives.length && id === 'gap.missing' ? 'gap.missing_one_of' : id, f.path, alternatives.length ? { ...data, alternatives } : data));
  }
  return out;
}

/** Withdrawal period (L221-18) and refund delay (L221-24), in days. */
export const WITHDRAWAL_MIN_DAYS = LEGAL_FR.withdrawalMinDays;
export const REFUND_MAX_DAYS = LEGAL_FR.refundMaxDays;

const C5_1: CriterionDefinition = {
  id: 'C5.1',
  block: 'C5',
  title: { fr: 'Procédures compatibles avec le droit de la consommation', en: 'Procedures compatible with consumer law' },
  jury: {
    fr: 'Démontrer la prise en compte de la réglementation en vigueur ; le candidat a rédigé et mis en place des procédures compatibles avec la réglementation en vigueur en terme de droit de la consommation',
    en: 'Show that the regulations in force are taken into account; the candidate has written and set up procedures compatible with consumer law',
  },
  passes: {
    fr: 'Délai de rétractation d’au moins 14 jours, fonction de rétractation en ligne (obligatoire depuis le 19/06/2026), qui paie les retours, remboursement sous 14 jours au plus, garanties légales mentionnées, médiateur de la consommation nommé, délai de livraison indiqué (30 jours au plus) ; prix affichés TTC ; pour chaque produit, les informations de sécurité de sa fiche (fabricant, identifiant, personne responsable dans l’UE d’un produit importé, avertissements d’une bougie — règlement (UE) 2023/988) ; un contrat écrit avec chaque influenceur rémunéré (source d’acquisition « influence », loi 2023-451).',
    en: 'Withdrawal period of at least 14 days, online withdrawal function (mandatory since 2026-06-19), who pays returns, refund within 14 days at most, legal guarantees stated, consumer mediator named, delivery deadline stated (30 days at most); prices shown VAT included; for each product, the safety information of its listing (manufacturer, identifier, EU responsible person of an imported product, a candle’s warnings — Regulation (EU) 2023/988); a written contract with each paid influencer (acquisition source of kind `influence`, loi 2023-451).',
  },
  reads: ['legal', 'returns.return_shipping_paid_by', 'products[].safety'],
  severity: 'error',
  example: `returns:
  rate: 3%
  return_shipping_paid_by: customer
legal:
  withdrawal_days: 14
  withdrawal_button: true
  refund_days: 14
  legal_guarantees: true
  mediator: { name: CM2C, url: https://www.cm2c.net }
  delivery_max_days: 30
products:
  - safety:
      manufacturer: Camille Martin EI, 12 rue des Artisans, 69001 Lyon, bonjour@atelier-lumiere.fr
      identifier: BC-180, numéro de lot sous le pot
      warnings: [Ne jamais laisser une bougie allumée sans surveillance, Tenir hors de portée des enfants]
`,
  check({ project: p, config }) {
    const l = p.legal;
    if (!l) return judge([missingSection(['legal'], ['withdrawal_days', 'withdrawal_button', 'refund_days', 'legal_guarantees', 'mediator', 'delivery_max_days'])], true);
    const gaps: GapSpec[] = [];
    if (l.withdrawal_days === undefined) gaps.push(missing(['legal', 'withdrawal_days']));
    else if (l.withdrawal_days < WITHDRAWAL_MIN_DAYS) gaps.push(gap('gap.withdrawal_too_short', ['legal', 'withdrawal_days'], { days: l.withdrawal_days, min: WITHDRAWAL_MIN_DAYS }));
    if (l.withdrawal_button !== true) gaps.push(gap('gap.withdrawal_button', ['legal', 'withdrawal_button']));
    if (p.returns?.return_shipping_paid_by === undefined) gaps.push(missing(['returns', 'return_shipping_paid_by']));
    if (l.refund_days === undefined) gaps.push(missing(['legal', 'refund_days']));
    else if (l.refund_days > REFUND_MAX_DAYS) gaps.push(gap('gap.refund_too_slow', ['legal', 'refund_days'], { days: l.refund_days, max: REFUND_MAX_DAYS }));
    if (l.legal_guarantees !== true) gaps.push(gap('gap.legal_guarantees', ['legal', 'legal_guarantees']));
    if (!filled(l.mediator?.name)) gaps.push(missing(['legal', 'mediator', 'name']));
    const max = config.thresholds.maxDeliveryDays;
    if (l.delivery_max_days === undefined) gaps.push(missing(['legal', 'delivery_max_days']));
    else if (l.delivery_max_days > max) gaps.push(gap('gap.delivery_too_long', ['legal', 'delivery_max_days'], { days: l.delivery_max_days, max }));
    // Prices in the project file are TTC by contract; only an explicit `false` contradicts it.
    if (l.prices_include_vat === false) gaps.push(gap('gap.prices_not_ttc', ['legal', 'prices_include_vat']));
    // Issue 20: each listing's product-safety information, paid influencers.
    gaps.push(...productSafetyGaps(p), ...influencerGaps(p));
    return judge(gaps, false, {
      id: 'criteria.C5.1.pass',
      path: ['legal'],
      data: { withdrawal: l.withdrawal_days ?? null, refund: l.refund_days ?? null },
    });
  },
};

const C5_2: CriterionDefinition = {
  id: 'C5.2',
  block: 'C5',
  title: { fr: 'Mentions légales rédigées', en: 'Legal notice written' },
  jury: { fr: 'Le candidat a rédigé ses mentions légales', en: 'The candidate has written their legal notice (mentions légales)' },
  passes: {
    fr: 'Chaque mention obligatoire pour la forme juridique est présente : entrepreneur individuel (nom, adresse, immatriculation RCS ou RNE, téléphone, e-mail) ou société (dénomination, capital, siège, RCS, téléphone, e-mail), TVA intracommunautaire au régime normal, directeur de la publication, hébergeur (nom, adresse, téléphone). « ecomplan legal » peut alors les rédiger.',
    en: 'Every mandatory field for the legal form is present: individual entrepreneur (name, address, RCS or RNE registration, phone, e-mail) or company (name, share capital, registered office, RCS, phone, e-mail), EU VAT number under the normal regime, publication director, web host (name, address, phone). `ecomplan legal` can then render them.',
  },
  reads: ['company'],
  severity: 'error',
  example: `company:
  legal_form: micro_entreprise
  vat_regime: franchise
  owner: { name: Camille Martin, email: bonjour@atelier-lumiere.fr, phone: "04 00 00 00 00" }
  address: 12 rue des Artisans, 69001 Lyon
  rcs_or_rne: RNE 901 234 567
  publication_director: Camille Martin
  host: { name: Shopify Inc., address: "151 O'Connor Street, Ottawa, Canada", phone: "+1 888 746 7439" }
`,
  check({ project: p }) {
    const c = p.company;
    if (!c) return judge([missingSection(['company'], ['legal_form', 'vat_regime', 'owner', 'address', 'publication_director', 'host'])], true);
    const fields = legalNoticeFields(c);
    const gaps = requiredGaps(p, fields);
    return judge(gaps, gaps.length === fields.length, {
      id: 'criteria.C5.2.pass',
      path: ['company'],
      data: { legal_form: c.legal_form, fields: fields.length },
    });
  },
};

/** The CGV clauses that need a value from the file (french-rules.md), each with the fields it is written from. */
function cgvClauses(p: ProjectFile): Array<{ clause: string; fields: RequiredField[] }> {
  const individual = p.company ? INDIVIDUAL_FORMS.includes(p.company.legal_form) : true;
  return [
    {
      clause: 'seller',
      fields: [
        individual ? { path: ['company', 'owner', 'name'], alternatives: [['company', 'name']] } : { path: ['company', 'name'] },
        { path: ['company', 'address'] },
        { path: ['company', 'email'], alternatives: [['company', 'owner', 'email']] },
      ],
    },
    { clause: 'prices', fields: [{ path: ['shipping', 'charged_to_customer'] }] },
    { clause: 'ordering', fields: [{ path: ['orders', 'steps'] }] },
    { clause: 'payment', fields: [{ path: ['legal', 'payment_methods'] }] },
    { clause: 'delivery', fields: [{ path: ['legal', 'delivery_max_days'], alternatives: [['shipping', 'promised_delivery_days']] }] },
    { clause: 'delivery_zones', fields: [{ path: ['shipping', 'zones'] }] },
    {
      clause: 'withdrawal',
      fields: [{ path: ['legal', 'withdrawal_days'] }, { path: ['legal', 'withdrawal_button'] }, { path: ['returns', 'return_shipping_paid_by'] }, { path: ['legal', 'refund_days'] }],
    },
    { clause: 'guarantees', fields: [{ path: ['legal', 'legal_guarantees'] }] },
    { clause: 'mediator', fields: [{ path: ['legal', 'mediator', 'name'] }, { path: ['legal', 'mediator', 'url'] }, { path: ['legal', 'mediator', 'address'] }] },
    { clause: 'personal_data', fields: [{ path: ['legal', 'rgpd', 'contact'], alternatives: [['legal', 'rgpd', 'dpo']] }] },
  ];
}

const C5_3: CriterionDefinition = {
  id: 'C5.3',
  block: 'C5',
  title: { fr: 'CGV rédigées', en: 'Terms of sale (CGV) written' },
  jury: {
    fr: 'Le candidat a rédigé ses Conditions Générales de Vente (CGV)',
    en: 'The candidate has written their general terms of sale (CGV)',
  },
  passes: {
    fr: 'Chaque clause obligatoire peut être rédigée à partir du fichier : identité du vendeur, prix et frais de livraison, étapes de commande, moyens de paiement, délai et zones de livraison, rétractation (délai, fonction en ligne, frais de retour, remboursement), garanties légales, médiateur (nom, site et adresse postale), données personnelles, identifiant unique (IDU) de chaque filière REP qui s’applique (emballages toujours, textiles pour des vêtements) ; et, quand ils s’appliquent, l’abonnement d’un produit, le traitement des avis clients, les termes de la garantie commerciale et la déclaration d’accessibilité au-delà des seuils de la microentreprise.',
    en: 'Every mandatory clause can be rendered from the file: seller identity, prices and delivery costs, ordering steps, payment methods, delivery deadline and zones, withdrawal (period, online function, return costs, refund), legal guarantees, mediator (name, website and postal address), personal data, the unique identifier (IDU) of each REP sector that applies (packaging always, textiles for clothing); and, when they apply, a product’s subscription, how customer reviews are handled, the commercial guarantee’s terms and the accessibility statement above the microenterprise thresholds.',
  },
  reads: ['company', 'shipping.charged_to_customer', 'shipping.zones', 'orders.steps', 'legal', 'returns.return_shipping_paid_by'],
  severity: 'error',
  example: `company:
  legal_form: micro_entreprise
  vat_regime: franchise
  owner: { name: Camille Martin, email: bonjour@atelier-lumiere.fr }
  address: 12 rue des Artisans, 69001 Lyon
orders:
  steps: [Confirmation, Préparation, Expédition]
shipping:
  charged_to_customer: 5.90
  zones: [France métropolitaine]
returns:
  rate: 3%
  return_shipping_paid_by: customer
legal:
  payment_methods: [carte bancaire, PayPal]
  delivery_max_days: 30
  withdrawal_days: 14
  withdrawal_button: true
  refund_days: 14
  legal_guarantees: true
  mediator: { name: CM2C, url: https://www.cm2c.net, address: "49 rue de Ponthieu, 75008 Paris" }
  rep:
    - { sector: packaging, eco_organism: Citeo, idu: FR123456_01ABCD }
  rgpd: { contact: rgpd@atelier-lumiere.fr }
`,
  check({ project: p }) {
    if (!p.legal) return judge([missingSection(['legal'], ['payment_methods', 'delivery_max_days', 'withdrawal_days', 'mediator', 'rgpd'])], true);
    const clauses = cgvClauses(p);
    const gaps = clauses.flatMap((c) => requiredGaps(p, c.fields, `gap.cgv.${c.clause}`));
    // Issue 20: the REP identifiers, subscriptions and reviews, the commercial guarantee's terms, accessibility.
    gaps.push(...repGaps(p), ...subscriptionAndReviewGaps(p), ...commercialGuaranteeGaps(p), ...accessibilityGaps(p));
    return judge(gaps, false, { id: 'criteria.C5.3.pass', path: ['legal'], data: { clauses: clauses.length } });
  },
};

/** A processing for orders / for marketing, recognised by its purpose or legal basis. */
const ORDERS_PURPOSE = /(commande|order|vente|client|livraison|facturation)/i;
const MARKETING_PURPOSE = /(newsletter|marketing|prospect|publicit|e-?mailing|promotion|fid[ée]lis|loyalty)/i;

type Rgpd = NonNullable<NonNullable<ProjectFile['legal']>['rgpd']>;

/** A name as compared: lower case, no accents, without a bracketed remark, words split on punctuation. */
function nameWords(s: string): string {
  return ` ${s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\([\s\S]*$/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

/** A recipient names a tool when either name holds the other as whole words (« Google » and « Google Analytics et Google Ads »). */
function namesTool(recipient: string, tool: string): boolean {
  const r = nameWords(recipient);
  const t = nameWords(tool);
  return r.trim() !== '' && t.trim() !== '' && (r.includes(t) || t.includes(r));
}

/** Hosting outside the European Union (a country or region named that is not in the EU/EEA). */
const OUTSIDE_EU =
  /[eé]tats[- ]unis|\busa?\b|united states|canada|royaume[- ]uni|united kingdom|\buk\b|suisse|switzerland|inde|india|chine|china|singapour|singapore|japon|japan|australie|australia|br[eé]sil|brazil|isra[eë]l/i;

/** Public authorities receiving data for an inquiry are not recipients (RGPD art. 4(9)), nor processors. */
const AUTHORITY = /\b(ddpp|dgccrf|ddetsp|douanes?|customs|police|gendarmerie|tribunal|court|administration fiscale|impots|impôts|tax authority|urssaf|cnil)\b/i;

/** A transfer is declared: a `transfers` text that does not say « none ». */
const declaresTransfer = (t: string | undefined) => filled(t) && !/^(aucun|aucune|n[ée]ant|none|no|non)\s*\.?$/i.test((t ?? '').trim());

/**
 * The register and the tools tell the same story (RGPD art. 13(1)(e–f), 30): every
 * recipient of a processing is among the tools (processors), every tool is a
 * recipient of some processing, and a tool hosted outside the EU is a recipient of
 * a processing that declares its transfer.
 */
function recipientsAndTools(r: Rgpd, base: Path): GapSpec[] {
  const gaps: GapSpec[] = [];
  const processings = r.processings ?? [];
  const tools = r.tools ?? [];
  processings.forEach((pr, i) =>
    (pr.recipients ?? []).forEach((rec, j) => {
      if (!AUTHORITY.test(rec) && !tools.some((t) => namesTool(rec, t.name)))
        gaps.push(gap('gap.rgpd_recipient_not_tool', [...base, 'processings', i, 'recipients', j], { recipient: rec, purpose: pr.purpose }));
    }),
  );
  tools.forEach((tool, k) => {
    const users = processings.filter((pr) => (pr.recipients ?? []).some((rec) => namesTool(rec, tool.name)));
    if (users.length === 0) gaps.push(gap('gap.rgpd_tool_not_recipient', [...base, 'tools', k, 'name'], { tool: tool.name }));
    else if (OUTSIDE_EU.test(tool.hosting ?? '') && !users.some((pr) => declaresTransfer(pr.transfers)))
      gaps.push(gap('gap.rgpd_transfer_undeclared', [...base, 'tools', k, 'hosting'], { tool: tool.name, hosting: tool.hosting ?? '' }));
  });
  return gaps;
}

const C5_4: CriterionDefinition = {
  id: 'C5.4',
  block: 'C5',
  title: { fr: 'Procédures et outils respectueux du RGPD', en: 'GDPR-compliant procedures and tools' },
  jury: {
    fr: 'Le candidat a conçu des procédures et pré-sélectionné des outils respectueux du Règlement Général sur la Protection des Données (RGPD)',
    en: 'The candidate has designed procedures and pre-selected tools that comply with the General Data Protection Regulation (GDPR)',
  },
  passes: {
    fr: 'Un registre des traitements (finalité, base légale, données, durée de conservation, destinataires) couvrant au moins les commandes et le marketing ; chaque outil qui traite des données personnelles indique où elles sont hébergées et son rôle (sous-traitant, responsable indépendant comme une place de marché ou une régie publicitaire, responsable conjoint) ; un contrat de sous-traitance (DPA, art. 28) existe avec chaque sous-traitant et un accord (art. 26) avec chaque responsable conjoint ; chaque destinataire figure parmi les outils et chaque outil parmi les destinataires, avec le transfert déclaré pour un outil hébergé hors de l’UE ; consentement aux cookies recueilli avant les traceurs non essentiels ; un contact pour les demandes des personnes.',
    en: 'A processing register (purpose, legal basis, data, retention, recipients) covering at least orders and marketing; every tool touching personal data states where data is hosted and its role (processor, independent controller such as a marketplace or an ad platform, joint controller); a processor agreement (DPA, art. 28) exists with each processor and an arrangement (art. 26) with each joint controller; every recipient is among the tools and every tool a recipient, with the transfer declared for a tool hosted outside the EU; cookie consent collected before non-essential trackers; a contact for data-subject requests.',
  },
  reads: ['legal.rgpd'],
  severity: 'error',
  example: `legal:
  rgpd:
    contact: rgpd@atelier-lumiere.fr
    processings:
      - { purpose: Gestion des commandes, legal_basis: contract, data: [identité, adresse], retention: 3 ans, recipients: [Shopify, Etsy], transfers: "Canada, décision d'adéquation ; États-Unis, Data Privacy Framework" }
      - { purpose: Newsletter, legal_basis: consent, data: [e-mail], retention: 3 ans sans interaction, recipients: [Brevo] }
    tools:
      - { name: Shopify, role: processor, hosting: Canada/UE, dpa: true }
      - { name: Brevo, role: processor, hosting: UE (France), dpa: true }
      - { name: Etsy, role: controller, hosting: États-Unis (Data Privacy Framework) }
    cookie_consent: { tool: bannière Shopify, before_trackers: true }
`,
  check({ project: p }) {
    const r = p.legal?.rgpd;
    const base = ['legal', 'rgpd'];
    if (!r) return judge([missingSection(base, ['contact', 'processings', 'tools', 'cookie_consent'])], true);
    const gaps: GapSpec[] = [];
    if (!filled(r.contact) && !filled(r.dpo)) gaps.push(missing([...base, 'contact']));
    const processings = r.processings ?? [];
    if (processings.length === 0) gaps.push(missingSection([...base, 'processings'], ['purpose', 'legal_basis', 'data', 'retention', 'recipients']));
    else {
      processings.forEach((x, i) => gaps.push(...missingKeys([...base, 'processings', i], x, ['data', 'retention', 'recipients'])));
      if (!processings.some((x) => ORDERS_PURPOSE.test(x.purpose) || x.legal_basis === 'contract')) gaps.push(gap('gap.rgpd_orders', [...base, 'processings']));
      if (!processings.some((x) => MARKETING_PURPOSE.test(x.purpose) || x.legal_basis === 'consent')) gaps.push(gap('gap.rgpd_marketing', [...base, 'processings']));
    }
    const tools = r.tools ?? [];
    if (tools.length === 0) gaps.push(missing([...base, 'tools']));
    tools.forEach((tool, i) => {
      if (!filled(tool.hosting)) gaps.push(missing([...base, 'tools', i, 'hosting']));
      // A DPA (art. 28) is asked of a processor, an arrangement (art. 26) of a joint controller, nothing of an independent controller.
      const role = tool.role ?? 'processor';
      if (role === 'controller') return;
      if (tool.dpa === undefined) gaps.push(missing([...base, 'tools', i, 'dpa']));
      else if (!tool.dpa) gaps.push(gap(role === 'joint_controller' ? 'gap.no_joint_arrangement' : 'gap.no_dpa', [...base, 'tools', i, 'dpa'], { tool: tool.name }));
    });
    if (r.cookie_consent?.before_trackers !== true) gaps.push(gap('gap.cookie_consent', [...base, 'cookie_consent', 'before_trackers']));
    if (processings.length && tools.length) gaps.push(...recipientsAndTools(r, base));
    return judge(gaps, false, { id: 'criteria.C5.4.pass', path: base, data: { processings: processings.length, tools: tools.length } });
  },
};

export const C5: CriterionDefinition[] = [C5_1, C5_2, C5_3, C5_4];
