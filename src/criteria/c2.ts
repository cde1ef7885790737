/** C2 — Structurer les relations fournisseurs, le catalogue et la logistique. */
import type { Path } from '../diagnostics/diagnostic.js';
import { HUNDRED, type Decimal } from '../model/decimal.js';
import type { Product, ProjectFile, Supplier } from '../model/schema.js';
import { own } from '../model/own.js';
import { filled, gap, hasItems, mainRowsOf, judge, missing, missingKeys, missingSection, noForecast, someText } from './helpers.js';
import type { CriterionDefinition, GapSpec } from './types.js';

/** An item bought from suppliers: a resold or outsourced product, or a raw material. */
interface PurchasedItem {
  id: string;
  path: Path;
  /** Suppliers named on the item itself (`supplier`, `suppliers`). */
  named: string[];
}

function purchasedItems(p: ProjectFile): PurchasedItem[] {
  const items: PurchasedItem[] = [];
  p.products.forEach((prod, i) => {
    if (prod.strategy !== 'in_house') items.push({ id: prod.id, path: ['products', i], named: prod.supplier ? [prod.supplier] : [] });
  });
  p.materials?.forEach((m, j) => items.push({ id: m.id, path: ['materials', j], named: m.suppliers ?? [] }));
  return items;
}

/** Indexes in `suppliers.list` of the suppliers of an item (named by the item or supplying it). */
function suppliersOf(item: PurchasedItem, list: readonly Supplier[]): number[] {
  const out: number[] = [];
  list.forEach((s, k) => {
    if (item.named.includes(s.id) || s.supplies?.includes(item.id)) out.push(k);
  });
  return out;
}

/** A supplier criterion about quality (`qualité`, `quality`, `Qualité produit`…). */
const QUALITY = /qualit/i;

const pct = (d: Decimal) => d.times(HUNDRED).toDecimalPlaces(1);

const C2_1: CriterionDefinition = {
  id: 'C2.1',
  block: 'C2',
  title: { fr: 'Méthodologie de gestion des fournisseurs structurée', en: 'Structured supplier management method' },
  jury: {
    fr: 'Présenter sa méthodologie de recherche fournisseurs ; le candidat a structuré la méthodologie de gestion des fournisseurs',
    en: 'Present one’s supplier search method; the candidate has structured their supplier management method',
  },
  passes: {
    fr: 'Sources de recherche et critères de sélection pondérés déclarés ; chaque article acheté (produit revendu ou sous-traité, matière première) a au moins 2 fournisseurs comparés, notés sur chaque critère, dont un sélectionné.',
    en: 'Search sources and weighted selection criteria declared; every purchased item (resold or outsourced product, raw material) has at least 2 suppliers compared, scored on every criterion, one of them selected.',
  },
  reads: ['suppliers.method', 'suppliers.list', 'products[].supplier', 'materials[].suppliers'],
  severity: 'error',
  example: `suppliers:
  method:
    sources: [Salon Maison & Objet, annuaire Kompass]
    criteria: [{ name: qualité, weight: 60% }, { name: prix, weight: 40% }]
  list:
    - { id: cire-du-sud, name: Cire du Sud, supplies: [cire-soja], scores: { qualité: 4, prix: 3 }, selected: true }
    - { id: cirexport, name: Cirexport, supplies: [cire-soja], scores: { qualité: 3, prix: 4 } }
`,
  check({ project: p, config }) {
    const s = p.suppliers;
    if (!s || (!s.method && !hasItems(s.list))) return judge([missingSection(['suppliers'], ['method', 'list'])], true);
    const gaps: GapSpec[] = [];
    if (!someText(s.method?.sources)) gaps.push(missing(['suppliers', 'method', 'sources']));
    const criteria = (s.method?.criteria ?? []).map((c) => c.name);
    if (criteria.length === 0) gaps.push(missing(['suppliers', 'method', 'criteria']));
    const list = s.list ?? [];
    const min = config.thresholds.minSuppliersCompared;
    const unscored = new Set<number>();
    for (const item of purchasedItems(p)) {
      const found = suppliersOf(item, list);
      if (found.length < min) {
        const where: Path = item.path[0] === 'materials' ? [...item.path, 'suppliers'] : ['suppliers', 'list'];
        gaps.push(gap('gap.suppliers_compared', where, { item: item.id, count: found.length, min }));
      }
      for (const k of found) if (criteria.some((c) => own(list[k]?.scores, c) === undefined)) unscored.add(k);
      if (found.length > 0 && !found.some((k) => list[k]?.selected === true)) gaps.push(gap('gap.no_selected_supplier', ['suppliers', 'list', found[0]!, 'selected'], { item: item.id }));
    }
    for (const k of [...unscored].sort((a, b) => a - b)) {
      const sup = list[k]!;
      gaps.push(
        gap('gap.supplier_unscored', ['suppliers', 'list', k, 'scores'], {
          supplier: sup.id,
          criteria: criteria.filter((c) => own(sup.scores, c) === undefined),
        }),
      );
    }
    return judge(gaps, false, { id: 'criteria.C2.1.pass', path: ['suppliers'], data: { suppliers: list.length, criteria } });
  },
};

const C2_2: CriterionDefinition = {
  id: 'C2.2',
  block: 'C2',
  title: { fr: 'Argumentaire de négociation rédigé', en: 'Written negotiation plan' },
  jury: {
    fr: 'Le candidat a rédigé un argumentaire de négociation avec un fournisseur',
    en: 'The candidate has written a negotiation plan with a supplier',
  },
  passes: {
    fr: 'Un plan de négociation avec un fournisseur nommé, des objectifs, des arguments, des concessions et une solution de repli.',
    en: 'A negotiation plan with a named supplier, objectives, arguments, concessions and a fallback option.',
  },
  reads: ['suppliers.negotiation'],
  severity: 'error',
  example: `suppliers:
  negotiation:
    supplier: cire-du-sud
    objectives: [-8 % sur le prix au-delà de 100 kg, paiement à 45 jours]
    arguments: [volume annuel prévisionnel, engagement sur 12 mois]
    concessions: [commande trimestrielle groupée]
    fallback: Cirexport, 5 % plus cher mais livré en 5 jours
`,
  check({ project: p }) {
    const keys = ['supplier', 'objectives', 'arguments', 'concessions', 'fallback'];
    const n = p.suppliers?.negotiation;
    if (!n) return judge([missingSection(['suppliers', 'negotiation'], keys)], true);
    const gaps = missingKeys(['suppliers', 'negotiation'], n, keys);
    return judge(gaps, gaps.length === keys.length, {
      id: 'criteria.C2.2.pass',
      path: ['suppliers', 'negotiation'],
      data: { supplier: n.supplier ?? '' },
    });
  },
};

/** The channel with the largest share (the first one on a tie): a product's main channel. */
function mainChannel(p: ProjectFile) {
  let best: NonNullable<ProjectFile['channels']>[number] | undefined;
  for (const c of p.channels ?? []) if (!best || c.share.gt(best.share)) best = c;
  return best;
}

const C2_3: CriterionDefinition = {
  id: 'C2.3',
  block: 'C2',
  title: { fr: 'Maîtrise des coûts de production (qualité et marge)', en: 'Production costs under control (quality and margin)' },
  jury: {
    fr: 'Le candidat maîtrise les coûts de production en prenant en compte la qualité de produit et la marge',
    en: 'The candidate controls production costs, taking product quality and margin into account',
  },
  passes: {
    fr: 'Le taux de marque de chaque produit sur son canal principal atteint la cible (30 % par défaut, réglable) ; les fournisseurs sont notés sur un critère de qualité.',
    en: 'Every product’s markup rate (taux de marque) on its main channel reaches the target (30 % by default, configurable); suppliers are scored on a quality criterion.',
  },
  reads: ['products[].price', 'channels', 'suppliers.method.criteria', 'suppliers.list[].scores', 'forecast'],
  severity: 'error',
  example: `products:
  - id: bougie-classique
    price: 24.00          # unit cost 9.60 HT: markup (20.00 - 9.60) / 20.00 = 52 %
suppliers:
  method:
    criteria: [{ name: qualité, weight: 60% }, { name: prix, weight: 40% }]
  list:
    - { id: cire-du-sud, name: Cire du Sud, scores: { qualité: 4, prix: 3 } }
`,
  check({ project: p, forecast, forecastError, config }) {
    const gaps: GapSpec[] = [];
    const target = config.thresholds.markupTarget;
    let lowest: Decimal | undefined;
    if (!forecast) gaps.push(noForecast(forecastError));
    else {
      const main = mainChannel(p);
      p.products.forEach((prod, i) => {
        const rows = mainRowsOf(forecast.unitEconomics, prod.id);
        const row = rows.find((r) => r.channelId === main?.id) ?? rows[0];
        if (!row || row.markupRate === null) {
          gaps.push(gap('gap.markup_unknown', ['products', i, 'price'], { product: prod.id }));
          return;
        }
        if (!lowest || row.markupRate.lt(lowest)) lowest = row.markupRate;
        if (row.markupRate.lt(target))
          gaps.push(
            gap('gap.markup_below_target', ['products', i, 'price'], {
              product: prod.id,
              channel: row.channelId,
              markup: pct(row.markupRate),
              target: pct(target),
            }),
          );
      });
    }
    const quality = p.suppliers?.method?.criteria?.find((c) => QUALITY.test(c.name));
    if (!quality) gaps.push(gap('gap.no_quality_criterion', ['suppliers', 'method', 'criteria']));
    else
      p.suppliers?.list?.forEach((s, k) => {
        if (own(s.scores, quality.name) === undefined) gaps.push(gap('gap.supplier_unscored', ['suppliers', 'list', k, 'scores'], { supplier: s.id, criteria: [quality.name] }));
      });
    return judge(gaps, !forecast, {
      id: 'criteria.C2.3.pass',
      path: ['products'],
      data: { lowest: lowest ? pct(lowest) : null, target: pct(target), criterion: quality?.name ?? '' },
    });
  },
};

/** Where a product's lead time is read: its supplier's `lead_time_days`. */
function leadTimePath(p: ProjectFile, prod: Product, i: number): Path {
  const list = p.suppliers?.list ?? [];
  let supplier = prod.supplier;
  if (prod.strategy === 'in_house') {
    const first = prod.bill_of_materials?.[0]?.material;
    const material = p.materials?.find((m) => m.id === first);
    supplier = material?.suppliers?.[0] ?? list.find((s) => first !== undefined && s.supplies?.includes(first))?.id;
  }
  const k = list.findIndex((s) => s.id === supplier);
  if (k >= 0) return ['suppliers', 'list', k, 'lead_time_days'];
  return prod.strategy === 'in_house' ? ['suppliers', 'list'] : ['products', i, 'supplier'];
}

const C2_4: CriterionDefinition = {
  id: 'C2.4',
  block: 'C2',
  title: { fr: 'Délivrer rapidement : maîtrise des stocks', en: 'Deliver quickly: stock control' },
  jury: {
    fr: 'Présenter ses dispositifs de gestion de stocks ; le candidat a mis au point une procédure permettant de délivrer rapidement les produits aux consommateurs grâce à une bonne maîtrise des stocks',
    en: 'Present one’s stock management; the candidate has set up a procedure to deliver products quickly to consumers through good stock control',
  },
  passes: {
    fr: 'Une politique de stock déclarée (stock de sécurité, règle de réapprovisionnement) ; le point de commande de chaque produit est calculable à partir des délais fournisseurs et de la demande prévue.',
    en: 'A stock policy declared (safety stock, reorder rule); every product’s reorder point can be computed from supplier lead times and forecast demand.',
  },
  reads: ['inventory', 'suppliers.list[].lead_time_days', 'forecast'],
  severity: 'error',
  example: `inventory:
  safety_stock_days: 15
  cover_days: 30
suppliers:
  list:
    - { id: cire-du-sud, name: Cire du Sud, supplies: [cire-soja], lead_time_days: 10 }
`,
  check({ project: p, forecast, forecastError }) {
    const inv = p.inventory;
    if (!inv) return judge([missingSection(['inventory'], ['safety_stock_days', 'cover_days'])], true);
    if (!forecast) return judge([noForecast(forecastError)], true);
    const gaps: GapSpec[] = [];
    p.products.forEach((prod, i) => {
      const plan = forecast.stock.find((s) => s.productId === prod.id);
      if (!plan || plan.reorderPointUnits === null) gaps.push(gap('gap.no_reorder_point', leadTimePath(p, prod, i), { product: prod.id }));
    });
    return judge(gaps, false, {
      id: 'criteria.C2.4.pass',
      path: ['inventory'],
      data: { safety: inv.safety_stock_days, cover: inv.cover_days, products: p.products.length },
    });
  },
};

const C2_5: CriterionDefinition = {
  id: 'C2.5',
  block: 'C2',
  title: { fr: 'Délivrer rapidement : procédures de gestion de commande', en: 'Deliver quickly: order procedures' },
  jury: {
    fr: 'Présenter la procédure de gestion des commandes ; délivrer rapidement les produits grâce à des procédures de gestion de commande',
    en: 'Present the order management procedure; deliver products quickly through order management procedures',
  },
  passes: {
    fr: 'Une procédure de commande d’au moins 3 étapes ordonnées, avec un délai de préparation.',
    en: 'An order procedure of at least 3 ordered steps, with a preparation lead time.',
  },
  reads: ['orders'],
  severity: 'error',
  example: `orders:
  steps: [Confirmation automatique, Préparation et contrôle qualité, Emballage, Remise au transporteur]
  preparation_hours: 48
`,
  check({ project: p, config }) {
    const o = p.orders;
    const steps = (o?.steps ?? []).filter((s) => filled(s));
    if (!o || (steps.length === 0 && o.preparation_hours === undefined)) return judge([missingSection(['orders'], ['steps', 'preparation_hours'])], true);
    const gaps: GapSpec[] = [];
    const min = config.thresholds.minOrderSteps;
    if (steps.length === 0) gaps.push(missing(['orders', 'steps']));
    else if (steps.length < min) gaps.push(gap('gap.too_few', ['orders', 'steps'], { count: steps.length, min }));
    if (o.preparation_hours === undefined) gaps.push(missing(['orders', 'preparation_hours']));
    return judge(gaps, false, {
      id: 'criteria.C2.5.pass',
      path: ['orders'],
      data: { steps: steps.length, hours: o.preparation_hours ?? null },
    });
  },
};

const C2_6: CriterionDefinition = {
  id: 'C2.6',
  block: 'C2',
  title: { fr: 'Délivrer rapidement : maîtrise de la livraison', en: 'Deliver quickly: delivery control' },
  jury: {
    fr: 'Délivrer rapidement les produits aux consommateurs grâce à une bonne maîtrise de la livraison',
    en: 'Deliver products quickly to consumers through good delivery control',
  },
  passes: {
    fr: 'Au moins un transporteur avec son coût et son délai ; un délai de livraison promis au plus égal au délai légal par défaut de 30 jours, et tenable par chaque transporteur.',
    en: 'At least one carrier with its cost and delay; a promised delivery time no longer than the legal default of 30 days, and kept by every carrier.',
  },
  reads: ['shipping'],
  severity: 'error',
  example: `shipping:
  carriers:
    - { name: Colissimo, cost: 7.20, delay_days: 2 }
  promised_delivery_days: 5
`,
  check({ project: p, config }) {
    const sh = p.shipping;
    if (!sh || !hasItems(sh.carriers)) return judge([missingSection(sh ? ['shipping', 'carriers'] : ['shipping'], ['carriers', 'promised_delivery_days'])], true);
    const gaps: GapSpec[] = [];
    const max = config.thresholds.maxDeliveryDays;
    const promised = sh.promised_delivery_days;
    if (promised === undefined) gaps.push(missing(['shipping', 'promised_delivery_days']));
    else {
      if (promised > max) gaps.push(gap('gap.delivery_too_long', ['shipping', 'promised_delivery_days'], { days: promised, max }));
      sh.carriers.forEach((c, k) => {
        if (c.delay_days > promised)
          gaps.push(
            gap('gap.carrier_slower_than_promise', ['shipping', 'carriers', k, 'delay_days'], {
              carrier: c.name,
              delay: c.delay_days,
              promised,
            }),
          );
      });
    }
    return judge(gaps, false, {
      id: 'criteria.C2.6.pass',
      path: ['shipping'],
      data: { carriers: sh.carriers.length, days: promised ?? null },
    });
  },
};

const C2_7: CriterionDefinition = {
  id: 'C2.7',
  block: 'C2',
  title: {
    fr: 'Catalogue complet et compréhensible répondant au besoin de la cible',
    en: 'Complete, clear catalogue meeting the target’s needs',
  },
  jury: {
    fr: 'Structurer des relations fournisseurs permettant d’obtenir un catalogue produit complet et compréhensible, répondant au besoin de la cible',
    en: 'Structure supplier relations so as to obtain a complete and clear product catalogue meeting the target’s needs',
  },
  passes: {
    fr: 'Chaque produit a une description, un prix, un poids ou des dimensions, et il est relié à un persona (products[].personas) ou à la cible déclarée (project.target).',
    en: 'Every product has a description, a price, a weight or dimensions, and is linked to a persona (products[].personas) or to the declared target (project.target).',
  },
  reads: ['products', 'project.target', 'brand.consumer_analysis.personas'],
  severity: 'error',
  example: `products:
  - id: bougie-classique
    description: Cire de soja, mèche coton, 40 heures de combustion.
    price: 24.00
    weight_g: 350
    personas: [claire]
`,
  check({ project: p }) {
    const gaps: GapSpec[] = [];
    const target = filled(p.project.target);
    let empty = 0;
    p.products.forEach((prod, i) => {
      const own: GapSpec[] = [];
      if (!filled(prod.description)) own.push(missing(['products', i, 'description']));
      if (prod.weight_g === undefined && !filled(prod.dimensions_cm)) own.push(gap('gap.missing_one_of', ['products', i, 'weight_g'], { alternatives: ['dimensions_cm'] }));
      if (!hasItems(prod.personas) && !target) own.push(gap('gap.missing_one_of', ['products', i, 'personas'], { alternatives: ['project.target'] }));
      if (own.length === 3) empty++;
      gaps.push(...own);
    });
    return judge(gaps, empty === p.products.length, {
      id: 'criteria.C2.7.pass',
      path: ['products'],
      data: { products: p.products.length },
    });
  },
};

export const C2: CriterionDefinition[] = [C2_1, C2_2, C2_3, C2_4, C2_5, C2_6, C2_7];
