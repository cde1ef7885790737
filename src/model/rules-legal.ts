/**
 * The rules of law a shop launching in 2027 must follow beyond the 2026 consumer rules (issue 20):
 * REP and its unique identifiers, product safety (GPSR), the harmonised guarantee notice and generic
 * environmental claims, subscriptions, price reductions, online reviews, delivery restrictions, the
 * commercial guarantee's contents, the mediator's contact details, paid influencers, e-invoicing,
 * accessibility, GDPR roles and the registration of an individual entrepreneur.
 *
 * Each row says where it comes from and how sure we are: `primary` when the text itself (Légifrance,
 * EUR-Lex, an official site quoting it) was read on 2026-12-06, `secondary` when only concordant
 * secondary sources were, `uncertain` when a French transposition or a detail is not confirmed;
 * `checked` says what was and was not confirmed. docs/legal.md lists the same rows (a test compares).
 */
import { Decimal } from './decimal.js';
import type { Certainty, LegalRule } from './rules-fr.js';

const rule = (id: string, inForceFrom: string, certainty: Certainty, source: string, checked: string): LegalRule => ({ id, inForceFrom, certainty, source, checked });

export const LEGAL_RULES_2027: readonly LegalRule[] = [
  rule(
    'rep_unique_identifier',
    '2022-01-01',
    'secondary',
    'C. env. L541-10-13 (loi 2020-105 « AGEC », art. 62): every producer under an extended producer responsibility (REP) scheme prints its unique identifier (IDU), obtained on registering with the ADEME (SYDEREP) through its eco-organism, in its general terms of sale or any contractual document, and on its website; R541-173 (decree of application)',
    'L541-10-13 quoted by secondary sources (lettredesreseaux.com); R541-173 not read',
  ),
  rule(
    'rep_sectors',
    '2022-01-01',
    'secondary',
    'C. env. L541-10-1: REP sectors, among them household packaging (1°, shipping packaging included) and clothing textiles, shoes and household linen (11°); L541-10-9: a marketplace pays the contributions of a seller that cannot show its IDU',
    'L541-10-1 and L541-10-9 quoted by secondary sources (agn-avocats.fr, lettredesreseaux.com); not read on Légifrance',
  ),
  rule(
    'product_safety_listing',
    '2024-12-13',
    'secondary',
    'Regulation (EU) 2023/988 (GPSR), art. 19: a distance offer shows the manufacturer’s name, trade name or mark and postal and electronic address; the responsible person in the Union (art. 16, Regulation (EU) 2019/1020 art. 4: importer, authorised representative or fulfilment service provider) when the manufacturer is not established in the Union; the product identifier (type, batch or serial number) with a picture; warnings and safety information in French. Art. 9 (manufacturers), 11 (importers). Food is outside its scope (art. 2(2)); Regulation (EU) 1169/2011 art. 8 then names the food business operator or importer',
    'EUR-Lex: regulation in force since 2024-12-13 (title and status read); the list of art. 19 read in concordant secondary sources',
  ),
  rule(
    'candle_safety_warnings',
    '2024-12-13',
    'uncertain',
    'Candles: safety pictograms and warnings of standard EN 15494 (the standard used to show that a candle meets the general safety requirement of Regulation (EU) 2023/988), and the CLP labelling (Regulation (EC) 1272/2008: pictograms, hazard statements such as EUH208 « Contient … Peut produire une réaction allergique ») when the fragrance makes the candle a classified mixture',
    'not read: the standard is not public; the CLP duty depends on the fragrance’s safety data sheet',
  ),
  rule(
    'guarantee_harmonised_notice',
    '2026-09-27',
    'secondary',
    'Directive 2011/83/EU art. 22a as amended by Directive (EU) 2024/825, and Commission Implementing Regulation (EU) 2025/1960 of 25 September 2025 (OJ L 2.10.2025): the harmonised notice on the legal guarantee of conformity (at least 2 years), shown prominently before the contract, from 27 September 2026',
    'EUR-Lex: Implementing Regulation 2025/1960 in force (title, date, recitals read); the annex’s wording and design were not read, the drafts do not reproduce it; the French transposition (projet de loi DDADUE, art. 20, Sénat report 2025-300) was not confirmed as adopted',
  ),
  rule(
    'generic_environmental_claims',
    '2026-09-27',
    'uncertain',
    'Directive 2005/29/EC annex I, point 4a, added by Directive (EU) 2024/825 (applicable from 27 September 2026): a generic environmental claim (« écologique », « respectueux de l’environnement », « naturel », « durable », « compostable »…) is unfair in all circumstances unless recognised excellent environmental performance is shown; in France C. env. L541-9-1 already forbids « biodégradable » and « respectueux de l’environnement » on a product or its packaging',
    'directive date read (dbfbruxelles.eu, kpmg.com); the French transposition (projet de loi DDADUE, art. 20–21) was not confirmed as adopted; L541-9-1 read in a Sénat report only',
  ),
  rule(
    'subscription_online_termination',
    '2023-06-01',
    'secondary',
    'C. consom. L215-1-1 (loi 2022-1158, art. 15) and D215-1 to D215-3 (décret 2023-417): a contract concluded online can be ended online through a free function « résilier votre contrat », directly reachable, without creating an account, with a summary page and an acknowledgement',
    'L215-1-1 and D215-1 to D215-3 quoted by concordant secondary sources (inc-conso.fr, cadra.fr); not read on Légifrance',
  ),
  rule(
    'subscription_renewal_reminder',
    '2016-07-01',
    'uncertain',
    'C. consom. L215-1: for a fixed-term contract renewed tacitly, the professional tells the consumer in writing, at the earliest three months and at the latest one month before the end of the period, that the contract can be ended; failing that, the consumer may end it at any time',
    'not read in this review (wording from the design notes); whether it covers recurring deliveries of goods is not confirmed',
  ),
  rule(
    'price_reduction_reference',
    '2022-05-28',
    'primary',
    'C. consom. L112-1-1 (ordonnance 2021-1734): an announced price reduction shows the previous price, the lowest price charged to all consumers in the 30 days before the reduction (successive reductions: the price before the first one; not for perishable goods)',
    'text of L112-1-1 read on a Légifrance copy (livv.eu, version of 15 November 2024)',
  ),
  rule(
    'online_reviews_information',
    '2018-01-01',
    'secondary',
    'C. consom. L111-7-2 and D111-16 to D111-19 (décret 2017-1436): whoever collects, moderates or publishes consumer reviews says whether they are checked and how, the date of each review, the criteria of their order, the reasons a review can be refused',
    'décret 2017-1436 read on Légifrance (its notice); the details of D111-17 from concordant secondary sources (lexing.law)',
  ),
  rule(
    'delivery_restrictions',
    '2014-06-14',
    'secondary',
    'C. consom. L221-14, last paragraph: an online shop states clearly, at the latest at the start of the ordering process, the payment methods accepted and any delivery restrictions',
    'not read in this review (wording from the design notes and secondary sources)',
  ),
  rule(
    'commercial_guarantee_contents',
    '2022-01-01',
    'primary',
    'C. consom. L217-21 and L217-22: the commercial guarantee, on a durable medium at the latest on delivery, states its content, how to use it, its price, its duration, its territorial scope and the name and postal and telephone details of the guarantor, and that it applies without prejudice to the legal guarantees',
    'L217-22 read on Légifrance (version in force since 2022-01-01)',
  ),
  rule(
    'mediator_contact',
    '2016-01-01',
    'primary',
    'C. consom. L616-1 and R616-1: the mediator’s contact details and website, visibly on the website, the CGV and the order forms; the CECMC reads « coordonnées » as the name, website and postal address',
    'R616-1 quoted by economie.gouv.fr (CECMC, F01-1); the postal address is the CECMC’s reading',
  ),
  rule(
    'influencer_contract',
    '2023-06-11',
    'secondary',
    'Loi 2023-451 du 9 juin 2023: a paid promotion by an influencer says « Publicité » or « Collaboration commerciale » (art. 5); the contract between the advertiser and the influencer is written, under pain of nullity (art. 8)',
    'art. 8 read on economie.gouv.fr (Lettre de la DAJ); the wording of art. 5 from secondary sources',
  ),
  rule(
    'e_invoicing_reception',
    '2026-09-01',
    'primary',
    'CGI art. 289 bis (loi de finances pour 2024, art. 91): every business subject to VAT established in France, micro-entreprises under the franchise included, receives its suppliers’ invoices electronically from 1 September 2026, through an approved platform (plateforme agréée)',
    'impots.gouv.fr, « À partir de quand suis-je concerné » (16 January 2026)',
  ),
  rule(
    'e_invoicing_issuance',
    '2027-09-01',
    'primary',
    'CGI art. 289 bis and 290: small and medium businesses and micro-entreprises issue electronic invoices and e-report their sales to consumers (transaction and payment data) from 1 September 2027, through an approved platform',
    'impots.gouv.fr (16 January 2026); coverage of businesses under the franchise from concordant secondary sources',
  ),
  rule(
    'invoice_mentions',
    '2026-09-01',
    'secondary',
    'CGI art. 242 nonies A of annex II: the mentions of an invoice, with, for electronic invoicing, the customer’s SIREN, the delivery address when different, the nature of the operations (goods, services or both) and the option for VAT on debits; under the franchise, « TVA non applicable, art. 293 B du CGI »',
    'the new mentions from concordant secondary sources (superindep.fr, advicentis.com)',
  ),
  rule(
    'accessibility_services',
    '2025-06-28',
    'secondary',
    'Directive (EU) 2019/882, loi 2023-171 art. 16 and décret 2023-931: an e-commerce service is accessible and says how (an accessibility statement, in the terms of sale or a page); a microenterprise (fewer than 10 persons and a yearly turnover or balance sheet total of at most 2 million euros) providing services is exempted',
    'décret 2023-931 read on Légifrance (in force 2025-06-28); the exemption from FEVAD and the DGCCRF note quoted by agipi.com',
  ),
  rule(
    'gdpr_roles',
    '2018-05-25',
    'secondary',
    'GDPR art. 4(7), 26 and 28: a recipient is a processor (a contract under art. 28), an independent controller (a marketplace, an advertising platform, a payment provider acting on its own account) or a joint controller (an arrangement under art. 26); the register and the notice name them as such',
    'as in the design notes (french-rules.md), not read again in this review',
  ),
  rule(
    'individual_registration',
    '2023-01-01',
    'secondary',
    'LCEN art. 1-1 (ex 6-III) and loi 2019-486 (PACTE): an individual entrepreneur gives its registration number; since 1 January 2023 every business registers in the Registre national des entreprises (RNE), a trader also in the RCS',
    'as in the design notes (french-rules.md, ◐)',
  ),
];

/** A legal figure that does not move with the calendar year, with its source. */
interface LegalFigure {
  value: Decimal;
  source: string;
  certainty: Certainty;
}

const ACCESSIBILITY = 'Directive (EU) 2019/882 art. 3(23) and 4(5), décret 2023-931 — microenterprise exemption';

/** The figures of the rules above. */
export const LEGAL_FIGURES_2027 = {
  /** A microenterprise employs fewer than this many persons (accessibility exemption). */
  accessibilityMaxPersons: { value: new Decimal(10), source: ACCESSIBILITY, certainty: 'secondary' } as LegalFigure,
  /** … and its yearly turnover is at most this amount, in euros. */
  accessibilityMaxTurnover: { value: new Decimal(2_000_000), source: ACCESSIBILITY, certainty: 'secondary' } as LegalFigure,
  /** Days before a price reduction over which the reference price is the lowest (L112-1-1). */
  priceReferenceDays: { value: new Decimal(30), source: 'C. consom. L112-1-1', certainty: 'primary' } as LegalFigure,
} as const;
