/**
 * Coherence findings of the rules of 2027 (issue 20): generic environmental claims in what the
 * listings and the brand promise say (Directive (EU) 2024/825), and the approved e-invoicing
 * platform a plan running past September 2027 needs (CGI 289 bis, 290). Pure; the claim regex is an
 * alternation of words with letter lookarounds, linear in the text.
 */
import type { Path } from '../diagnostics/diagnostic.js';
import { monthLabel } from '../model/fields.js';
import { legalRule } from '../model/rules-fr.js';
import type { FindingSpec } from './findings.js';
import { filled } from './helpers.js';
import type { CheckInput } from './types.js';

/** Generic environmental claims (Directive 2005/29/EC annex I, 4a; C. env. L541-9-1). */
const GREEN_CLAIM =
  /(?<![\p{L}\p{N}])(?:100\s?%\s?)?(naturel(?:le)?s?|natural|[ée]cologiques?|ecological|[ée]co-?responsables?|durables?|sustainable|compostables?|biod[ée]gradables?|biodegradable|respectueu(?:x|se|ses) de l['’]environnement|environmentally friendly|eco-?friendly|neutres? en carbone|carbon[- ]neutral|z[ée]ro d[ée]chet|zero waste)(?![\p{L}\p{N}])/giu;

/** The distinct claims of a text, as written (lower case), at most five. */
export function greenClaims(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(GREEN_CLAIM)) {
    const word = m[0].toLowerCase().replace(/\s+/g, ' ');
    if (!found.includes(word)) found.push(word);
    if (found.length === 5) break;
  }
  return found;
}

/** A warning per product description or brand promise that makes a generic environmental claim. */
function greenClaimFindings({ project: p }: CheckInput): FindingSpec[] {
  const texts: Array<{ path: Path; text: string | undefined }> = [
    ...p.products.map((x, i) => ({ path: ['products', i, 'description'] as Path, text: x.description })),
    { path: ['brand', 'identity', 'promise'], text: p.brand?.identity?.promise },
  ];
  const out: FindingSpec[] = [];
  for (const { path, text } of texts) {
    if (!filled(text)) continue;
    const words = greenClaims(text);
    if (words.length)
      out.push({
        code: 'finding.generic_green_claim',
        severity: 'warning',
        path,
        data: { words: words.map((w) => `« ${w} »`).join(', '), from: legalRule('generic_environmental_claims').inForceFrom.slice(0, 7) },
      });
  }
  return out;
}

/** No approved platform declared while the plan runs past the month small businesses issue e-invoices. */
function eInvoicingFindings({ project: p }: CheckInput): FindingSpec[] {
  const issuance = legalRule('e_invoicing_issuance').inForceFrom.slice(0, 7);
  const last = monthLabel(p.project.horizon_months, p.project.start);
  const e = p.company?.e_invoicing;
  if (last < issuance) return [];
  if (!filled(e?.platform)) return [{ code: 'finding.e_invoicing_platform', severity: 'warning', path: ['company', 'e_invoicing', 'platform'], data: { month: issuance, last } }];
  if (e?.monthly_cost === undefined) return [{ code: 'finding.e_invoicing_cost', severity: 'info', path: ['company', 'e_invoicing', 'monthly_cost'], data: { platform: e?.platform ?? '' } }];
  return [];
}

export const FINDING_RULES_2027 = [greenClaimFindings, eInvoicingFindings];
export const FINDING_CODES_2027 = ['finding.generic_green_claim', 'finding.e_invoicing_platform', 'finding.e_invoicing_cost'] as const;
