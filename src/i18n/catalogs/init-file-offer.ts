/**
 * `ecomplan init`: comments and commented-out examples of the generated project file, first half
 * (header, project, company, products, materials, labour, suppliers).
 * `init.ex.*` entries are YAML: uncommented, each must still validate (tested).
 */
import type { Catalog } from '../index.js';

const lines = (...l: string[]) => l.join('\n');

export const initFileOffer = {
  // ── comments of the file ─────────────────────────────────────────────────
  'init.file.header': {
    fr: lines(
      'Projet ecomplan, créé par « ecomplan init ». Ce fichier décrit tout le projet.',
      '• Les lignes qui commencent par « # » sont des commentaires. Les blocs en commentaire',
      '  sont des exemples : retirez le « # » et l’espace qui le suit, puis mettez vos valeurs.',
      '• Prix de vente TTC, coûts HT, montants en euros avec un point : 24.90',
      '• Taux : 20% ou 0.2. Mois : 2027-03, ou un numéro de mois (1 = premier mois).',
      '• Après chaque modification : ecomplan validate, puis ecomplan forecast et',
      '  ecomplan check (ce qui manque encore, critère par critère) sur ce fichier.',
      'Les frais et taux proposés sont des repères à vérifier, pas un conseil juridique.',
    ),
    en: lines(
      'ecomplan project, created by `ecomplan init`. This file describes the whole project.',
      '• Lines starting with `#` are comments. Commented-out blocks are examples:',
      '  remove the `#` and the space after it, then put in your values.',
      '• Consumer prices include VAT, costs exclude VAT, amounts in euros with a dot: 24.90',
      '• Rates: 20% or 0.2. Months: 2027-03, or a month number (1 = first month).',
      '• After each change: ecomplan validate, then ecomplan forecast and',
      '  ecomplan check (what is still missing, criterion by criterion) on this file.',
      'The proposed fees and rates are benchmarks to check, not legal advice.',
    ),
  },
  'init.file.locale': { fr: 'langue des rapports et messages : fr | en', en: 'language of reports and messages: fr | en' },

  'init.file.title.project': { fr: 'Le projet', en: 'The project' },
  'init.file.name': { fr: 'nom du projet', en: 'project name' },
  'init.file.start': { fr: 'premier mois du prévisionnel', en: 'first month of the forecast' },
  'init.file.horizon': { fr: 'durée du prévisionnel, de 12 à 60 mois', en: 'forecast length, 12 to 60 months' },
  'init.ex.description': {
    fr: 'description: Ce que vous vendez, à qui, et pourquoi.',
    en: 'description: What you sell, to whom, and why.',
  },
  'init.ex.project_more': {
    fr: lines(
      'tagline: Une accroche courte',
      'target: Le client type en une phrase (les personas vont sous brand)',
      'objectives:                        # objectifs de croissance (critère C1.4)',
      '  revenue_year1: 30000             # chiffre d’affaires HT visé la première année',
      '  revenue_final_year: 90000        # chiffre d’affaires HT visé la dernière année',
      '  max_break_even_month: 18         # point mort atteint au plus tard ce mois-là',
      'indicators:                        # indicateurs de pilotage (critères C1.5, C2.3)',
      '  min_markup_rate: 30%             # taux de marque minimum',
      '  max_acquisition_cost_per_order: 8   # coût d’acquisition maximum par commande',
    ),
    en: lines(
      'tagline: A short catchphrase',
      'target: The typical customer in one sentence (personas go under brand)',
      'objectives:                        # growth objectives (criterion C1.4)',
      '  revenue_year1: 30000             # revenue excluding VAT targeted in year 1',
      '  revenue_final_year: 90000        # revenue excluding VAT targeted in the last year',
      '  max_break_even_month: 18         # break-even reached by this month at the latest',
      'indicators:                        # steering indicators (criteria C1.5, C2.3)',
      '  min_markup_rate: 30%             # minimum markup rate (taux de marque)',
      '  max_acquisition_cost_per_order: 8   # maximum acquisition cost per order',
    ),
  },

  'init.file.title.company': { fr: 'L’entreprise', en: 'The company' },
  'init.file.company': {
    fr: 'La forme juridique et le régime de TVA fixent cotisations, impôts et TVA du prévisionnel.',
    en: 'The legal form and the VAT regime set the contributions, taxes and VAT of the forecast.',
  },
  'init.file.legal_form': {
    fr: 'micro_entreprise | ei | eurl | sasu | sarl | sas',
    en: 'micro_entreprise | ei | eurl | sasu | sarl | sas',
  },
  'init.file.activity': { fr: 'goods : vente de marchandises | services', en: 'goods: sale of goods | services' },
  'init.file.vat_regime.franchise': {
    fr: 'franchise : pas de TVA facturée ni récupérée | normal',
    en: 'franchise: no VAT charged nor recovered | normal',
  },
  'init.file.vat_regime.normal': {
    fr: 'normal : TVA facturée et récupérée | franchise',
    en: 'normal: VAT charged and recovered | franchise',
  },
  'init.file.vat_number': {
    fr: 'numéro de TVA intracommunautaire (FR + 11 chiffres)',
    en: 'EU VAT number (FR + 11 digits)',
  },
  'init.ex.company_micro': {
    fr: lines(
      'versement_liberatoire: true       # impôt sur le revenu payé avec les cotisations (1 % des ventes)',
      'acre: true                        # cotisations réduites la première année (aide à la création)',
    ),
    en: lines(
      'versement_liberatoire: true       # income tax paid with the contributions (1% of sales)',
      'acre: true                        # reduced contributions in the first year (start-up relief)',
    ),
  },
  'init.ex.company_other': {
    fr: lines(
      'acre: true                        # cotisations réduites la première année (aide à la création)',
      'social_rate: 45%                  # remplace le taux de cotisations sociales par défaut',
      'share_capital: 1000               # capital social (sociétés)',
    ),
    en: lines(
      'acre: true                        # reduced contributions in the first year (start-up relief)',
      'social_rate: 45%                  # replaces the default social contribution rate',
      'share_capital: 1000               # share capital (companies)',
    ),
  },
  'init.file.company_identity': {
    fr: 'Identité, pour les mentions légales et les CGV (critères C5) :',
    en: 'Identity, for the legal notice and the terms of sale (criteria C5):',
  },
  'init.ex.company_identity': {
    fr: lines(
      'owner: { name: Camille Martin, email: camille@example.fr, phone: 06 12 34 56 78 }',
      'address: 12 rue des Lilas, 69001 Lyon',
      'siren: "901234567"                # 9 chiffres, donné à l’immatriculation',
      'rcs_or_rne: RNE 901 234 567',
      'publication_director: Camille Martin',
      'host:                           # une clé par ligne : une adresse contient des virgules',
      '  name: Nom de l’hébergeur du site',
      '  address: Adresse de l’hébergeur',
      '  phone: Téléphone de l’hébergeur',
      'headcount: 1                      # personnes employées, vous compris (accessibilité : moins de 10, exemptée)',
      'e_invoicing: { platform: Plateforme agréée de facturation électronique, monthly_cost: 10 }   # réception depuis 09/2026, émission à partir de 09/2027',
    ),
    en: lines(
      'owner: { name: Camille Martin, email: camille@example.com, phone: +33 6 12 34 56 78 }',
      'address: 12 rue des Lilas, 69001 Lyon, France',
      'siren: "901234567"                # 9 digits, given at registration',
      'rcs_or_rne: RNE 901 234 567',
      'publication_director: Camille Martin',
      'host:                           # one key per line: an address holds commas',
      '  name: Name of the web host',
      '  address: Address of the web host',
      '  phone: Phone of the web host',
      'headcount: 1                      # persons employed, you included (accessibility: fewer than 10, exempted)',
      'e_invoicing: { platform: Approved e-invoicing platform, monthly_cost: 10 }   # receiving since 09/2026, issuing from 09/2027',
    ),
  },

  'init.file.title.products': { fr: 'Les produits', en: 'The products' },
  'init.file.products': {
    fr: lines('Un élément de liste (« - ») par produit. Pour en ajouter un, copiez le bloc, changez', 'son id et répartissez « mix » : les parts de tous les produits totalisent 100 %.'),
    en: lines('One list item (`-`) per product. To add one, copy the block, change its id', 'and split `mix`: the shares of all products add up to 100%.'),
  },
  'init.file.product_id': { fr: 'identifiant : lettres, chiffres et tirets', en: 'identifier: letters, digits and dashes' },
  'init.file.price': { fr: 'prix de vente TTC', en: 'consumer price, VAT included' },
  'init.file.vat_rate': { fr: 'TVA du produit : 20%, 10%, 5.5% ou 2.1%', en: 'product VAT: 20%, 10%, 5.5% or 2.1%' },
  'init.file.mix': { fr: 'part des unités vendues', en: 'share of the units sold' },
  'init.file.strategy': {
    fr: 'resale : revente | outsourced : sous-traitance | in_house : fabrication',
    en: 'resale | outsourced | in_house',
  },
  'init.file.purchase_cost': { fr: 'prix d’achat unitaire HT', en: 'unit purchase cost, excluding VAT' },
  'init.file.manufacturing_cost': { fr: 'coût de fabrication unitaire HT', en: 'unit manufacturing cost, excluding VAT' },
  'init.file.setup_cost': { fr: 'frais uniques HT, comptés le premier mois', en: 'one-off cost excluding VAT, in month 1' },
  'init.file.supplier_ref': { fr: 'identifiant d’un fournisseur de « suppliers »', en: 'identifier of a supplier under `suppliers`' },
  'init.file.bill_of_materials': { fr: 'matières par unité produite', en: 'materials per unit made' },
  'init.file.labour_minutes': { fr: 'temps de fabrication par unité', en: 'making time per unit' },
  'init.ex.product_more': {
    fr: lines(
      'description: Ce qui le distingue, sa matière, son format',
      'packaging_cost: 0.80              # emballage par unité, HT',
      'weight_g: 350                     # poids expédié, en grammes',
      'safety:                           # fiche produit, règlement (UE) 2023/988 (critère C5.1)',
      '  manufacturer: Nom, adresse postale et e-mail du fabricant',
      '  identifier: Référence et numéro de lot',
      '  warnings: [Tenir hors de portée des enfants]',
    ),
    en: lines(
      'description: What sets it apart, its material, its size',
      'packaging_cost: 0.80              # packaging per unit, excluding VAT',
      'weight_g: 350                     # shipped weight, in grams',
      'safety:                           # product page, Regulation (EU) 2023/988 (criterion C5.1)',
      '  manufacturer: Name, postal and e-mail address of the manufacturer',
      '  identifier: Reference and batch number',
      '  warnings: [Keep out of the reach of children]',
    ),
  },
  'init.file.alternatives': {
    fr: 'Autres façons d’obtenir ce produit, comparées par « ecomplan margin » (critère C1.2) :',
    en: 'Other ways to get this product, compared by `ecomplan margin` (criterion C1.2):',
  },
  'init.ex.alternative.resale': {
    fr: lines('alternatives:', '  - strategy: resale', '    supplier: {supplier}', '    purchase_cost: {cost}', '    note: Acheter le produit fini plutôt que le faire'),
    en: lines('alternatives:', '  - strategy: resale', '    supplier: {supplier}', '    purchase_cost: {cost}', '    note: Buy the finished product rather than make it'),
  },
  'init.ex.alternative.outsourced': {
    fr: lines('alternatives:', '  - strategy: outsourced', '    supplier: {supplier}', '    manufacturing_cost: {cost}', '    note: Faire fabriquer sur notre modèle'),
    en: lines('alternatives:', '  - strategy: outsourced', '    supplier: {supplier}', '    manufacturing_cost: {cost}', '    note: Have it made to our design'),
  },

  'init.file.title.materials': { fr: 'Les matières premières', en: 'Raw materials' },
  'init.file.materials': {
    fr: 'Pour les produits fabriqués maison (strategy: in_house), référencées par bill_of_materials.',
    en: 'For products made in-house (strategy: in_house), referenced by bill_of_materials.',
  },
  'init.file.material_cost': { fr: 'coût HT d’une unité', en: 'cost of one unit, excluding VAT' },
  'init.ex.materials': {
    fr: lines('materials:', '  - { id: cire-de-soja, name: Cire de soja, unit: kg, cost: 7.80 }', '  - { id: meche-coton, name: Mèche en coton, unit: pièce, cost: 0.12 }'),
    en: lines('materials:', '  - { id: soy-wax, name: Soy wax, unit: kg, cost: 7.80 }', '  - { id: cotton-wick, name: Cotton wick, unit: piece, cost: 0.12 }'),
  },
  'init.ex.material_more': {
    fr: lines('vat_rate: 20%', 'suppliers: [{supplier}]              # fournisseurs possibles (ids de suppliers)'),
    en: lines('vat_rate: 20%', 'suppliers: [{supplier}]              # possible suppliers (ids under suppliers)'),
  },

  'init.file.title.labour': { fr: 'Le travail de fabrication', en: 'Making labour' },
  'init.file.hourly_cost': {
    fr: 'coût d’une heure de travail payée ; 0 si vous fabriquez vous-même',
    en: 'cost of one paid hour of work; 0 if you make it yourself',
  },
  'init.ex.labour_more': {
    fr: 'capacity_hours_per_month: 80      # heures de fabrication disponibles par mois',
    en: 'capacity_hours_per_month: 80      # making hours available per month',
  },
  'init.ex.labour': {
    fr: lines('labour:', '  hourly_cost: 0                    # 0 si vous fabriquez vous-même', '  capacity_hours_per_month: 80'),
    en: lines('labour:', '  hourly_cost: 0                    # 0 if you make it yourself', '  capacity_hours_per_month: 80'),
  },

  'init.file.title.suppliers': { fr: 'Les fournisseurs', en: 'Suppliers' },
  'init.file.suppliers': {
    fr: 'Méthode de recherche (critère C2.1), fournisseurs comparés et négociation (critère C2.2).',
    en: 'Search method (criterion C2.1), suppliers compared, and negotiation (criterion C2.2).',
  },
  'init.ex.suppliers_method': {
    fr: lines(
      'method:',
      '  sources: [salons professionnels, annuaire Kompass, Ankorstore]',
      '  criteria: [{ name: qualité, weight: 40% }, { name: prix, weight: 30% }, { name: délai, weight: 20% }, { name: RSE, weight: 10% }]',
    ),
    en: lines(
      'method:',
      '  sources: [trade fairs, Kompass directory, Ankorstore]',
      '  criteria: [{ name: quality, weight: 40% }, { name: price, weight: 30% }, { name: lead time, weight: 20% }, { name: CSR, weight: 10% }]',
    ),
  },
  'init.ex.supplier_more': {
    fr: lines(
      'country: FR',
      'lead_time_days: 10                # délai de livraison',
      'minimum_order_units: 50           # quantité minimale de commande',
      'payment_terms_days: 30            # délai de paiement accordé',
      'scores: { qualité: 4, prix: 3, délai: 5, RSE: 4 }   # notes de 1 à 5 par critère de la méthode',
    ),
    en: lines(
      'country: FR',
      'lead_time_days: 10                # delivery lead time',
      'minimum_order_units: 50           # minimum order quantity',
      'payment_terms_days: 30            # payment terms granted',
      'scores: { quality: 4, price: 3, lead time: 5, CSR: 4 }   # scores from 1 to 5 on each criterion of the method',
    ),
  },
  'init.ex.suppliers_negotiation': {
    fr: lines(
      'negotiation:',
      '  supplier: {supplier}',
      '  objectives: [-5 % sur le prix au-delà de 200 unités, paiement à 45 jours]',
      '  arguments: [volume annuel prévisionnel, engagement sur 12 mois]',
      '  concessions: [commande trimestrielle groupée]',
      '  fallback: Un second fournisseur, un peu plus cher mais plus rapide',
    ),
    en: lines(
      'negotiation:',
      '  supplier: {supplier}',
      '  objectives: [-5% on the price above 200 units, payment at 45 days]',
      '  arguments: [forecast yearly volume, 12-month commitment]',
      '  concessions: [grouped quarterly order]',
      '  fallback: A second supplier, a little dearer but faster',
    ),
  },
  'init.ex.suppliers_list': {
    fr: lines('list:', '  - id: {supplier}', '    name: Fournisseur de la matière', '    supplies: [{material}]', '    lead_time_days: 10', '    selected: true'),
    en: lines('list:', '  - id: {supplier}', '    name: Material supplier', '    supplies: [{material}]', '    lead_time_days: 10', '    selected: true'),
  },
} as const satisfies Catalog;
