/**
 * `ecomplan init`: the questions, their validation messages, the command's messages,
 * and the comments and commented-out examples of the generated project file.
 * `init.ex.*` entries are YAML: uncommented, each must still validate (tested).
 */
import type { Catalog } from '../index.js';

const lines = (...l: string[]) => l.join('\n');

export const init = {
  // ── the command ──────────────────────────────────────────────────────────
  'init.intro': {
    fr: 'Quelques questions pour un premier prévisionnel. Entrée garde la valeur proposée ; Ctrl-C abandonne sans rien écrire.',
    en: 'A few questions for a first forecast. Enter keeps the proposed value; Ctrl-C gives up without writing anything.',
  },
  'init.not_tty': {
    fr: 'L’entrée standard n’est pas un terminal : impossible de poser les questions',
    en: 'Standard input is not a terminal: cannot ask the questions',
  },
  'init.not_tty.hint': {
    fr: 'Relancez avec --yes pour écrire un projet avec les valeurs par défaut, préremplies au besoin par --name, --price, --strategy…',
    en: 'Run again with --yes to write a project with the default values, pre-filled if needed with --name, --price, --strategy…',
  },
  'init.aborted': { fr: 'Abandon : aucun fichier écrit', en: 'Aborted: no file written' },
  'init.bad_flag': { fr: 'Option --{flag} invalide : {detail}', en: 'Invalid option --{flag}: {detail}' },
  'init.bad_flag.hint': { fr: 'Voir « ecomplan init --help ».', en: 'See `ecomplan init --help`.' },
  'init.written': { fr: '✔ {file} créé : un projet valide, prêt à compléter.', en: '✔ {file} written: a valid project, ready to complete.' },
  'init.next': { fr: 'Et maintenant :', en: 'What next:' },
  'init.next.validate': { fr: 'vérifier le fichier après chaque modification', en: 'check the file after each change' },
  'init.next.forecast': { fr: 'le prévisionnel : financement, résultat, trésorerie', en: 'the forecast: financing, profit and loss, cash' },
  'init.next.check': { fr: 'ce qu’il reste à compléter, critère par critère', en: 'what is left to complete, criterion by criterion' },
  'init.next.edit': {
    fr: 'Ouvrez le fichier : chaque bloc en commentaire (« # ») est un exemple à décommenter et adapter.',
    en: 'Open the file: each commented-out block (`#`) is an example to uncomment and adapt.',
  },

  // ── the questions ────────────────────────────────────────────────────────
  'init.q.name': { fr: 'Nom du projet :', en: 'Project name:' },
  'init.q.description': {
    fr: 'Le projet en une phrase : ce que vous vendez, à qui (facultatif) :',
    en: 'The project in one sentence: what you sell, to whom (optional):',
  },
  'init.q.legal_form': { fr: 'Forme juridique :', en: 'Legal form:' },
  'init.choice.legal_form.micro_entreprise': {
    fr: 'Micro-entreprise — formalités minimales, cotisations en % des ventes (12,3 % en vente de marchandises)',
    en: 'Micro-entreprise — minimal paperwork, contributions as a % of sales (12.3% for the sale of goods)',
  },
  'init.choice.legal_form.ei': {
    fr: 'Entreprise individuelle au réel — cotisations ≈ 45 % de votre rémunération, impôt sur le revenu',
    en: 'Sole proprietorship (EI, real regime) — contributions ≈ 45% of your pay, income tax',
  },
  'init.choice.legal_form.eurl': {
    fr: 'EURL — société à associé unique, gérant non salarié (≈ 45 %), impôt sur les sociétés',
    en: 'EURL — one-partner company, non-salaried manager (≈ 45%), corporate tax',
  },
  'init.choice.legal_form.sasu': {
    fr: 'SASU — société à associé unique, président assimilé salarié (≈ 80 %), impôt sur les sociétés',
    en: 'SASU — one-partner company, president treated as an employee (≈ 80%), corporate tax',
  },
  'init.choice.legal_form.sarl': {
    fr: 'SARL — plusieurs associés, gérant majoritaire non salarié (≈ 45 %), impôt sur les sociétés',
    en: 'SARL — several partners, non-salaried majority manager (≈ 45%), corporate tax',
  },
  'init.choice.legal_form.sas': {
    fr: 'SAS — plusieurs associés, président assimilé salarié (≈ 80 %), impôt sur les sociétés',
    en: 'SAS — several partners, president treated as an employee (≈ 80%), corporate tax',
  },
  'init.q.vat_regime': { fr: 'Régime de TVA :', en: 'VAT regime:' },
  'init.choice.vat_regime.franchise': {
    fr: 'Franchise en base — pas de TVA facturée ni récupérée (ventes de marchandises jusqu’à 85 000 € par an)',
    en: 'VAT franchise — no VAT charged nor recovered (sales of goods up to €85,000 a year)',
  },
  'init.choice.vat_regime.normal': {
    fr: 'Régime normal — TVA facturée sur les ventes et récupérée sur les achats (numéro de TVA nécessaire)',
    en: 'Normal regime — VAT charged on sales and recovered on purchases (a VAT number is needed)',
  },
  'init.q.vat_number': {
    fr: 'Numéro de TVA intracommunautaire (laissez vide s’il n’est pas encore attribué) :',
    en: 'EU VAT number (leave empty if not assigned yet):',
  },
  'init.q.product_name': { fr: 'Premier produit — son nom :', en: 'First product — its name:' },
  'init.q.price': { fr: 'Prix de vente TTC, en euros :', en: 'Consumer price including VAT, in euros:' },
  'init.q.strategy': { fr: 'Comment obtenez-vous ce produit ?', en: 'How do you get this product?' },
  'init.choice.strategy.resale': {
    fr: 'Revente — vous achetez le produit fini à un fournisseur',
    en: 'Resale — you buy the finished product from a supplier',
  },
  'init.choice.strategy.outsourced': {
    fr: 'Sous-traitance — un atelier le fabrique pour vous, sur votre modèle',
    en: 'Outsourced — a workshop makes it for you, to your design',
  },
  'init.choice.strategy.in_house': {
    fr: 'Fabrication maison — vous le fabriquez à partir de matières premières',
    en: 'In-house — you make it from raw materials',
  },
  'init.q.purchase_cost': { fr: 'Prix d’achat unitaire HT, en euros :', en: 'Unit purchase cost excluding VAT, in euros:' },
  'init.q.supplier_name': { fr: 'Nom du fournisseur :', en: 'Supplier name:' },
  'init.q.manufacturing_cost': {
    fr: 'Coût de fabrication unitaire HT facturé par l’atelier, en euros :',
    en: 'Unit manufacturing cost excluding VAT charged by the workshop, in euros:',
  },
  'init.q.workshop_name': { fr: 'Nom de l’atelier sous-traitant :', en: 'Name of the workshop:' },
  'init.q.setup_cost': {
    fr: 'Frais de démarrage uniques HT (moules, échantillons ; 0 si aucun) :',
    en: 'One-off setup cost excluding VAT (moulds, samples; 0 if none):',
  },
  'init.q.material_name': { fr: 'Matière première principale :', en: 'Main raw material:' },
  'init.q.material_unit': { fr: 'Unité dans laquelle vous l’achetez (kg, m, litre, pièce…) :', en: 'Unit you buy it in (kg, m, litre, piece…):' },
  'init.q.material_cost': { fr: 'Coût HT d’une unité de cette matière, en euros :', en: 'Cost of one unit of this material excluding VAT, in euros:' },
  'init.q.material_quantity': { fr: 'Quantité de cette matière par produit, dans cette unité :', en: 'Quantity of this material per product, in that unit:' },
  'init.q.labour_minutes': { fr: 'Temps de fabrication par produit, en minutes :', en: 'Making time per product, in minutes:' },
  'init.q.channel': { fr: 'Canal de vente principal :', en: 'Main sales channel:' },
  'init.choice.channel.site': {
    fr: 'Votre boutique en ligne — paiement par carte (Stripe) 1,5 % + 0,25 € par commande',
    en: 'Your own online shop — card payment (Stripe) 1.5% + €0.25 per order',
  },
  'init.choice.channel.etsy': {
    fr: 'Etsy (marketplace) — commission 6,5 % + paiement 4 % + 0,30 € par commande',
    en: 'Etsy (marketplace) — 6.5% commission + payment 4% + €0.30 per order',
  },
  'init.choice.channel.amazon': {
    fr: 'Amazon.fr (marketplace) — commission 15 % + abonnement 39 € HT par mois',
    en: 'Amazon.fr (marketplace) — 15% commission + €39 excl. VAT monthly plan',
  },
  'init.q.keep_fees': {
    fr: 'Frais de ce canal : garder les frais habituels proposés ? (à vérifier sur sa grille tarifaire)',
    en: 'Fees of this channel: keep the usual fees proposed? (check them against its price list)',
  },
  'init.choice.keep_fees.true': { fr: 'Oui, garder ces frais', en: 'Yes, keep these fees' },
  'init.choice.keep_fees.false': { fr: 'Non, saisir les frais de ce canal', en: 'No, enter this channel’s fees' },
  'init.keys.navigate': { fr: 'choisir', en: 'move' },
  'init.keys.select': { fr: 'valider', en: 'select' },
  'init.q.commission_rate': { fr: 'Commission prélevée par le canal (ex. 6,5 %) :', en: 'Commission taken by the channel (e.g. 6.5%):' },
  'init.q.payment_fee_rate': { fr: 'Frais de paiement, en % de la commande :', en: 'Payment fee, as a % of the order:' },
  'init.q.payment_fee_fixed': { fr: 'Frais de paiement fixes par commande, en euros :', en: 'Fixed payment fee per order, in euros:' },
  'init.q.monthly_fee': { fr: 'Abonnement mensuel, en euros :', en: 'Monthly subscription, in euros:' },
  'init.q.visitors': { fr: 'Visiteurs attendus le premier mois :', en: 'Visitors expected in the first month:' },
  'init.q.conversion': {
    fr: 'Taux de conversion (commandes / visiteurs). Repère : l’e-commerce convertit en général 1 à 3 % des visites (ordre de grandeur, à vérifier) :',
    en: 'Conversion rate (orders / visitors). Benchmark: e-commerce usually converts 1 to 3% of visits (order of magnitude, to check):',
  },
  'init.q.start': { fr: 'Premier mois du prévisionnel (AAAA-MM) :', en: 'First month of the forecast (YYYY-MM):' },

  // ── validation of answers and flags ──────────────────────────────────────
  'init.invalid.amount': { fr: 'Montant attendu, par exemple 24,90 (trouvé « {value} »)', en: 'Expected an amount, e.g. 24.90 (found `{value}`)' },
  'init.invalid.positive': { fr: 'La valeur doit être supérieure à zéro', en: 'The value must be greater than zero' },
  'init.invalid.negative': { fr: 'La valeur ne peut pas être négative', en: 'The value cannot be negative' },
  'init.invalid.number': { fr: 'Nombre attendu, par exemple 0,5 (trouvé « {value} »)', en: 'Expected a number, e.g. 0.5 (found `{value}`)' },
  'init.invalid.count': { fr: 'Nombre entier attendu, par exemple 1000 (trouvé « {value} »)', en: 'Expected a whole number, e.g. 1000 (found `{value}`)' },
  'init.invalid.rate': { fr: 'Taux attendu : 2 % ou 0,02 (trouvé « {value} »)', en: 'Expected a rate: 2% or 0.02 (found `{value}`)' },
  'init.invalid.rate_bare': {
    fr: '« {value} » : écrivez « {suggestion} » pour un pourcentage, ou une fraction comme 0,02',
    en: '`{value}`: write `{suggestion}` for a percentage, or a fraction such as 0.02',
  },
  'init.invalid.rate_above_100': { fr: 'Un taux ne peut pas dépasser 100 % (trouvé « {value} »)', en: 'A rate cannot exceed 100% (found `{value}`)' },
  'init.invalid.month': { fr: 'Mois attendu au format AAAA-MM, par exemple 2027-03 (trouvé « {value} »)', en: 'Expected a month as YYYY-MM, e.g. 2027-03 (found `{value}`)' },
  'init.invalid.required': { fr: 'Une réponse est nécessaire', en: 'An answer is needed' },
  'init.invalid.choice': { fr: 'Valeur « {value} » non reconnue ; valeurs possibles : {allowed}', en: 'Unknown value `{value}`; allowed values: {allowed}' },

  // ── names written into the file ──────────────────────────────────────────
  'init.value.channel.site': { fr: 'Boutique en ligne', en: 'Online shop' },
  'init.value.channel.etsy': { fr: 'Etsy', en: 'Etsy' },
  'init.value.channel.amazon': { fr: 'Amazon.fr', en: 'Amazon.fr' },
  'init.value.acquisition_id': { fr: 'visiteurs', en: 'visitors' },
  'init.value.acquisition_name': { fr: 'Visiteurs attendus (à détailler par source)', en: 'Expected visitors (to split by source)' },
  'init.value.vat_number_placeholder': { fr: 'à compléter', en: 'to be completed' },
  'init.value.product_id': { fr: 'produit-1', en: 'product-1' },
  'init.value.supplier_id': { fr: 'fournisseur-1', en: 'supplier-1' },
  'init.value.material_id': { fr: 'matiere-1', en: 'material-1' },
  'init.value.example_supplier_id': { fr: 'fournisseur-matiere', en: 'material-supplier' },

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
  'init.file.legal_form': { fr: 'micro_entreprise | ei | eurl | sasu | sarl | sas', en: 'micro_entreprise | ei | eurl | sasu | sarl | sas' },
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
    ),
  },

  'init.file.title.products': { fr: 'Les produits', en: 'The products' },
  'init.file.products': {
    fr: lines(
      'Un élément de liste (« - ») par produit. Pour en ajouter un, copiez le bloc, changez',
      'son id et répartissez « mix » : les parts de tous les produits totalisent 100 %.',
    ),
    en: lines(
      'One list item (`-`) per product. To add one, copy the block, change its id',
      'and split `mix`: the shares of all products add up to 100%.',
    ),
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
    ),
    en: lines(
      'description: What sets it apart, its material, its size',
      'packaging_cost: 0.80              # packaging per unit, excluding VAT',
      'weight_g: 350                     # shipped weight, in grams',
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

  'init.file.title.operations': { fr: 'Stock, commandes, livraison, retours', en: 'Stock, orders, delivery, returns' },
  'init.ex.inventory': {
    fr: lines(
      'inventory:                         # gestion des stocks (critère C2.4)',
      '  safety_stock_days: 15            # stock de sécurité, en jours de ventes',
      '  cover_days: 30                   # stock constitué à chaque réapprovisionnement, en jours de ventes',
      '  tool: tableur partagé',
    ),
    en: lines(
      'inventory:                         # stock management (criterion C2.4)',
      '  safety_stock_days: 15            # safety stock, in days of sales',
      '  cover_days: 30                   # stock bought at each replenishment, in days of sales',
      '  tool: shared spreadsheet',
    ),
  },
  'init.ex.orders': {
    fr: lines(
      'orders:                            # traitement des commandes (critère C2.5)',
      '  steps: [Confirmation automatique, Préparation et contrôle qualité, Emballage, Remise au transporteur, E-mail de suivi]',
      '  preparation_hours: 48',
    ),
    en: lines(
      'orders:                            # order processing (criterion C2.5)',
      '  steps: [Automatic confirmation, Picking and quality check, Packing, Hand-over to the carrier, Tracking e-mail]',
      '  preparation_hours: 48',
    ),
  },
  'init.ex.shipping': {
    fr: lines(
      'shipping:                          # livraison (critère C2.6)',
      '  carriers:                        # ajoutez un transporteur par ligne ; parts égales par défaut',
      '    - { name: Colissimo, cost: 5.39, delay_days: 2, tracking: true }   # tarif guichet 2026, colis jusqu’à 250 g',
      '  charged_to_customer: 4.90        # frais de port facturés au client, TTC',
      '  free_above: 60                   # livraison offerte à partir de ce montant de commande TTC',
      '  promised_delivery_days: 5',
    ),
    en: lines(
      'shipping:                          # delivery (criterion C2.6)',
      '  carriers:                        # add one carrier per line; equal shares by default',
      '    - { name: Colissimo, cost: 5.39, delay_days: 2, tracking: true }   # 2026 counter price, parcel up to 250 g',
      '  charged_to_customer: 4.90        # shipping charged to the customer, VAT included',
      '  free_above: 60                   # free delivery from this order value, VAT included',
      '  promised_delivery_days: 5',
    ),
  },
  'init.ex.returns': {
    fr: lines(
      'returns:',
      '  rate: 3%                         # part des commandes remboursées',
      '  return_shipping_paid_by: customer   # customer : le client | merchant : vous (donnez alors return_shipping_cost)',
    ),
    en: lines(
      'returns:',
      '  rate: 3%                         # share of orders refunded',
      '  return_shipping_paid_by: customer   # customer | merchant (then give return_shipping_cost)',
    ),
  },

  'init.file.title.channels': { fr: 'Les canaux de vente', en: 'Sales channels' },
  'init.file.channels': {
    fr: lines(
      'Frais habituels proposés par ecomplan : vérifiez-les sur la grille tarifaire du canal.',
      'Pour ajouter un canal, copiez le bloc et répartissez « share » (total 100 %).',
    ),
    en: lines(
      'Usual fees proposed by ecomplan: check them against the channel’s price list.',
      'To add a channel, copy the block and split `share` (100% in total).',
    ),
  },
  'init.file.channel_kind': { fr: 'own_site | marketplace | social_shop | retail', en: 'own_site | marketplace | social_shop | retail' },
  'init.file.channel_share': { fr: 'part des commandes passées par ce canal', en: 'share of the orders placed through this channel' },
  'init.file.commission_rate': { fr: 'commission prélevée par le canal', en: 'commission taken by the channel' },
  'init.file.payment_fee_rate': { fr: 'frais de paiement, en % de la commande TTC', en: 'payment fee, as a % of the order' },
  'init.file.payment_fee_fixed': { fr: 'frais de paiement fixes par commande', en: 'fixed payment fee per order' },
  'init.file.monthly_fee': { fr: 'abonnement mensuel (offre pro, plateforme de la boutique)', en: 'monthly subscription (pro plan, shop platform)' },

  'init.file.title.demand': { fr: 'La demande', en: 'Demand' },
  'init.file.conversion_rate': {
    fr: 'commandes / visiteurs ; repère : 1 à 3 % des visites',
    en: 'orders / visitors; benchmark: 1 to 3% of visits',
  },
  'init.file.items_per_order': { fr: 'articles par commande', en: 'items per order' },
  'init.ex.demand_more': {
    fr: lines(
      'seasonality: [0.8, 0.8, 0.9, 0.9, 0.9, 0.8, 0.7, 0.8, 1.0, 1.1, 1.4, 1.9]   # coefficients de janvier à décembre',
      'scenarios:                         # écarts des scénarios pessimiste et optimiste',
      '  pessimistic: { traffic: -30%, conversion: -20%, costs: +10% }',
      '  optimistic: { traffic: +20%, conversion: +10%, costs: 0% }',
    ),
    en: lines(
      'seasonality: [0.8, 0.8, 0.9, 0.9, 0.9, 0.8, 0.7, 0.8, 1.0, 1.1, 1.4, 1.9]   # coefficients from January to December',
      'scenarios:                         # shifts of the pessimistic and optimistic scenarios',
      '  pessimistic: { traffic: -30%, conversion: -20%, costs: +10% }',
      '  optimistic: { traffic: +20%, conversion: +10%, costs: 0% }',
    ),
  },

  'init.file.title.acquisition': { fr: 'L’acquisition de trafic', en: 'Traffic acquisition' },
  'init.file.acquisition': {
    fr: 'Les sources de visiteurs font le prévisionnel ; détaillez-les (critère C4.1).',
    en: 'Visitor sources drive the forecast; detail them (criterion C4.1).',
  },
  'init.file.acquisition_kind': {
    fr: 'seo | organic_social | paid_ads | email | influence | marketplace | referral | other',
    en: 'seo | organic_social | paid_ads | email | influence | marketplace | referral | other',
  },
  'init.file.visitors': { fr: 'visiteurs du premier mois', en: 'visitors in the first month' },
  'init.ex.acquisition_more': {
    fr: lines('monthly_growth: 5%                 # croissance mensuelle', 'growth_until_month: 24             # croissance jusqu’à ce mois'),
    en: lines('monthly_growth: 5%                 # monthly growth', 'growth_until_month: 24             # growth until this month'),
  },
  'init.file.acquisition_paid': {
    fr: 'Une source payante : visiteurs = budget / coût par clic.',
    en: 'A paid source: visitors = budget / cost per click.',
  },
  'init.ex.acquisition_paid': {
    fr: lines('- id: google-ads', '  kind: paid_ads', '  monthly_budget: 150', '  cost_per_click: 0.45', '  from: 3                          # à partir du 3e mois'),
    en: lines('- id: google-ads', '  kind: paid_ads', '  monthly_budget: 150', '  cost_per_click: 0.45', '  from: 3                          # from month 3'),
  },

  'init.file.title.costs': { fr: 'Charges, investissements, financement, rémunération', en: 'Costs, investments, financing, owner pay' },
  'init.file.costs': {
    fr: lines(
      'Sans ces blocs, le prévisionnel ne compte aucune charge fixe : décommentez et adaptez.',
      'TVA de 20 % par défaut sur chaque charge ; vat_rate: 0% pour l’assurance et la banque.',
    ),
    en: lines(
      'Without these blocks the forecast counts no fixed cost: uncomment and adapt.',
      '20% VAT by default on each cost; vat_rate: 0% for insurance and bank fees.',
    ),
  },
  'init.ex.fixed_costs': {
    fr: lines('fixed_costs:', '  - { name: Assurance RC Pro, yearly: 240, vat_rate: 0% }', '  - { name: Expert-comptable, monthly: 70 }', '  - { name: Abonnement de la boutique en ligne, monthly: 36 }'),
    en: lines('fixed_costs:', '  - { name: Professional liability insurance, yearly: 240, vat_rate: 0% }', '  - { name: Accountant, monthly: 70 }', '  - { name: Online shop subscription, monthly: 36 }'),
  },
  'init.ex.investments': {
    fr: lines('investments:', '  - { name: Création du site, amount: 1500, month: 1, depreciation_years: 3 }'),
    en: lines('investments:', '  - { name: Website creation, amount: 1500, month: 1, depreciation_years: 3 }'),
  },
  'init.ex.financing': {
    fr: lines(
      'financing:                         # equity : apport | loan : emprunt | grant : subvention',
      '  - { kind: equity, name: Apport personnel, amount: 4000, month: 1 }',
      '  - { kind: loan, name: Prêt d’honneur, amount: 6000, rate: 0%, months: 48, deferral_months: 6, month: 1 }',
    ),
    en: lines(
      'financing:                         # equity | loan | grant',
      '  - { kind: equity, name: Personal contribution, amount: 4000, month: 1 }',
      '  - { kind: loan, name: Honour loan, amount: 6000, rate: 0%, months: 48, deferral_months: 6, month: 1 }',
    ),
  },
  'init.ex.owner_pay': {
    fr: lines('owner_pay:                         # ce que vous vous versez chaque mois, à partir du mois « from »', '  - { from: 1, monthly: 0 }', '  - { from: 10, monthly: 900 }'),
    en: lines('owner_pay:                         # what you pay yourself each month, from month `from`', '  - { from: 1, monthly: 0 }', '  - { from: 10, monthly: 900 }'),
  },

  'init.file.title.brand': { fr: 'La marque et la communication', en: 'Brand and communication' },
  'init.ex.brand': {
    fr: lines(
      'brand:',
      '  consumer_analysis:                # analyse des consommateurs (critère C3.1)',
      '    method: questionnaire en ligne (120 réponses) et 8 entretiens',
      '    personas:',
      '      - { id: claire, name: Claire, age: 34, expectations: [naturel, fait main], habits: [achète sur mobile, Instagram le soir] }',
      '  identity:                         # identité de marque (critère C3.2)',
      '    mission: Ce que la marque apporte à ses clients',
      '    values: [artisanat, transparence]',
      '    tone: chaleureux, simple',
      '    positioning: Votre place face aux concurrents, en une phrase',
      '  competitors:                      # concurrents (critère C3.3)',
      '    - { name: Concurrent A, price_range: 25-40 €, strengths: [notoriété], weaknesses: [prix élevés] }',
      '  communication:',
      '    strategy: Les messages et les canaux choisis, et pourquoi   # critère C3.3',
      '    actions:                        # actions de communication (critères C3.4, C3.5)',
      '      - { name: Lancement avec 5 micro-influenceuses, channel: instagram, personas: [claire], objective: 2 000 visiteurs, month: 2, budget: 400, kpis: [visiteurs, code promo utilisé] }',
    ),
    en: lines(
      'brand:',
      '  consumer_analysis:                # consumer analysis (criterion C3.1)',
      '    method: online survey (120 answers) and 8 interviews',
      '    personas:',
      '      - { id: claire, name: Claire, age: 34, expectations: [natural, handmade], habits: [buys on mobile, Instagram in the evening] }',
      '  identity:                         # brand identity (criterion C3.2)',
      '    mission: What the brand brings to its customers',
      '    values: [craftsmanship, transparency]',
      '    tone: warm, simple',
      '    positioning: Your place against competitors, in one sentence',
      '  competitors:                      # competitors (criterion C3.3)',
      '    - { name: Competitor A, price_range: 25-40 €, strengths: [well known], weaknesses: [high prices] }',
      '  communication:',
      '    strategy: The messages and channels chosen, and why   # criterion C3.3',
      '    actions:                        # communication actions (criteria C3.4, C3.5)',
      '      - { name: Launch with 5 micro-influencers, channel: instagram, personas: [claire], objective: 2000 visitors, month: 2, budget: 400, kpis: [visitors, promo code used] }',
    ),
  },

  'init.file.title.experience': { fr: 'L’expérience client', en: 'Customer experience' },
  'init.ex.experience': {
    fr: lines(
      'experience:',
      '  funnel:                           # tunnel de conversion (critère C4.2)',
      '    - { stage: Visite, rate: 100%, kpi: sessions }',
      '    - { stage: Fiche produit, rate: 45%, kpi: taux de clic }',
      '    - { stage: Panier, rate: 7%, kpi: taux d’ajout au panier }',
      '    - { stage: Achat, rate: 1.5%, kpi: taux de conversion }',
      '  satisfaction:                     # mesure de la satisfaction (critère C4.3)',
      '    method: NPS par e-mail à J+10',
      '    channels: [e-mail, avis clients, formulaire de contact]',
      '  loyalty:                          # fidélisation (critère C4.4)',
      '    repeat_rate_yearly: 20%         # part des clients qui commandent à nouveau dans l’année',
      '    referral: { referrer_reward: bon de 5 €, referee_reward: -10 % sur la première commande }',
    ),
    en: lines(
      'experience:',
      '  funnel:                           # conversion funnel (criterion C4.2)',
      '    - { stage: Visit, rate: 100%, kpi: sessions }',
      '    - { stage: Product page, rate: 45%, kpi: click rate }',
      '    - { stage: Cart, rate: 7%, kpi: add-to-cart rate }',
      '    - { stage: Purchase, rate: 1.5%, kpi: conversion rate }',
      '  satisfaction:                     # satisfaction measurement (criterion C4.3)',
      '    method: NPS by e-mail on day 10',
      '    channels: [e-mail, customer reviews, contact form]',
      '  loyalty:                          # loyalty (criterion C4.4)',
      '    repeat_rate_yearly: 20%         # share of customers who order again within a year',
      '    referral: { referrer_reward: €5 voucher, referee_reward: -10% on the first order }',
    ),
  },

  'init.file.title.legal': { fr: 'Le cadre légal', en: 'Legal frame' },
  'init.ex.legal': {
    fr: lines(
      'legal:                             # vente à distance et données personnelles (critères C5)',
      '  withdrawal_days: 14              # délai de rétractation',
      '  withdrawal_button: true          # fonction « renoncer au contrat ici », obligatoire à partir du 19 juin 2026',
      '  refund_days: 14',
      '  legal_guarantees: true           # garantie légale de conformité (2 ans) et vices cachés',
      '  mediator: { name: Nom du médiateur de la consommation, url: https://www.example.fr }',
      '  delivery_max_days: 30',
      '  payment_methods: [carte bancaire, PayPal]',
      '  rgpd:',
      '    contact: rgpd@example.fr',
      '    processings:',
      '      - { purpose: Gestion des commandes, legal_basis: contract, data: [identité, adresse, e-mail], retention: 3 ans après la dernière commande, recipients: [transporteur] }',
      '      - { purpose: Lettre d’information, legal_basis: consent, data: [e-mail], retention: 3 ans sans interaction, recipients: [outil d’e-mailing] }',
      '    cookie_consent: { tool: bannière de consentement, before_trackers: true }',
    ),
    en: lines(
      'legal:                             # distance selling and personal data (criteria C5)',
      '  withdrawal_days: 14              # withdrawal period',
      '  withdrawal_button: true          # online « renoncer au contrat ici » function, mandatory from 19 June 2026',
      '  refund_days: 14',
      '  legal_guarantees: true           # legal guarantee of conformity (2 years) and hidden defects',
      '  mediator: { name: Name of the consumer mediator, url: https://www.example.com }',
      '  delivery_max_days: 30',
      '  payment_methods: [card, PayPal]',
      '  rgpd:',
      '    contact: privacy@example.com',
      '    processings:',
      '      - { purpose: Order management, legal_basis: contract, data: [identity, address, e-mail], retention: 3 years after the last order, recipients: [carrier] }',
      '      - { purpose: Newsletter, legal_basis: consent, data: [e-mail], retention: 3 years without interaction, recipients: [e-mailing tool] }',
      '    cookie_consent: { tool: consent banner, before_trackers: true }',
    ),
  },
} as const satisfies Catalog;
