/**
 * View models of the legal drafts, built from the project file only. Every value a
 * draft needs is a Field: the text from the file, or a visible placeholder plus a
 * located warning. Numbers are formatted here; templates hold the prose.
 */
import type { Path } from '../../diagnostics/diagnostic.js';
import type { SourceMap } from '../../io/yaml.js';
import { t, tCode, type Lang } from '../../i18n/index.js';
import { formatMoney } from '../../i18n/format.js';
import { Decimal } from '../../model/decimal.js';
import type { ProjectFile } from '../../model/schema.js';
import { MissingCollector, contentItems, given, present, type Field } from '../field.js';
import { date, joinList, plural } from '../helpers.js';
import type { LegalDoc } from './clauses.js';
import { LEGAL_FR, RULES_DATE, legalRule } from '../../model/rules-fr.js';
import { sellerView } from './seller.js';
import { controllerViews, jointArrangement, legal2027View, processorTools, repView, type ControllerView, type Legal2027View, type RepView } from './view-2027.js';

/** Legal minimums and maximums the drafts cannot go below/above (french-rules.md). */
const WITHDRAWAL_MIN_DAYS = LEGAL_FR.withdrawalMinDays;
const REFUND_MAX_DAYS = LEGAL_FR.refundMaxDays;
const ARCHIVING_THRESHOLD_EUR = new Decimal(LEGAL_FR.archivingThreshold);

interface Header {
  lang: Lang;
  title: string;
  /** « Mentions légales — Atelier Lumière ». */
  heading: string;
  shopName: string;
  rulesDate: string;
  rulesDateIso: string;
}

export interface SellerView {
  individual: boolean;
  company: boolean;
  /** No company section at all: the form is unknown. */
  unknownForm: boolean;
  ownerName: Field;
  companyName: Field;
  tradeName: string;
  legalForm: Field;
  shareCapital: Field | null;
  address: Field;
  email: Field;
  phone: Field;
  registration: Field;
  siren: string | null;
  siret: string | null;
  vatNumber: Field | null;
  vatFranchise: boolean;
  publicationDirector: Field;
  host: { name: Field; address: Field; phone: Field; url: string | null };
  regulatedActivity: string | null;
  /** Who sells: « Camille Martin, entrepreneur individuel » or the company name. */
  displayName: Field;
  rgpdContact: Field;
}

interface ProcessingView {
  purpose: Field;
  basis: string;
  persons: Field;
  data: Field;
  recipients: Field;
  transfers: Field;
  retention: Field;
  security: Field;
}

export interface LegalViews {
  mentions: Header & { seller: SellerView; rep: RepView[] };
  cgv: Header & {
    seller: SellerView;
    products: string;
    vatFranchise: boolean;
    shippingCharged: Field;
    freeAbove: string | null;
    carriers: string | null;
    payment: Field;
    deliveryDays: Field;
    promisedDays: string | null;
    withdrawalPeriod: Field;
    withdrawalExceptions: string[];
    withdrawalButton: Field;
    returnCosts: Field;
    returnsByCustomer: boolean;
    returnsByMerchant: boolean;
    refundPeriod: Field;
    mediatorName: Field;
    mediatorUrl: Field | null;
    archivingThreshold: string;
    applicableLaw: string;
    /** The rules of 2027 (issue 20). */
    y27: Legal2027View;
  };
  privacy: Header & {
    seller: SellerView;
    dpo: string | null;
    processings: ProcessingView[];
    noProcessings: Field | null;
    /** Processors, then the independent and joint controllers (GDPR art. 26, 28). */
    tools: Array<{ name: string; purpose: string | null; hosting: Field }>;
    controllers: ControllerView[];
    cookieTool: Field;
    cookieConsent: Field;
    securityMeasures: string | null;
    /** A phone number is collected and the prior-consent rule applies at the rules date (issue 12, item 12). */
    phoneConsent: boolean;
    /** Advertising or audience targeting is declared: the profiling it does is described (RGPD art. 13(2)(f)). */
    profiling: boolean;
  };
  register: Header & {
    seller: SellerView;
    dpo: string | null;
    processings: ProcessingView[];
    noProcessings: Field | null;
    processors: Array<{ name: string; purpose: string | null; hosting: Field; dpa: Field }>;
    noProcessors: Field | null;
    controllers: ControllerView[];
    /** When the register was drawn up and last updated (as written in the file), or null: a blank to fill in. */
    created: string | null;
    updated: string | null;
  };
}

function titleId(doc: LegalDoc): string {
  return `legal.doc.${doc}`;
}

/** The short name of a draft, for warnings (« CGV », « registre RGPD »). */
export function legalDocName(doc: string, lang: Lang): string {
  return tCode(lang, `legal.docshort.${doc}`);
}

/** Build the four drafts' view models; `missing` collects placeholders and warnings. */
export function buildLegalViews(p: ProjectFile, map: SourceMap, lang: Lang): { views: LegalViews; missing: MissingCollector } {
  const missing = new MissingCollector(lang, map);
  const money = (d: Decimal) => formatMoney(d, lang, p.currency);
  const header = (doc: LegalDoc): Header => ({
    lang,
    title: tCode(lang, titleId(doc)),
    heading: `${tCode(lang, titleId(doc))} — ${p.project.name}`,
    shopName: p.project.name,
    rulesDate: date(RULES_DATE, lang),
    rulesDateIso: RULES_DATE,
  });
  // Measures are phrases that often contain « et » themselves: a semicolon keeps them apart.
  const measures = (items: string[]) => items.join(lang === 'fr' ? ' ; ' : '; ');
  const days = (n: number) => `${n} ${plural(n, t(lang, 'legal.word.day'), t(lang, 'legal.word.days'), lang)}`;
  const x: LegalCtx = { p, lang, missing, money, header, measures, days };
  const fig = cgvFigures(x);
  const views: LegalViews = {
    mentions: { ...header('mentions'), seller: sellerView(x, 'mentions'), rep: repView(x, 'mentions') },
    cgv: cgvView(x, fig),
    privacy: privacyView(x),
    register: registerView(x),
  };
  return { views, missing };
}

/** What the drafts' builders share: the project, the language, the collector of placeholders and the phrasing helpers. */
export interface LegalCtx {
  p: ProjectFile;
  lang: Lang;
  missing: MissingCollector;
  money: (d: Decimal) => string;
  header: (doc: LegalDoc) => Header;
  measures: (items: string[]) => string;
  days: (n: number) => string;
}

/** The CGV's periods and mediator, with the notes of periods the law overrides. */
function cgvFigures(x: LegalCtx): { withdrawalPeriod: Field; refundPeriod: Field; mediatorName: Field; mediatorUrl: Field | null } {
  const { p, missing, days } = x;
  const legal = p.legal;
  const cgvDoc: LegalDoc = 'cgv';
  const declaredWithdrawal = legal?.withdrawal_days;
  let withdrawalPeriod: Field;
  if (declaredWithdrawal === undefined) withdrawalPeriod = missing.placeholder(['legal', 'withdrawal_days'], 'legal.element.withdrawal_days', cgvDoc);
  else {
    if (declaredWithdrawal < WITHDRAWAL_MIN_DAYS)
      missing.note(['legal', 'withdrawal_days'], 'legal.withdrawal_below_minimum', cgvDoc, {
        days: declaredWithdrawal,
        min: WITHDRAWAL_MIN_DAYS,
      });
    withdrawalPeriod = present(days(Math.max(declaredWithdrawal, WITHDRAWAL_MIN_DAYS)));
  }
  const declaredRefund = legal?.refund_days;
  let refundPeriod: Field;
  if (declaredRefund === undefined) refundPeriod = missing.placeholder(['legal', 'refund_days'], 'legal.element.refund_days', cgvDoc);
  else {
    if (declaredRefund > REFUND_MAX_DAYS) missing.note(['legal', 'refund_days'], 'legal.refund_above_maximum', cgvDoc, { days: declaredRefund, max: REFUND_MAX_DAYS });
    refundPeriod = present(days(Math.min(declaredRefund, REFUND_MAX_DAYS)));
  }
  const mediator = legal?.mediator;
  let mediatorName: Field;
  let mediatorUrl: Field | null;
  if (!mediator || (!given(mediator.name) && !given(mediator.url))) {
    // One placeholder for the whole mediator: the usual case is that none has been chosen yet.
    mediatorName = missing.placeholder(['legal', 'mediator'], 'legal.element.mediator', cgvDoc);
    mediatorUrl = null;
  } else {
    mediatorName = missing.need(mediator.name, ['legal', 'mediator', 'name'], 'legal.element.mediator_name', cgvDoc);
    mediatorUrl = missing.need(mediator.url, ['legal', 'mediator', 'url'], 'legal.element.mediator_url', cgvDoc);
  }
  return { withdrawalPeriod, refundPeriod, mediatorName, mediatorUrl };
}

/** The CGV: what is sold, delivery, payment, withdrawal, returns, refund, guarantee, mediator. */
function cgvView(x: LegalCtx, fig: ReturnType<typeof cgvFigures>): LegalViews['cgv'] {
  const { p, lang, missing, money, header, days } = x;
  const legal = p.legal;
  const cgvDoc: LegalDoc = 'cgv';
  const { withdrawalPeriod, refundPeriod, mediatorName, mediatorUrl } = fig;
  const payer = p.returns?.return_shipping_paid_by;
  const shipping = p.shipping;
  const carriers = shipping?.carriers?.length
    ? joinList(
        shipping.carriers.map((c) => `${c.name} (${days(c.delay_days)})`),
        lang,
      )
    : null;
  return {
    ...header('cgv'),
    seller: sellerView(x, 'cgv'),
    products: joinList(
      p.products.map((pr) => pr.name),
      lang,
    ),
    vatFranchise: p.company?.vat_regime === 'franchise',
    shippingCharged:
      shipping?.charged_to_customer !== undefined ? present(money(shipping.charged_to_customer)) : missing.placeholder(['shipping', 'charged_to_customer'], 'legal.element.shipping_charged', cgvDoc),
    freeAbove: shipping?.free_above !== undefined ? money(shipping.free_above) : null,
    carriers,
    payment: contentItems(legal?.payment_methods).length
      ? present(joinList(contentItems(legal?.payment_methods), lang))
      : missing.placeholder(['legal', 'payment_methods'], 'legal.element.payment_methods', cgvDoc),
    deliveryDays: legal?.delivery_max_days !== undefined ? present(days(legal.delivery_max_days)) : missing.placeholder(['legal', 'delivery_max_days'], 'legal.element.delivery_max_days', cgvDoc),
    promisedDays: shipping?.promised_delivery_days !== undefined ? days(shipping.promised_delivery_days) : null,
    withdrawalPeriod,
    withdrawalExceptions: contentItems(legal?.withdrawal_exceptions),
    withdrawalButton: legal?.withdrawal_button === true ? present('') : missing.placeholder(['legal', 'withdrawal_button'], 'legal.element.withdrawal_button', cgvDoc),
    returnCosts: payer ? present(payer) : missing.placeholder(['returns', 'return_shipping_paid_by'], 'legal.element.return_costs', cgvDoc),
    returnsByCustomer: payer === 'customer',
    returnsByMerchant: payer === 'merchant',
    refundPeriod,
    mediatorName,
    mediatorUrl,
    archivingThreshold: money(ARCHIVING_THRESHOLD_EUR),
    applicableLaw: given(legal?.applicable_law) ?? t(lang, 'legal.default_law'),
    y27: legal2027View(x),
  };
}

/** The RGPD processings of a draft, each with its placeholders. */
function processingViews(x: LegalCtx, doc: LegalDoc): ProcessingView[] {
  const { lang, missing, measures } = x;
  const rgpd = x.p.legal?.rgpd;
  const list = rgpd?.processings ?? [];
  const globalSecurity = rgpd?.security_measures?.length ? measures(rgpd.security_measures) : null;
  return list.map((pr, i) => {
    const P = (key: string): Path => ['legal', 'rgpd', 'processings', i, key];
    const listField = (v: string[] | undefined, key: string, element: string): Field => (contentItems(v).length ? present(joinList(contentItems(v), lang)) : missing.placeholder(P(key), element, doc));
    return {
      purpose: present(pr.purpose),
      basis: t(lang, `legal.basis.${pr.legal_basis}`),
      persons: listField(pr.persons, 'persons', 'legal.element.persons'),
      data: listField(pr.data, 'data', 'legal.element.data'),
      recipients: listField(pr.recipients, 'recipients', 'legal.element.recipients'),
      // `transfers` is written where there is one: its absence declares none (the examples' convention).
      transfers: present(given(pr.transfers) ?? t(lang, 'legal.no_transfer')),
      retention: missing.need(pr.retention, P('retention'), 'legal.element.retention', doc),
      security: pr.security?.length
        ? present(measures(pr.security))
        : globalSecurity
          ? present(globalSecurity)
          : missing.placeholder(['legal', 'rgpd', 'security_measures'], 'legal.element.security', doc),
    };
  });
}

/** The placeholder of a draft when no processing is declared. */
function noProcessingsField(x: LegalCtx, doc: LegalDoc): Field | null {
  return x.p.legal?.rgpd?.processings?.length ? null : x.missing.placeholder(['legal', 'rgpd', 'processings'], 'legal.element.processings', doc);
}

/** The privacy policy: processings, tools, cookies, security, canvassing and profiling. */
function privacyView(x: LegalCtx): LegalViews['privacy'] {
  const { missing, header, measures } = x;
  const rgpd = x.p.legal?.rgpd;
  return {
    ...header('privacy'),
    seller: sellerView(x, 'privacy'),
    dpo: given(rgpd?.dpo),
    processings: processingViews(x, 'privacy'),
    noProcessings: noProcessingsField(x, 'privacy'),
    tools: processorTools(x).map(({ tool, i }) => ({
      name: tool.name,
      purpose: given(tool.purpose),
      hosting: missing.need(tool.hosting, ['legal', 'rgpd', 'tools', i, 'hosting'], 'legal.element.hosting', 'privacy'),
    })),
    controllers: controllerViews(x, 'privacy'),
    cookieTool: missing.need(rgpd?.cookie_consent?.tool, ['legal', 'rgpd', 'cookie_consent', 'tool'], 'legal.element.cookie_tool', 'privacy'),
    cookieConsent:
      rgpd?.cookie_consent?.before_trackers === true ? present('') : missing.placeholder(['legal', 'rgpd', 'cookie_consent', 'before_trackers'], 'legal.element.cookie_consent', 'privacy'),
    securityMeasures: rgpd?.security_measures?.length ? measures(rgpd.security_measures) : null,
    phoneConsent: collectsPhone(rgpd?.processings) && legalRule('phone_canvassing_consent').inForceFrom <= RULES_DATE,
    profiling: usesAdvertising(rgpd),
  };
}

/** The register of processings: the processings and the processors, with their agreements. */
function registerView(x: LegalCtx): LegalViews['register'] {
  const { lang, missing, header } = x;
  const rgpd = x.p.legal?.rgpd;
  const processorAgreement = (name: string, dpa: boolean | undefined, i: number): Field => {
    const path: Path = ['legal', 'rgpd', 'tools', i, 'dpa'];
    if (dpa === undefined) return missing.placeholder(path, 'legal.element.dpa', 'register');
    if (!dpa) missing.note(path, 'legal.no_dpa', 'register', { tool: name });
    return present(t(lang, dpa ? 'legal.word.yes' : 'legal.dpa_missing'));
  };
  return {
    ...header('register'),
    seller: sellerView(x, 'register'),
    dpo: given(rgpd?.dpo),
    processings: processingViews(x, 'register'),
    noProcessings: noProcessingsField(x, 'register'),
    noProcessors: rgpd?.tools?.length ? null : missing.placeholder(['legal', 'rgpd', 'tools'], 'legal.element.tools', 'register'),
    // A DPA (art. 28) for a processor; an arrangement (art. 26) for a joint controller; nothing for an independent controller.
    processors: processorTools(x).map(({ tool, i }) => ({
      name: tool.name,
      purpose: given(tool.purpose),
      hosting: missing.need(tool.hosting, ['legal', 'rgpd', 'tools', i, 'hosting'], 'legal.element.hosting', 'register'),
      dpa: processorAgreement(tool.name, tool.dpa, i),
    })),
    controllers: controllerViews(x, 'register', (tool, i) => jointArrangement(x, tool.name, tool.dpa, i)),
    created: given(rgpd?.register_created),
    updated: given(rgpd?.register_updated),
  };
}

/** A processing collects a telephone number (issue 12, item 12): its data names one. */
export function collectsPhone(processings: ReadonlyArray<{ data?: readonly string[] }> | undefined): boolean {
  return (processings ?? []).some((p) => (p.data ?? []).some((d) => /t[ée]l[ée]phone|phone|mobile|portable/i.test(d)));
}

/** Advertising tools profile visitors (audiences, retargeting): a processing or a tool says so. */
const ADVERTISING = /publicit|annonce|ciblage|reciblage|retargeting|advertis|\bads?\b|targeting|profil|google ads|\bmeta\b|facebook|instagram ads|tiktok|pinterest|criteo/i;

/** The project declares advertising or targeting (RGPD art. 13(2)(f): say what profiling is done and that no decision rests on it alone). */
export function usesAdvertising(
  rgpd:
    | {
        processings?: ReadonlyArray<{ purpose: string; recipients?: readonly string[] | undefined }> | undefined;
        tools?: ReadonlyArray<{ name: string; purpose?: string | undefined }> | undefined;
      }
    | undefined,
): boolean {
  const texts = [...(rgpd?.processings ?? []).flatMap((p) => [p.purpose, ...(p.recipients ?? [])]), ...(rgpd?.tools ?? []).flatMap((x) => [x.name, x.purpose ?? ''])];
  return texts.some((x) => ADVERTISING.test(x));
}
