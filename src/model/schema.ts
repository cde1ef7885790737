/**
 * The project file, version 1 (`../shared/design/project-file.md` is the contract):
 * one zod schema for the shape; semantic rules live in `semantic.ts`.
 * Key names are a contract: never rename one.
 */
import * as z from 'zod';
import { bool, calendarMonth, id, int, list, money, month, nonEmptyText, number, quantity, rate, text, textList } from './fields.js';

const obj = <T extends z.ZodRawShape>(shape: T) => z.strictObject(shape, { message: 'value.expected_mapping' });

export const LEGAL_FORMS = ['micro_entreprise', 'ei', 'eurl', 'sasu', 'sarl', 'sas'] as const;
export const ACTIVITIES = ['goods', 'services'] as const;
export const VAT_REGIMES = ['franchise', 'normal'] as const;
export const STRATEGIES = ['resale', 'outsourced', 'in_house'] as const;
const CHANNEL_KINDS = ['own_site', 'marketplace', 'social_shop', 'retail'] as const;
export const ACQUISITION_KINDS = ['seo', 'organic_social', 'paid_ads', 'email', 'influence', 'marketplace', 'referral', 'other'] as const;
const FINANCING_KINDS = ['equity', 'loan', 'grant'] as const;
export const LEGAL_BASES = ['contract', 'consent', 'legal_obligation', 'legitimate_interest', 'vital_interest', 'public_task'] as const;
export const PAYERS = ['customer', 'merchant'] as const;
const MANAGER_SHARES = ['majority', 'minority', 'equal'] as const;

const enumOf = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { message: 'value.not_in_enum' });

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

const Project = obj({
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

const Company = obj({
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
});

const BomLine = obj({ material: id(), quantity: quantity() });

/** The cost basis of one production strategy (shared by a product and its alternatives). */
const strategyFields = {
  supplier: id().optional(),
  purchase_cost: money().optional(),
  manufacturing_cost: money().optional(),
  setup_cost: money().optional(),
  bill_of_materials: list(BomLine).optional(),
  labour_minutes: quantity().optional(),
};

const Alternative = obj({
  strategy: enumOf(STRATEGIES),
  ...strategyFields,
  packaging_cost: money().optional(),
  note: text().optional(),
});

const Product = obj({
  id: id(),
  name: nonEmptyText(),
  description: text().optional(),
  category: text().optional(),
  price: money().describe('Consumer price, VAT included (TTC)'),
  vat_rate: rate(),
  weight_g: quantity().optional(),
  dimensions_cm: text().optional(),
  personas: list(id()).optional(),
  mix: rate().describe('Share of units sold; products sum to 100 %'),
  sku: text().optional().describe('The SKU of the shop’s order exports (ecomplan actuals)'),
  strategy: enumOf(STRATEGIES),
  ...strategyFields,
  packaging_cost: money().optional(),
  alternatives: list(Alternative).optional(),
});

const Material = obj({
  id: id(),
  name: nonEmptyText(),
  unit: text(),
  cost: money(),
  vat_rate: rate().optional(),
  suppliers: list(id()).optional(),
});

const Labour = obj({ hourly_cost: money(), capacity_hours_per_month: quantity(744).optional() });

const Criterion = obj({ name: nonEmptyText(), weight: rate() });
const Supplier = obj({
  id: id(),
  name: nonEmptyText(),
  country: text().optional(),
  contact: text().optional(),
  supplies: list(id()).optional(),
  lead_time_days: int(0, 3650).optional(),
  minimum_order_units: int(0).optional(),
  payment_terms_days: int(0, 365).optional(),
  scores: z.record(z.string(), int(1, 5), { message: 'value.expected_mapping' }).optional(),
  selected: bool().optional(),
  note: text().optional(),
});
const Negotiation = obj({
  supplier: id().optional(),
  objectives: textList().optional(),
  arguments: textList().optional(),
  concessions: textList().optional(),
  fallback: text().optional(),
});
const Suppliers = obj({
  method: obj({ sources: textList().optional(), criteria: list(Criterion).optional() }).optional(),
  list: list(Supplier).optional(),
  negotiation: Negotiation.optional(),
});

const Inventory = obj({
  safety_stock_days: int(0, 365),
  cover_days: int(0, 365),
  tool: text().optional(),
});

const Orders = obj({ steps: textList().optional(), preparation_hours: quantity(744).optional() });

const Carrier = obj({
  name: nonEmptyText(),
  cost: money(),
  delay_days: int(0, 365),
  share: rate().optional(),
  tracking: bool().optional(),
});
const Shipping = obj({
  carriers: list(Carrier).optional(),
  charged_to_customer: money().optional(),
  free_above: money().optional(),
  promised_delivery_days: int(0, 365).optional(),
});

const Returns = obj({
  rate: rate(),
  return_shipping_paid_by: enumOf(PAYERS).optional(),
  return_shipping_cost: money().optional(),
});

const Channel = obj({
  id: id(),
  name: nonEmptyText(),
  kind: enumOf(CHANNEL_KINDS),
  share: rate(),
  commission_rate: rate().optional(),
  payment_fee_rate: rate().optional(),
  payment_fee_fixed: money().optional(),
  monthly_fee: money().optional(),
});

const ScenarioShift = obj({
  traffic: rate({ signed: true }).optional(),
  conversion: rate({ signed: true }).optional(),
  costs: rate({ signed: true }).optional(),
});
const Demand = obj({
  conversion_rate: rate(),
  items_per_order: quantity(1000),
  seasonality: list(quantity(100)).optional().describe('12 coefficients, January to December'),
  scenarios: obj({ pessimistic: ScenarioShift.optional(), optimistic: ScenarioShift.optional() }).optional(),
});

const AcquisitionSource = obj({
  id: id(),
  name: text().optional(),
  kind: enumOf(ACQUISITION_KINDS),
  visitors: quantity().optional().describe('Month-1 visitors of an organic source'),
  monthly_growth: rate({ signed: true }).optional(),
  growth_until_month: month().optional(),
  monthly_budget: money().optional().describe('Paid source: visitors = budget / cost_per_click'),
  cost_per_click: money().optional(),
  monthly_cost: money().optional().describe('Cost of an organic source (agency, tool), a marketing charge'),
  from: month().optional(),
});

const FixedCost = obj({
  name: nonEmptyText(),
  monthly: money().optional(),
  yearly: money().optional(),
  from: month().optional(),
  until: month().optional(),
  vat_rate: rate().optional(),
});

const Investment = obj({
  name: nonEmptyText(),
  amount: money(),
  month: month().optional(),
  depreciation_years: quantity(50).optional().describe('Depreciation period in years, at most 50'),
  vat_rate: rate().optional(),
});

const Financing = obj({
  kind: enumOf(FINANCING_KINDS),
  name: nonEmptyText(),
  amount: money(),
  month: month().optional(),
  rate: rate().optional(),
  months: int(1, 600).optional(),
  deferral_months: int(0, 600).optional(),
});

const OwnerPay = obj({ from: month(), monthly: money() });

const Persona = obj({
  id: id(),
  name: nonEmptyText(),
  age: int(0, 130).optional(),
  description: text().optional(),
  expectations: textList().optional(),
  habits: textList().optional(),
});
const Brand = obj({
  consumer_analysis: obj({ method: text().optional(), personas: list(Persona).optional() }).optional(),
  identity: obj({
    mission: text().optional(),
    promise: text().optional(),
    values: textList().optional(),
    tone: text().optional(),
    positioning: text().optional(),
    visual: obj({ colors: textList().optional(), typography: text().optional(), logo: text().optional() }).optional(),
  }).optional(),
  competitors: list(
    obj({
      name: nonEmptyText(),
      url: text().optional(),
      positioning: text().optional(),
      price_range: text().optional(),
      strengths: textList().optional(),
      weaknesses: textList().optional(),
    }),
  ).optional(),
  communication: obj({
    strategy: text().optional(),
    actions: list(
      obj({
        name: nonEmptyText(),
        channel: text().optional(),
        personas: list(id()).optional(),
        objective: text().optional(),
        month: month().optional(),
        budget: money().optional(),
        kpis: textList().optional(),
      }),
    ).optional(),
  }).optional(),
});

const Experience = obj({
  funnel: list(obj({ stage: nonEmptyText(), rate: rate(), kpi: text().optional() })).optional(),
  satisfaction: obj({ method: text().optional(), channels: textList().optional() }).optional(),
  loyalty: obj({
    repeat_rate_yearly: rate().optional(),
    referral: obj({ referrer_reward: text().optional(), referee_reward: text().optional() }).optional(),
    program: text().optional(),
  }).optional(),
});

const Rgpd = obj({
  contact: text().optional(),
  dpo: text().optional(),
  processings: list(
    obj({
      purpose: nonEmptyText(),
      legal_basis: enumOf(LEGAL_BASES),
      persons: textList().optional(),
      data: textList().optional(),
      retention: text().optional(),
      recipients: textList().optional(),
      transfers: text().optional(),
      security: textList().optional(),
    }),
  ).optional(),
  tools: list(obj({ name: nonEmptyText(), purpose: text().optional(), hosting: text().optional(), dpa: bool().optional() })).optional(),
  cookie_consent: obj({ tool: text().optional(), before_trackers: bool().optional() }).optional(),
  security_measures: textList().optional(),
  register_created: text().optional().describe('Date the processing register was drawn up (RGPD art. 30), e.g. 2027-01-04'),
  register_updated: text().optional().describe('Date of the register’s last update'),
});

const Legal = obj({
  withdrawal_days: int(0, 365).optional(),
  withdrawal_button: bool().optional(),
  withdrawal_exceptions: textList().optional(),
  refund_days: int(0, 365).optional(),
  legal_guarantees: bool().optional(),
  commercial_guarantee: text().optional(),
  mediator: obj({ name: text().optional(), url: text().optional(), address: text().optional() }).optional(),
  delivery_max_days: int(0, 365).optional(),
  payment_methods: textList().optional(),
  prices_include_vat: bool().optional(),
  applicable_law: text().optional(),
  rgpd: Rgpd.optional(),
});

export const ActualsMapping = obj({
  order_id: nonEmptyText(),
  date: nonEmptyText(),
  quantity: nonEmptyText(),
  sku: text().optional(),
  name: text().optional(),
  unit_price: text().optional(),
  total: text().optional(),
  taxes: text().optional(),
  shipping: text().optional(),
  discounts: text().optional(),
  refunds: text().optional(),
  status: text().optional(),
  currency: text().optional(),
  date_order: enumOf(['dmy', 'mdy'] as const).optional(),
});
const Actuals = obj({
  mapping: ActualsMapping.optional().describe('Column names of a generic order export'),
  tolerance: rate().optional().describe('Difference within which a line is on plan (default 10 %)'),
});

export const ProjectFileSchema = obj({
  ecomplan: number({ type: 'integer', const: 1 })
    .refine((d) => d.eq(1), { message: 'value.bad_format_version' })
    .transform(() => 1 as const),
  locale: enumOf(['fr', 'en'] as const).optional(),
  currency: z
    .string({ message: 'value.expected_text' })
    .regex(/^[A-Z]{3}$/, { message: 'value.bad_currency' })
    .default('EUR'),
  project: Project,
  company: Company.optional(),
  products: list(Product, 10_000).min(1, { message: 'value.empty_list' }),
  materials: list(Material, 10_000).optional(),
  labour: Labour.optional(),
  suppliers: Suppliers.optional(),
  inventory: Inventory.optional(),
  orders: Orders.optional(),
  shipping: Shipping.optional(),
  returns: Returns.optional(),
  channels: list(Channel).optional(),
  demand: Demand.optional(),
  acquisition: list(AcquisitionSource).optional(),
  fixed_costs: list(FixedCost).optional(),
  investments: list(Investment).optional(),
  financing: list(Financing).optional(),
  owner_pay: list(OwnerPay).optional(),
  brand: Brand.optional(),
  experience: Experience.optional(),
  legal: Legal.optional(),
  actuals: Actuals.optional(),
});

/** A validated project: every amount and rate a Decimal, months as MonthRef. */
export type ProjectFile = z.output<typeof ProjectFileSchema>;
export type Product = ProjectFile['products'][number];
export type Alternative = NonNullable<Product['alternatives']>[number];
export type Material = NonNullable<ProjectFile['materials']>[number];
export type Supplier = NonNullable<NonNullable<ProjectFile['suppliers']>['list']>[number];
export type Company = NonNullable<ProjectFile['company']>;
export type LegalForm = (typeof LEGAL_FORMS)[number];
export type Strategy = (typeof STRATEGIES)[number];
