/** Messages of the legal frame of a shop launching in 2027 (issue 20): forecast lines, check gaps and findings, draft words. */
import type { Catalog } from '../index.js';

export const legal2027 = {
  // forecast: the costs of the legal obligations, each saying which kind of charge it is
  'pnl.rep_fees': { fr: 'Éco-contributions REP par unité (charge variable)', en: 'EPR eco-contributions per unit (variable charge)' },
  'pnl.rep_flat_fees': { fr: 'Éco-contributions REP forfaitaires (charge fixe)', en: 'EPR flat eco-contributions (fixed charge)' },
  'pnl.e_invoicing': { fr: 'Plateforme de facturation électronique (charge fixe)', en: 'E-invoicing platform (fixed charge)' },
  // Short: the cash plan's label column must leave room for twelve months and a total in the printed dossier.
  'cash.eco_contributions': { fr: 'Éco-contributions', en: 'Eco-contributions' },
  'margin.col.rep_fee': { fr: 'Éco-contribution', en: 'Eco-contribution' },
  'cash.e_invoicing': { fr: 'E-facturation', en: 'E-invoicing' },
  // check: the gaps of the rules of 2027 (C5.1, C5.3, C5.4)
  'rep_sector.packaging': { fr: 'emballages', en: 'packaging' },
  'rep_sector.textiles': { fr: 'textiles, linge de maison et chaussures', en: 'clothing textiles, household linen and shoes' },
  'rep_sector.furniture': { fr: 'éléments d’ameublement', en: 'furniture' },
  'rep_sector.electrical': { fr: 'équipements électriques et électroniques', en: 'electrical and electronic equipment' },
  'rep_sector.batteries': { fr: 'piles et accumulateurs', en: 'batteries' },
  'rep_sector.toys': { fr: 'jouets', en: 'toys' },
  'rep_sector.sports': { fr: 'articles de sport et de loisirs', en: 'sports and leisure goods' },
  'rep_sector.diy_garden': { fr: 'articles de bricolage et de jardin', en: 'DIY and garden goods' },
  'rep_sector.paper': { fr: 'papiers graphiques', en: 'graphic paper' },
  'rep_sector.other': { fr: 'autre filière', en: 'other sector' },
  'gap.rep_missing': {
    fr: 'Filière REP « {sector:rep_sector} » : ajoutez-la à « legal.rep » avec son identifiant unique (IDU), que l’éco-organisme ({organisms}) donne à l’adhésion après l’enregistrement SYDEREP de l’ADEME ; CGV et mentions légales l’affichent (art. L541-10-13 du code de l’environnement)',
    en: 'REP sector “{sector:rep_sector}”: add it to `legal.rep` with its unique identifier (IDU), given by the eco-organism ({organisms}) on joining after the ADEME’s SYDEREP registration; the terms of sale and legal notice print it (C. env. L541-10-13)',
  },
  'gap.rep_idu': {
    fr: 'Filière REP « {sector:rep_sector} » sans identifiant unique : ajoutez « {path} » (IDU donné par l’éco-organisme, registre SYDEREP de l’ADEME ; art. L541-10-13 du code de l’environnement)',
    en: 'REP sector “{sector:rep_sector}” without its unique identifier: add `{path}` (the IDU the eco-organism gives, ADEME SYDEREP register; C. env. L541-10-13)',
  },
  'gap.product_safety': {
    fr: 'Fiche du produit « {product} » : ajoutez « {path} » — fabricant (nom, adresses postale et électronique), identifiant du produit, personne responsable dans l’UE s’il est importé, avertissements de sécurité (règlement (UE) 2023/988, art. 19)',
    en: 'Listing of product `{product}`: add `{path}` — manufacturer (name, postal and electronic address), product identifier, EU responsible person when imported, safety warnings (Regulation (EU) 2023/988, art. 19)',
  },
  'gap.eu_responsible_person': {
    fr: 'Le produit « {product} » vient de {supplier} ({country}), hors de l’UE : ajoutez « {path} », l’opérateur établi dans l’UE (vous, en tant qu’importateur, ou un mandataire) dont le nom et les adresses figurent sur la fiche (règlement (UE) 2023/988, art. 16 et 19)',
    en: 'Product `{product}` comes from {supplier} ({country}), outside the EU: add `{path}`, the operator established in the EU (you, as importer, or a representative) whose name and addresses the listing shows (Regulation (EU) 2023/988, art. 16 and 19)',
  },
  'gap.candle_warnings': {
    fr: 'Bougie « {product} » : ajoutez « {path} », les avertissements de sécurité de la fiche (pictogrammes de la norme EN 15494 ; mentions CLP, p. ex. EUH208, si le parfum l’exige)',
    en: 'Candle `{product}`: add `{path}`, the listing’s safety warnings (EN 15494 pictograms; CLP statements such as EUH208 when the fragrance requires them)',
  },
  'gap.influencer_contract': {
    fr: 'Influence rémunérée « {source} » : signez un contrat écrit avec l’influenceur (loi 2023-451, art. 8) et exigez la mention « Publicité » ou « Collaboration commerciale » (art. 5), puis indiquez « {path}: true »',
    en: 'Paid influence `{source}`: sign a written contract with the influencer (loi 2023-451, art. 8) and require the label « Publicité » or « Collaboration commerciale » (art. 5), then state `{path}: true`',
  },
  'gap.cgv.delivery_zones': {
    fr: 'CGV, zones de livraison (à indiquer dès le début de la commande, art. L221-14) : ajoutez « {path} »',
    en: 'Terms of sale, delivery zones (stated from the start of the order, art. L221-14): add `{path}`',
  },
  'gap.subscription_undeclared': {
    fr: '« {path} » parle d’un abonnement : déclarez-le sur le produit concerné (« products[].subscription » : périodicité, engagement, reconduction) pour que les CGV prévoient la résiliation en ligne (art. L215-1-1)',
    en: '`{path}` mentions a subscription: declare it on the product (`products[].subscription`: frequency, commitment, renewal) so that the terms provide online cancellation (art. L215-1-1)',
  },
  'gap.reviews_undeclared': {
    fr: 'Des avis clients sont publiés (« {channel} ») : ajoutez « {path} » — sont-ils contrôlés et comment, dans quel ordre sont-ils présentés (art. L111-7-2 et D111-17)',
    en: 'Customer reviews are published (“{channel}”): add `{path}` — whether and how they are checked, in which order they are shown (art. L111-7-2 and D111-17)',
  },
  'gap.reviews_checked': {
    fr: 'Avis clients : indiquez s’ils sont contrôlés, « {path}: true » ou « false » (art. L111-7-2)',
    en: 'Customer reviews: say whether they are checked, `{path}: true` or `false` (art. L111-7-2)',
  },
  'gap.commercial_guarantee_terms': {
    fr: 'Garantie commerciale : ajoutez « {path} » — garant (nom, adresse, téléphone), durée, étendue territoriale, mise en œuvre (art. L217-22)',
    en: 'Commercial guarantee: add `{path}` — guarantor (name, address, phone), duration, territorial scope, how to claim (art. L217-22)',
  },
  'gap.accessibility_statement': {
    fr: 'Avec {headcount} personnes ou plus de 2 M€ de chiffre d’affaires, l’entreprise n’est pas une microentreprise exemptée : ajoutez « {path} », où est publiée la déclaration d’accessibilité du site (loi 2023-171, décret 2023-931)',
    en: 'With {headcount} persons or more than €2M of turnover, the company is not an exempted microenterprise: add `{path}`, where the site’s accessibility statement is published (loi 2023-171, décret 2023-931)',
  },
  'gap.no_joint_arrangement': {
    fr: '« {tool} » est responsable conjoint du traitement sans accord de responsabilité conjointe (art. 26 RGPD)',
    en: '`{tool}` is a joint controller without a joint-controllership arrangement (GDPR art. 26)',
  },
  // check: findings
  'finding.generic_green_claim': {
    fr: 'Allégation environnementale générique {words} : interdite à partir de {from:month} sauf excellente performance environnementale reconnue et démontrée (directive (UE) 2024/825 ; « biodégradable » et « respectueux de l’environnement » sont déjà interdits sur un produit ou son emballage, art. L541-9-1 du code de l’environnement)',
    en: 'Generic environmental claim {words}: forbidden from {from:month} unless recognised excellent environmental performance is shown (Directive (EU) 2024/825; « biodégradable » and « respectueux de l’environnement » are already forbidden on a product or its packaging, C. env. L541-9-1)',
  },
  'finding.generic_green_claim.hint': {
    fr: 'Retirez le mot ou remplacez-le par un fait précis et vérifiable (matière, pourcentage, certification).',
    en: 'Remove the word or replace it with a precise, verifiable fact (material, percentage, certification).',
  },
  'finding.e_invoicing_platform': {
    fr: 'Le prévisionnel court jusqu’en {last:month} : une PME ou une micro-entreprise émet ses factures électroniques et transmet ses ventes aux particuliers (e-reporting) à partir de {month:month}, et reçoit ses factures électroniques depuis septembre 2026, par une plateforme agréée (art. 289 bis et 290 du CGI) : déclarez-la dans « company.e_invoicing » avec son coût',
    en: 'The forecast runs until {last:month}: a small business issues e-invoices and e-reports its sales to consumers from {month:month}, and receives e-invoices since September 2026, through an approved platform (CGI art. 289 bis, 290): declare it in `company.e_invoicing` with its cost',
  },
  'finding.e_invoicing_cost': {
    fr: 'Plateforme de facturation électronique « {platform} » sans coût : ajoutez « company.e_invoicing.monthly_cost » (0 si elle est gratuite) pour qu’elle compte dans le prévisionnel',
    en: 'E-invoicing platform `{platform}` without a cost: add `company.e_invoicing.monthly_cost` (0 when free) so that the forecast counts it',
  },
  // legal drafts: words and the elements a draft may lack
  'legal.word.month': { fr: 'mois', en: 'month' },
  'legal.word.months': { fr: 'mois', en: 'months' },
  'legal.word.free': { fr: 'gratuite', en: 'free of charge' },
  'legal.element.rep_idu': {
    fr: 'identifiant unique (IDU) de la filière REP, donné par l’éco-organisme',
    en: 'unique identifier (IDU) of the REP sector, given by the eco-organism',
  },
  'legal.element.product_safety': {
    fr: 'informations de sécurité du produit (fabricant, identifiant, avertissements)',
    en: 'product safety information (manufacturer, identifier, warnings)',
  },
  'legal.element.manufacturer': { fr: 'fabricant (nom, adresses postale et électronique)', en: 'manufacturer (name, postal and electronic address)' },
  'legal.element.eu_responsible_person': { fr: 'personne responsable établie dans l’UE (importateur)', en: 'responsible person established in the EU (importer)' },
  'legal.element.identifier': { fr: 'identifiant du produit (référence, lot)', en: 'product identifier (reference, batch)' },
  'legal.element.zones': { fr: 'zones de livraison', en: 'delivery zones' },
  'legal.element.mediator_address': { fr: 'adresse postale du médiateur de la consommation', en: 'consumer mediator’s postal address' },
  'legal.element.reviews_checked': { fr: 'avis contrôlés ou non', en: 'whether reviews are checked' },
  'legal.element.reviews_order': { fr: 'ordre de présentation des avis', en: 'order in which reviews are shown' },
  'legal.element.guarantee_guarantor': { fr: 'garant (nom, adresse postale, téléphone)', en: 'guarantor (name, postal address, phone)' },
  'legal.element.guarantee_duration': { fr: 'durée de la garantie commerciale', en: 'duration of the commercial guarantee' },
  'legal.element.guarantee_territory': { fr: 'étendue territoriale de la garantie commerciale', en: 'territorial scope of the commercial guarantee' },
  'legal.element.guarantee_how_to_claim': { fr: 'modalités de mise en œuvre de la garantie commerciale', en: 'how to claim the commercial guarantee' },
  'legal.element.accessibility_statement': { fr: 'adresse de la déclaration d’accessibilité', en: 'where the accessibility statement is published' },
  'legal.element.joint_arrangement': {
    fr: 'accord de responsabilité conjointe signé (art. 26 RGPD) : oui ou non',
    en: 'joint-controllership arrangement signed (GDPR art. 26): yes or no',
  },
  'legal.joint_arrangement_missing': { fr: 'non — accord à signer', en: 'no — arrangement to sign' },
  'legal.no_joint_arrangement': {
    fr: 'Aucun accord de responsabilité conjointe (art. 26 RGPD) avec « {tool} » : le registre l’indique comme à signer',
    en: 'No joint-controllership arrangement (GDPR art. 26) with `{tool}`: the register marks it as to be signed',
  },
  'legal.role.processor': { fr: 'sous-traitant', en: 'processor' },
  'legal.role.controller': { fr: 'responsable de traitement indépendant', en: 'independent controller' },
  'legal.role.joint_controller': { fr: 'responsable conjoint du traitement', en: 'joint controller' },
  // dossier: the product-safety table and the rows of the legal frame
  'report.sub.product_safety': { fr: 'Sécurité des produits (fiches produits)', en: 'Product safety (product pages)' },
  'report.col.manufacturer': { fr: 'Fabricant ou producteur', en: 'Manufacturer or producer' },
  'report.col.eu_responsible': { fr: 'Personne responsable dans l’UE', en: 'EU responsible person' },
  'report.col.identifier': { fr: 'Identifiant', en: 'Identifier' },
  'report.col.warnings': { fr: 'Avertissements', en: 'Warnings' },
  'report.not_imported': { fr: 'fabriqué dans l’UE', en: 'made in the EU' },
  'report.legal.rep_idu': { fr: 'Identifiant unique REP', en: 'REP unique identifier' },
  'report.rep_idu_value': { fr: '{sector} : {idu}', en: '{sector}: {idu}' },
  'report.legal.e_invoicing': { fr: 'Plateforme de facturation électronique', en: 'E-invoicing platform' },
  'report.element.e_invoicing': { fr: 'plateforme agréée de facturation électronique', en: 'approved e-invoicing platform' },
  'report.legal.accessibility': { fr: 'Accessibilité du site', en: 'Website accessibility' },
  'report.accessibility.exempt': { fr: 'microentreprise exemptée', en: 'exempted microenterprise' },
  'report.legal.influence': { fr: 'Influence rémunérée « {source} »', en: 'Paid influence “{source}”' },
  'report.influence.ok': { fr: 'contrat écrit et mention « Publicité »', en: 'written contract and « Publicité » label' },
  'report.element.influencer_contract': { fr: 'contrat écrit avec l’influenceur (loi 2023-451)', en: 'written contract with the influencer (loi 2023-451)' },
  'report.role.controller': { fr: 'responsable indépendant, sans objet', en: 'independent controller, not needed' },
  'report.role.joint_controller': { fr: 'responsable conjoint, art. 26', en: 'joint controller, art. 26' },
  // export: the workbook's lines and tables of the legal costs
  'xlsx.line.rep_fees': { fr: 'Éco-contributions REP par unité (charge variable)', en: 'EPR eco-contributions per unit (variable charge)' },
  'xlsx.line.rep_flat_fees': { fr: 'Éco-contributions REP forfaitaires (charge fixe)', en: 'EPR flat eco-contributions (fixed charge)' },
  'xlsx.line.e_invoicing': { fr: 'Plateforme de facturation électronique (charge fixe)', en: 'E-invoicing platform (fixed charge)' },
  'xlsx.line.legal_vat': { fr: 'TVA sur éco-contributions et plateforme', en: 'VAT on eco-contributions and platform' },
  'xlsx.line.cf_eco': { fr: 'Éco-contributions REP', en: 'EPR eco-contributions' },
  'xlsx.line.cf_e_invoicing': { fr: 'Plateforme de facturation électronique', en: 'E-invoicing platform' },
  'xlsx.h.rep_unit': { fr: 'Éco-contributions REP par unité vendue (legal.rep[].fee.per_unit)', en: 'EPR eco-contributions per unit sold (legal.rep[].fee.per_unit)' },
  'xlsx.h.legal_fixed': { fr: 'Éco-contributions forfaitaires et plateforme de facturation électronique', en: 'Flat eco-contributions and e-invoicing platform' },
  'xlsx.col.rep_fee_ht': { fr: 'Éco-contribution HT par unité', en: 'Eco-contribution per unit (excl. VAT)' },
  'xlsx.note.no_rep_fee': { fr: 'aucune éco-contribution déclarée', en: 'no eco-contribution declared' },
  'xlsx.note.from_start': { fr: 'dès le 1er mois', en: 'from month 1' },
  'xlsx.note.e_invoicing_from': {
    fr: 'à partir du mois où la réception des factures électroniques est obligatoire (1er septembre 2026, art. 289 bis du CGI), au plus tôt le 1er mois',
    en: 'from the month receiving e-invoices is mandatory (1 September 2026, CGI art. 289 bis), month 1 at the earliest',
  },
} as const satisfies Catalog;
