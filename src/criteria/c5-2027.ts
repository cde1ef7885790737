/**
 * The gaps of C5 for the rules of a shop launching in 2027 (issue 20, `src/model/rules-legal.ts`),
 * each located at the key to add, each only when the rule applies to the project:
 * - C5.1 (regulations in force): product safety of each listing (GPSR), paid influencers;
 * - C5.3 (CGV): the REP unique identifiers, subscriptions, reviews, the commercial guarantee's terms,
 *   the accessibility statement above the microenterprise thresholds.
 * Which rules apply is decided in `src/model/legal-facts.ts`, shared with the legal drafts. Pure;
 * every regex over user text is a bounded alternation of words (linear).
 */
import type { Path } from '../diagnostics/diagnostic.js';
import { accessibilityExempt, importedFrom, isCandle, repSectors } from '../model/legal-facts.js';
import type { ProjectFile } from '../model/schema.js';
import { filled, gap, missing, someText } from './helpers.js';
import type { GapSpec } from './types.js';

/** The eco-organisms a user is pointed to, by sector (examples, not a list of the approved ones). */
const ECO_ORGANISMS: Record<string, string> = { packaging: 'Citeo, Léko, Adelphe', textiles: 'Refashion' };

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
  if (filled(program) && SUBSCRIPTION.test(program) && !p.products.some((x) => x.subscription)) out.push(gap('gap.subscription_undeclared', ['experience', 'loyalty', 'program']));
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

/** C5.3: above the microenterprise thresholds, the terms say where the accessibility statement is. */
export function accessibilityGaps(p: ProjectFile): GapSpec[] {
  if (accessibilityExempt(p) !== false || filled(p.legal?.accessibility?.statement)) return [];
  return [gap('gap.accessibility_statement', ['legal', 'accessibility', 'statement'], { headcount: p.company?.headcount ?? 0 })];
}
