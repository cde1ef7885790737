/**
 * The keys of a shop launching in 2027 (issue 20, `rules-legal.ts`), used by the section files:
 * REP sectors and their unique identifiers, product safety, subscriptions, reviews, e-invoicing,
 * accessibility, the commercial guarantee's terms and the roles of the tools under the GDPR.
 */
import * as z from 'zod';
import { bool, int, money, text, textList } from '../fields.js';
import { enumOf, obj } from './kit.js';

/** REP sectors (C. env. L541-10-1) a shop may fall under. */
const REP_SECTORS = ['packaging', 'textiles', 'furniture', 'electrical', 'batteries', 'toys', 'sports', 'diy_garden', 'paper', 'other'] as const;
/** How a tool or recipient handles personal data (GDPR art. 4(7), 26, 28). */
export const GDPR_ROLES = ['processor', 'controller', 'joint_controller'] as const;

export const RepSector = obj({
  sector: enumOf(REP_SECTORS),
  eco_organism: text().optional().describe('The eco-organism the shop belongs to (Citeo, Léko, Refashion…)'),
  idu: text().optional().describe('Unique identifier (IDU) given on registration, printed in the CGV and legal notice'),
  fee: obj({
    yearly: money().optional().describe('Flat yearly contribution, HT (a fixed charge)'),
    per_unit: z.record(z.string(), money(), { message: 'value.expected_mapping' }).optional().describe('Contribution per unit sold, HT, by product id (a variable charge)'),
  }).optional(),
});

export const ProductSafety = obj({
  manufacturer: text().optional().describe('Name, trade name or mark, postal and electronic address of the manufacturer'),
  eu_responsible_person: text().optional().describe('Economic operator in the EU when the manufacturer is not established there (importer, representative)'),
  identifier: text().optional().describe('Type, batch or serial number identifying the product'),
  warnings: textList().optional().describe('Warnings and safety information, in French'),
  food: bool().optional().describe('A food: outside the GPSR, the operator and importer of Regulation (EU) 1169/2011 instead'),
});

export const Subscription = obj({
  every_months: int(1, 24).describe('A delivery every N months'),
  commitment_months: int(0, 60).optional().describe('Minimum duration; 0 or absent: cancel at any time'),
  tacit_renewal: bool().optional().describe('Renewed tacitly at the end of each commitment period'),
});

export const Reviews = obj({
  tool: text().optional(),
  checked: bool().optional().describe('Whether reviews are checked before publication (L111-7-2)'),
  method: text().optional().describe('How they are checked (verified purchase, moderation…)'),
  order: text().optional().describe('The order they are shown in (date, rating…)'),
});

export const EInvoicing = obj({
  platform: text().optional().describe('The approved platform (plateforme agréée) that receives and issues invoices'),
  monthly_cost: money().optional().describe('Its monthly cost, HT (a fixed charge)'),
});

export const Accessibility = obj({
  statement: text().optional().describe('Where the accessibility statement is published (page or URL)'),
});

export const CommercialGuaranteeTerms = obj({
  guarantor: text().optional().describe('Name, postal address and phone of the guarantor'),
  duration: text().optional(),
  territory: text().optional().describe('Territorial scope'),
  how_to_claim: text().optional(),
  price: money().optional().describe('Its price, TTC (0 when free)'),
});
