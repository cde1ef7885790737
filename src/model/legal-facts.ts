/**
 * Facts about a project that decide which rules of 2027 apply (issue 20), shared by `check` and the
 * legal drafts: the REP sectors, whether a supplier is outside the EU, whether a product is clothing
 * or a candle, whether the company is a microenterprise of the accessibility exemption. Pure; every
 * regex over user text is a bounded alternation of words (linear).
 */
import { LEGAL_FIGURES_2027 } from './rules-legal.js';
import type { Product, ProjectFile } from './schema.js';

/** Member states of the European Union (GPSR « established in the Union »), by ISO code and name (without accents). */
const EU = new Set(
  (
    'AT BE BG HR CY CZ DK EE FI FR DE GR EL HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE ' +
    'autriche belgique bulgarie croatie chypre tchequie republique-tcheque danemark estonie finlande france allemagne grece hongrie irlande italie lettonie lituanie luxembourg malte pays-bas pologne portugal roumanie slovaquie slovenie espagne suede ' +
    'austria belgium bulgaria croatia cyprus czechia czech-republic denmark estonia finland germany greece hungary ireland italy latvia lithuania malta netherlands poland romania slovakia slovenia spain sweden'
  )
    .split(' ')
    .map((s) => s.toLowerCase()),
);

const normalise = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').trim().toLowerCase().replace(/\s+/g, '-');

/** A supplier country written and outside the European Union. */
function outsideEu(country: string | undefined): boolean {
  return typeof country === 'string' && country.trim() !== '' && !EU.has(normalise(country));
}

/** Clothing, shoes and household linen: the textile REP sector (C. env. L541-10-1, 11°). */
const CLOTHING =
  /\b(v[êe]tements?|chemises?|chemisiers?|pulls?|t-?shirts?|tee-?shirts?|sweats?|robes?|jupes?|pantalons?|jeans?|vestes?|manteaux?|chaussures?|baskets?|chaussettes?|bonnets?|[ée]charpes?|linge de maison|draps?|housses? de couette|clothing|apparel|shoes?|shirts?|sweaters?|dress(?:es)?|jackets?|socks?)\b/i;
/** Candles and wax melts: their warnings (EN 15494, CLP). */
const CANDLE = /\b(bougies?|candles?|fondants? parfum[ée]s?|wax melts?)\b/i;

const isClothing = (p: Product) => CLOTHING.test(`${p.category ?? ''} ${p.name}`);
export const isCandle = (p: Product) => CANDLE.test(`${p.category ?? ''} ${p.name}`);

/** The REP sectors that apply: packaging for any shop selling goods (it ships parcels), textiles when a product is clothing, and every sector declared. */
export function repSectors(p: ProjectFile): string[] {
  const sectors = new Set<string>();
  if (p.company?.activity !== 'services') sectors.add('packaging');
  if (p.products.some(isClothing)) sectors.add('textiles');
  for (const r of p.legal?.rep ?? []) sectors.add(r.sector);
  return [...sectors];
}

/** The supplier of a product bought for resale outside the EU (then the shop is usually the importer), else undefined. */
export function importedFrom(p: ProjectFile, prod: Product) {
  if (prod.strategy !== 'resale' || !prod.supplier) return undefined;
  const s = (p.suppliers?.list ?? []).find((x) => x.id === prod.supplier);
  return s && outsideEu(s.country) ? s : undefined;
}

/** Whether the company is a microenterprise of the accessibility exemption; null when its headcount is not given. */
export function accessibilityExempt(p: ProjectFile): boolean | null {
  const headcount = p.company?.headcount;
  if (headcount === undefined) return null;
  const F = LEGAL_FIGURES_2027;
  const turnover = [p.project.objectives?.revenue_year1, p.project.objectives?.revenue_final_year].filter((x) => x !== undefined);
  return F.accessibilityMaxPersons.value.gt(headcount) && turnover.every((t) => t.lte(F.accessibilityMaxTurnover.value));
}
