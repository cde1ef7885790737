/**
 * The gaps of C5 for the rules of a shop launching in 2027 (issue 20, `src/model/rules-legal.ts`),
 * each located at the key to add, each only when the rule applies to the project:
 * - C5.1 (regulations in force): product safety of each listing (GPSR), paid influencers;
 * - C5.3 (CGV): the REP unique identifiers, subscriptions, reviews, the commercial guarantee's terms,
 *   the accessibility statement above the microenterprise thresholds.
 * Pure; every regex over user text is a bounded alternation of words (linear).
 */
import type { Path } from '../diagnostics/diagnostic.js';
import { LEGAL_FIGURES_2027 } from '../model/rules-legal.js';
import type { Product, ProjectFile, Supplier } from '../model/schema.js';
import { filled, gap, missing, someText } from './helpers.js';
import type { GapSpec } from './types.js';

/** Member states of the European Union (GDPR and GPSR « established in the Union »), by ISO code and name. */
const EU = new Set(
  (
    'AT BE BG HR CY CZ DK EE FI FR DE GR EL HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE ' +
    'autriche belgique bulgarie croatie chypre tchequie republique-tcheque danemark estonie finlande france allemagne grece hongrie irlande italie lettonie lituanie luxembourg malte pays-bas pologne portugal roumanie slovaquie slovenie espagne suede ' +
    'austria belgium bulgaria croatia cyprus czechia czech-republic denmark estonia finland germany greece hungary ireland italy latvia lithuania malta netherlands poland romania slovakia slovenia spain sweden'
  )
    .split(' ')
    .map((s) => s.toLowerCase()),
);

const normalise = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, '-');

/** A supplier country written and outside the European Union. */
export function outsideEu(country: string | undefined): boolean {
  return filled(country) && !EU.has(normalise(country));
}

/** Clothing, shoes and household linen: the textile REP sector (L541-10-1, 11°). */
const CLOTHING =
  /\b(v[êe]tements?|chemises?|chemisiers?|pulls?|t-?shirts?|tee-?shirts?|sweats?|robes?|jupes?|pantalons?|jeans?|vestes?|manteaux?|chaussures?|baskets?|chaussettes?|bonnets?|[ée]charpes?|linge de maison|draps?|housses? de couette|clothing|apparel|shoes?|shirts?|sweaters?|dress(?:es)?|jackets?|socks?)\b/i;
/** Candles and wax melts: their warnings (EN 15494, CLP). */
const CANDLE = /\b(bougies?|candles?|fondants? parfum[ée]s?|wax melts?)\b/i;

export const isClothing = (p: Product) => CLOTHING.test(`${p.category ?? ''} ${p.name}`);
export const isCandle = (p: Product) => CANDLE.test(`${p.category ?? ''} ${p.name}`);

/** The eco-organisms a user is pointed to, by sector (examples, not a list of the approved ones). */
const ECO_ORGANISMS: Record<string, string> = { packaging: 'Citeo, Léko, Adelphe', textiles: 'Refashion' };

/** The REP sectors that apply: packaging for any shop selling goods (it ships parcels), textiles when a product is clothing, and every sector declared. */
export function repSectors(p: ProjectFile): string[] {
  const sectors = new Set<string>();
  if (p.company?.activity !== 'services') sectors.add('packaging');
  if (p.products.some(isClothing)) sectors.add('textiles');
  for (const r of p.legal?.rep ?? []) sectors.add(r.sector);
  return [...sectors];
}

/** C5.3: each sector that applies has its entry and its unique identifier (L541-10-13). */
export function repGaps(p: ProjectFile): GapSpec[] {
  const rep = p.legal?.rep ?? [];
  const out: GapSpec[] = [];
  for (const sector of repSectors(p)) {
    const i = rep.findIndex((r) => r.sector === sector);
    const data = { sector, organisms: ECO_ORGANISMS[sector] ?? '' };
    if (i < 0) out.push(gap('gap.rep_missing', ['legal', 'rep'], data));
    else if (!filled(rep[i]!.idu)) out.push(gap('gap.rep_idu', ['legal', 'rep', i, 'idu'], data));
  }
  return out;
}

/** The supplier of a product bought for resale, when it is outside the EU (then the shop is usually the importer). */
function importedFrom(p: ProjectFile, prod: Product): Supplier | undefined {
  if (prod.strategy !== 'resale' || !prod.supplier) return undefined;
  const s = (p.suppliers?.list ?? []).find((x) => x.id === prod.supplier);
  return s && outsideEu(s.country) ? s : undefined;
}

/** C5.1: each listing shows what Regulation (EU) 2023/988 art. 19 asks (food: Regulation (EU) 1169/2011). */
export function productSafetyGaps(p: ProjectFile): GapSpec[] {
  if (p.company?.activity === 'services') return [];
  const out: GapSpec[] = [];
  p.products.forEach((prod, i) => {
    const base: Path = ['products', i, 'safety'];
    const s = prod.safety;
    if (!s) {
      out.push(gap('gap.product_safety', base, { product: prod.id }));
      return;
    }
    if (!filled(s.manufacturer)) out.push(missing([...base, 'manufacturer']));
    if (!filled(s.identifier)) out.push(missing([...base, 'identifier']));
    const supplier = importedFrom(p, prod);
    if (supplier && !filled(s.eu_responsible_person))
      out.push(gap('gap.eu_responsible_person', [...base, 'eu_responsible_person'], { product: prod.id, supplier: supplier.name, country: supplier.country ?? '' }));
    if (s.food !== true && isCandle(prod) && !someText(s.warnings)) out.push(gap('gap.candle_warnings', [...base, 'warnings'], { product: prod.id }));
  });
  return out;
}

/** C5.1: a paid influencer works under a written contract and labels the post « Publicité » (loi 2023-451). */
export function influencerGaps(p: ProjectFile): GapSpec[] {
  const out: GapSpec[] = [];
  (p.acquisition ?? []).forEach((s, i) => {
    if (s.kind === 'influence' && s.contract !== true) out.push(gap('gap.influencer_contract', ['acquisition', i, 'contract'], { source: s.name ?? s.id }));
  });
  return out;
}

/** Words that announce a subscription or reviews in what the project says of its loyalty and feedback. */
const SUBSCRIPTION = /\b(abonnements?|abonn[ée]s?|subscriptions?|subscribers?)\b/i;
const REVIEWS = /\b(avis|reviews?|notes? clients?|t[ée]moignages?)\b/i;
/** Reviews published by a platform (a marketplace, Google): the platform informs, not the shop. */
const PLATFORM_REVIEWS = /\b(google|etsy|amazon|cdiscount|fnac|ebay|vinted|leboncoin|trustpilot|facebook|instagram)\b/i;

/** C5.3: a subscription mentioned but declared on no product; reviews published without saying how they are handled (L111-7-2). */
export function subscriptionAndReviewGaps(p: ProjectFile): GapSpec[] {
  const out: GapSpec[] = [];
  const program = p.experience?.loyalty?.program;
  if (filled(program) && SUBSCRIPTION.test(program) && !p.products.some((x) => x.subscription))
    out.push(gap('gap.subscription_undeclared', ['experience', 'loyalty', 'program']));
  const channels = p.experience?.satisfaction?.channels ?? [];
  const reviews = p.experience?.reviews;
  if (!reviews) {
    const j = channels.findIndex((c) => REVIEWS.test(c) && !PLATFORM_REVIEWS.test(c));
    if (j >= 0) out.push(gap('gap.reviews_undeclared', ['experience', 'reviews'], { channel: channels[j] }));
  } else {
    if (reviews.checked === undefined) out.push(gap('gap.reviews_checked', ['experience', 'reviews', 'checked']));
    else if (reviews.checked && !filled(reviews.method)) out.push(missing(['experience', 'reviews', 'method']));
    if (!filled(reviews.order)) out.push(missing(['experience', 'reviews', 'order']));
  }
  return out;
}

/** C5.3: a commercial guarantee states its guarantor, duration, territory and how to claim it (L217-22). */
export function commercialGuaranteeGaps(p: ProjectFile): GapSpec[] {
  if (!filled(p.legal?.commercial_guarantee)) return [];
  const terms = p.legal?.commercial_guarantee_terms;
  const base: Path = ['legal', 'commercial_guarantee_terms'];
  if (!terms) return [gap('gap.commercial_guarantee_terms', base)];
  return (['guarantor', 'duration', 'territory', 'how_to_claim'] as const).filter((k) => !filled(terms[k])).map((k) => missing([...base, k]));
}

/** Whether the company is a microenterprise of the accessibility exemption; null when its headcount is not given. */
export function accessibilityExempt(p: ProjectFile): boolean | null {
  const headcount = p.company?.headcount;
  if (headcount === undefined) return null;
  const F = LEGAL_FIGURES_2027;
  const turnover = [p.project.objectives?.revenue_year1, p.project.objectives?.revenue_final_year].filter((x) => x !== undefined);
  return F.accessibilityMaxPersons.value.gt(headcount) && turnover.every((t) => t.lte(F.accessibilityMaxTurnover.value));
}

/** C5.3: above the microenterprise thresholds, the terms say where the accessibility statement is. */
export function accessibilityGaps(p: ProjectFile): GapSpec[] {
  if (accessibilityExempt(p) !== false || filled(p.legal?.accessibility?.statement)) return [];
  return [gap('gap.accessibility_statement', ['legal', 'accessibility', 'statement'], { headcount: p.company?.headcount ?? 0 })];
}
