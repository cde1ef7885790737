/** The legal frame: consumer law, legal notice, RGPD. */
import { bool, int, list, nonEmptyText, text, textList } from '../fields.js';
import { obj, enumOf } from './kit.js';
import { LEGAL_BASES } from './enums.js';
import { Accessibility, CommercialGuaranteeTerms, GDPR_ROLES, RepSector } from './legal-2027.js';

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
  tools: list(obj({ name: nonEmptyText(), purpose: text().optional(), role: enumOf(GDPR_ROLES).optional(), hosting: text().optional(), dpa: bool().optional() })).optional(),
  cookie_consent: obj({ tool: text().optional(), before_trackers: bool().optional() }).optional(),
  security_measures: textList().optional(),
  register_created: text().optional().describe('Date the processing register was drawn up (RGPD art. 30), e.g. 2027-01-04'),
  register_updated: text().optional().describe('Date of the register’s last update'),
});

export const Legal = obj({
  withdrawal_days: int(0, 365).optional(),
  withdrawal_button: bool().optional(),
  withdrawal_exceptions: textList().optional(),
  refund_days: int(0, 365).optional(),
  legal_guarantees: bool().optional(),
  commercial_guarantee: text().optional(),
  commercial_guarantee_terms: CommercialGuaranteeTerms.optional(),
  mediator: obj({ name: text().optional(), url: text().optional(), address: text().optional() }).optional(),
  delivery_max_days: int(0, 365).optional(),
  payment_methods: textList().optional(),
  prices_include_vat: bool().optional(),
  applicable_law: text().optional(),
  promotions: bool().optional().describe('Price reductions are announced (L112-1-1)'),
  rep: list(RepSector).optional(),
  accessibility: Accessibility.optional(),
  rgpd: Rgpd.optional(),
});
