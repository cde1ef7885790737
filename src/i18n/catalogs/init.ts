/**
 * `ecomplan init`: the questions, their validation messages, the command's messages and the
 * names written into the file. The comments and commented-out examples of the generated
 * project file are in init-file-offer.ts and init-file-activity.ts.
 */
import type { Catalog } from '../index.js';

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
  'init.written': {
    fr: '✔ {file} créé : un projet valide, prêt à compléter.',
    en: '✔ {file} written: a valid project, ready to complete.',
  },
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
  'init.q.material_unit': {
    fr: 'Unité dans laquelle vous l’achetez (kg, m, litre, pièce…) :',
    en: 'Unit you buy it in (kg, m, litre, piece…):',
  },
  'init.q.material_cost': {
    fr: 'Coût HT d’une unité de cette matière, en euros :',
    en: 'Cost of one unit of this material excluding VAT, in euros:',
  },
  'init.q.material_quantity': {
    fr: 'Quantité de cette matière par produit, dans cette unité :',
    en: 'Quantity of this material per product, in that unit:',
  },
  'init.q.labour_minutes': { fr: 'Temps de fabrication par produit, en minutes :', en: 'Making time per product, in minutes:' },
  'init.q.channel': { fr: 'Canal de vente principal :', en: 'Main sales channel:' },
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
  'init.invalid.amount': {
    fr: 'Montant attendu, par exemple 24,90 (trouvé « {value} »)',
    en: 'Expected an amount, e.g. 24.90 (found `{value}`)',
  },
  'init.invalid.positive': { fr: 'La valeur doit être supérieure à zéro', en: 'The value must be greater than zero' },
  'init.invalid.negative': { fr: 'La valeur ne peut pas être négative', en: 'The value cannot be negative' },
  'init.invalid.number': {
    fr: 'Nombre attendu, par exemple 0,5 (trouvé « {value} »)',
    en: 'Expected a number, e.g. 0.5 (found `{value}`)',
  },
  'init.invalid.count': {
    fr: 'Nombre entier attendu, par exemple 1000 (trouvé « {value} »)',
    en: 'Expected a whole number, e.g. 1000 (found `{value}`)',
  },
  'init.invalid.rate': { fr: 'Taux attendu : 2 % ou 0,02 (trouvé « {value} »)', en: 'Expected a rate: 2% or 0.02 (found `{value}`)' },
  'init.invalid.rate_bare': {
    fr: '« {value} » : écrivez « {suggestion} » pour un pourcentage, ou une fraction comme 0,02',
    en: '`{value}`: write `{suggestion}` for a percentage, or a fraction such as 0.02',
  },
  'init.invalid.rate_above_100': {
    fr: 'Un taux ne peut pas dépasser 100 % (trouvé « {value} »)',
    en: 'A rate cannot exceed 100% (found `{value}`)',
  },
  'init.invalid.month': {
    fr: 'Mois attendu au format AAAA-MM, par exemple 2027-03 (trouvé « {value} »)',
    en: 'Expected a month as YYYY-MM, e.g. 2027-03 (found `{value}`)',
  },
  'init.invalid.required': { fr: 'Une réponse est nécessaire', en: 'An answer is needed' },
  'init.invalid.choice': {
    fr: 'Valeur « {value} » non reconnue ; valeurs possibles : {allowed}',
    en: 'Unknown value `{value}`; allowed values: {allowed}',
  },

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
} as const satisfies Catalog;
