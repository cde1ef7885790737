/**
 * The project file, version 1 (`../shared/design/project-file.md` is the contract):
 * one zod schema for the shape, assembled here from its sections (`sections/`);
 * semantic rules live in `semantic.ts`. Key names are a contract: never rename one.
 */
import * as z from 'zod';
import { list, number } from './fields.js';
import { Actuals } from './sections/actuals.js';
import { Brand, Experience } from './sections/brand.js';
import { Company as CompanySection, Project } from './sections/company.js';
import type { LEGAL_FORMS, STRATEGIES } from './sections/enums.js';
import { enumOf, obj } from './sections/kit.js';
import { Legal } from './sections/legal.js';
import { Channel, Inventory, Labour, Material as MaterialSection, Orders, Product as ProductSection, Returns, Shipping, Suppliers } from './sections/offer.js';
import { AcquisitionSource, Demand, Financing, FixedCost, Investment, OwnerPay } from './sections/plan.js';
import { Risk } from './sections/risk.js';

export { ActualsMapping } from './sections/actuals.js';
export { ACQUISITION_KINDS, ACTIVITIES, LEGAL_BASES, LEGAL_FORMS, PAYERS, STRATEGIES, VAT_REGIMES } from './sections/enums.js';

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
  company: CompanySection.optional(),
  products: list(ProductSection, 10_000).min(1, { message: 'value.empty_list' }),
  materials: list(MaterialSection, 10_000).optional(),
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
  risk: Risk.optional(),
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
