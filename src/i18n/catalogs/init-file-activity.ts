/**
 * `ecomplan init`: comments and commented-out examples of the generated project file, second half
 * (operations, channels, demand, acquisition, costs, brand, experience, legal).
 * `init.ex.*` entries are YAML: uncommented, each must still validate (tested).
 */
import type { Catalog } from '../index.js';

const lines = (...l: string[]) => l.join('\n');

export const initFileActivity = {
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
    en: lines('returns:', '  rate: 3%                         # share of orders refunded', '  return_shipping_paid_by: customer   # customer | merchant (then give return_shipping_cost)'),
  },

  'init.file.title.channels': { fr: 'Les canaux de vente', en: 'Sales channels' },
  'init.file.channels': {
    fr: lines('Frais habituels proposés par ecomplan : vérifiez-les sur la grille tarifaire du canal.', 'Pour ajouter un canal, copiez le bloc et répartissez « share » (total 100 %).'),
    en: lines('Usual fees proposed by ecomplan: check them against the channel’s price list.', 'To add a channel, copy the block and split `share` (100% in total).'),
  },
  'init.file.channel_kind': { fr: 'own_site | marketplace | social_shop | retail', en: 'own_site | marketplace | social_shop | retail' },
  'init.file.channel_share': { fr: 'part des commandes passées par ce canal', en: 'share of the orders placed through this channel' },
  'init.file.commission_rate': { fr: 'commission prélevée par le canal', en: 'commission taken by the channel' },
  'init.file.payment_fee_rate': { fr: 'frais de paiement, en % de la commande TTC', en: 'payment fee, as a % of the order' },
  'init.file.payment_fee_fixed': { fr: 'frais de paiement fixes par commande', en: 'fixed payment fee per order' },
  'init.file.monthly_fee': {
    fr: 'abonnement mensuel (offre pro, plateforme de la boutique)',
    en: 'monthly subscription (pro plan, shop platform)',
  },

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
    fr: lines('Sans ces blocs, le prévisionnel ne compte aucune charge fixe : décommentez et adaptez.', 'TVA de 20 % par défaut sur chaque charge ; vat_rate: 0% pour l’assurance et la banque.'),
    en: lines('Without these blocks the forecast counts no fixed cost: uncomment and adapt.', '20% VAT by default on each cost; vat_rate: 0% for insurance and bank fees.'),
  },
  'init.ex.fixed_costs': {
    fr: lines(
      'fixed_costs:',
      '  - { name: Assurance RC Pro, yearly: 240, vat_rate: 0% }',
      '  - { name: Expert-comptable, monthly: 70 }',
      '  - { name: Abonnement de la boutique en ligne, monthly: 36 }',
    ),
    en: lines(
      'fixed_costs:',
      '  - { name: Professional liability insurance, yearly: 240, vat_rate: 0% }',
      '  - { name: Accountant, monthly: 70 }',
      '  - { name: Online shop subscription, monthly: 36 }',
    ),
  },
  'init.ex.investments': {
    fr: lines('investments:', '  - { name: Création du site, amount: 1500, month: 1, depreciation_years: 3 }'),
    en: lines('investments:', '  - { name: Website creation, amount: 1500, month: 1, depreciation_years: 3 }'),
  },
  'init.ex.financing': {
    fr: lines(
      'financing:                         # equity : apport au capital | current_account : compte courant d’associé | loan : emprunt | grant : subvention',
      '  - { kind: equity, name: Apport personnel, amount: 4000, month: 1 }',
      '  - { kind: loan, name: Prêt d’honneur, amount: 6000, rate: 0%, months: 48, deferral_months: 6, month: 1 }',
    ),
    en: lines(
      'financing:                         # equity | current_account (partner’s current account) | loan | grant',
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
