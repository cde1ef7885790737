/** The project, its objectives and the company (legal form, VAT, identity for the legal notice). */
import { bool, calendarMonth, int, money, nonEmptyText, rate, text } from '../fields.js';
import { obj, enumOf } from './kit.js';
import { LEGAL_FORMS, ACTIVITIES, VAT_REGIMES, MANAGER_SHARES } from './enums.js';
import { EInvoicing } from './legal-2027.js';

const Objectives = obj({
  revenue_year1: money().describe('Revenue HT targeted in year 1'),
  revenue_final_year: money().optional().describe('Revenue HT targeted in the last year of the horizon'),
  max_break_even_month: int(1, 60).optional(),
});

const Indicators = obj({
  min_markup_rate: rate().optional().describe('Target taux de marque (C1.5, C2.3)'),
  max_acquisition_cost_per_order: money().optional(),
  min_contribution_margin_rate: rate().optional(),
});

export const Project = obj({
  name: nonEmptyText(),
  tagline: text().optional(),
  description: text().optional().describe('What is sold, to whom, why'),
  target: text().optional().describe('Target customer in one sentence'),
  start: calendarMonth().describe('First forecast month, YYYY-MM'),
  horizon_months: int(12, 60).describe('Forecast horizon in months, 12 to 60'),
  objectives: Objectives.optional(),
  indicators: Indicators.optional(),
});

const Person = obj({ name: text().optional(), email: text().optional(), phone: text().optional() });
const Host = obj({ name: text().optional(), address: text().optional(), phone: text().optional(), url: text().optional() });

export const Company = obj({
  name: text().optional(),
  legal_form: enumOf(LEGAL_FORMS),
  activity: enumOf(ACTIVITIES).default('goods'),
  vat_regime: enumOf(VAT_REGIMES),
  versement_liberatoire: bool().optional(),
  acre: bool().optional(),
  social_rate: rate().optional(),
  /** An EI opting for the corporate tax (IS): taxed and contributions like an EURL. */
  corporate_tax: bool().optional(),
  /** SARL: the manager's share of the capital; minority or equal → assimilé salarié, majority → TNS (default). */
  manager: enumOf(MANAGER_SHARES).optional(),
  owner: Person.optional(),
  address: text().optional(),
  email: text().optional(),
  phone: text().optional(),
  siren: text().optional(),
  siret: text().optional(),
  rcs_or_rne: text().optional(),
  share_capital: money().optional(),
  vat_number: text().optional(),
  publication_director: text().optional(),
  host: Host.optional(),
  regulated_activity: text().optional(),
  headcount: int(0, 1_000_000).optional().describe('Persons employed, the owner included'),
  e_invoicing: EInvoicing.optional(),
});
