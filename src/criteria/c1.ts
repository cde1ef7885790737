/** C1 — Évaluer l'opportunité financière (prévisionnel). */
import { formatPath, type Path } from '../diagnostics/diagnostic.js';
import { HUNDRED, ZERO, toCents, type Decimal } from '../model/decimal.js';
import { monthIndex } from '../model/fields.js';
import type { Alternative, Product, ProjectFile } from '../model/schema.js';
import { filled, gap, hasItems, judge, missing, missingSection, noForecast } from './helpers.js';
import type { Forecast } from '../engine/types.js';
import type { CriterionDefinition, GapSpec } from './types.js';

/** The keys holding the cost basis of each strategy (project-file.md). */
const STRATEGY_BASIS: Record<Product['strategy'], string[]> = {
  resale: ['purchase_cost', 'supplier'],
  outsourced: ['manufacturing_cost', 'supplier'],
  in_house: ['bill_of_materials'],
};

function basisGaps(item: Product | Alternative, base: Path): GapSpec[] {
  return STRATEGY_BASIS[item.strategy]
    .filter((k) => {
      const v = (item as Record<string, unknown>)[k];
      return v === undefined || (Array.isArray(v) && v.length === 0);
    })
    .map((k) => gap('gap.strategy_basis', [...base, k], { strategy: item.strategy, key: k }));
}

/** Whether the project names a target customer: `project.target` or a persona. */
function hasTarget(p: ProjectFile): boolean {
  return filled(p.project.target) || hasItems(p.brand?.consumer_analysis?.personas);
}

const C1_1: CriterionDefinition = {
  id: 'C1.1',
  block: 'C1',
  title: { fr: 'Présenter son produit', en: 'Present the product' },
  jury: { fr: 'Présenter son produit', en: 'Present one’s product' },
  passes: {
    fr: 'Chaque produit a un nom, une description, un prix TTC et un taux de TVA ; le projet a une description et une cible (un persona ou project.target).',
    en: 'Every product has a name, a description, a consumer price and a VAT rate; the project has a description and a target customer (a persona or project.target).',
  },
  reads: ['project.description', 'project.target', 'products', 'brand.consumer_analysis.personas'],
  severity: 'error',
  example: `project:
  description: Bougies végétales coulées à la main à Lyon, pour offrir ou se faire plaisir.
  target: Femmes urbaines de 25 à 45 ans, sensibles au fait-main et au naturel.
products:
  - id: bougie-classique
    name: Bougie classique 200 g
    description: Cire de soja, mèche coton, 40 heures de combustion.
    price: 24.00
    vat_rate: 20%
`,
  check({ project: p }) {
    const gaps: GapSpec[] = [];
    if (!filled(p.project.description)) gaps.push(missing(['project', 'description']));
    if (!hasTarget(p)) gaps.push(gap('gap.missing_one_of', ['project', 'target'], { alternatives: ['brand.consumer_analysis.personas'] }));
    p.products.forEach((prod, i) => {
      if (!filled(prod.description)) gaps.push(missing(['products', i, 'description']));
    });
    const described = p.products.filter((x) => filled(x.description)).length;
    const noEvidence = described === 0 && !filled(p.project.description);
    return judge(gaps, noEvidence, { id: 'criteria.C1.1.pass', path: ['products'], data: { products: p.products.length } });
  },
};

/** Another strategy to evaluate beside `strategy`: the one a product of that strategy most often compares with. */
const OTHER_STRATEGY = { resale: 'outsourced', outsourced: 'resale', in_house: 'outsourced' } as const;

/**
 * C1.2's gap when no product evaluates another strategy, naming the product's own strategy: at the
 * alternatives of the first product that has some (all of its own strategy), else at the first product.
 */
function noOtherStrategy(products: ProjectFile['products']): GapSpec {
  const i = Math.max(
    0,
    products.findIndex((x) => (x.alternatives?.length ?? 0) > 0),
  );
  const prod = products[i];
  const data = { product: prod?.id ?? '', strategy: prod?.strategy ?? '', suggestion: prod ? OTHER_STRATEGY[prod.strategy] : '' };
  return gap(prod?.alternatives?.length ? 'gap.alternative_same_strategy' : 'gap.no_alternative_strategy', ['products', i, 'alternatives'], data);
}

const C1_2: CriterionDefinition = {
  id: 'C1.2',
  block: 'C1',
  title: { fr: 'Hypothèses sur les stratégies de production', en: 'Hypotheses on production strategies' },
  jury: {
    fr: 'Établir des hypothèses sur les stratégies de production (revente de produits finis, fabrication externalisée, fabrication à partir de matières premières)',
    en: 'Set out hypotheses on production strategies (resale of finished goods, outsourced manufacturing, manufacturing from raw materials)',
  },
  passes: {
    fr: 'Chaque produit déclare sa stratégie avec la base de coût de cette stratégie, et au moins un produit évalue une autre stratégie (alternatives) : le référentiel demande des hypothèses au pluriel.',
    en: 'Every product declares its strategy with that strategy’s cost basis, and at least one product evaluates another strategy (alternatives): the referential asks for hypotheses in the plural.',
  },
  reads: ['products[].strategy', 'products[].alternatives'],
  severity: 'error',
  example: `products:
  - id: bougie-classique
    strategy: in_house
    bill_of_materials:
      - { material: cire-soja, quantity: 0.2 }
    alternatives:
      - strategy: outsourced
        supplier: atelier-cire-lyon
        manufacturing_cost: 9.80
`,
  check({ project: p }) {
    const gaps: GapSpec[] = [];
    let evaluated = 0;
    let withoutBasis = 0;
    p.products.forEach((prod, i) => {
      const own = basisGaps(prod, ['products', i]);
      if (own.length > 0) withoutBasis++;
      gaps.push(...own);
      prod.alternatives?.forEach((alt, j) => gaps.push(...basisGaps(alt, ['products', i, 'alternatives', j])));
      if (prod.alternatives?.some((a) => a.strategy !== prod.strategy)) evaluated++;
    });
    if (evaluated === 0) gaps.push(noOtherStrategy(p.products));
    const strategies = [...new Set(p.products.flatMap((x) => [x.strategy, ...(x.alternatives ?? []).map((a) => a.strategy)]))].sort();
    // A product without the cost basis of its own strategy states no usable hypothesis: no evidence.
    return judge(gaps, withoutBasis === p.products.length, {
      id: 'criteria.C1.2.pass',
      path: ['products'],
      data: { strategies, evaluated },
    });
  },
};

/** Supplier ids declared in `suppliers.list`. */
function supplierIds(p: ProjectFile): Set<string> {
  return new Set((p.suppliers?.list ?? []).map((s) => s.id));
}

const C1_3: CriterionDefinition = {
  id: 'C1.3',
  block: 'C1',
  title: { fr: 'Coûts de production et entrées financières évaluables', en: 'Production costs and revenue can be evaluated' },
  jury: {
    fr: 'Le candidat à la certification a sélectionné un produit à partir duquel il est en capacité d’évaluer les coûts de production et les possibles entrées financières',
    en: 'The candidate has selected a product from which they can evaluate production costs and possible revenue',
  },
  passes: {
    fr: 'Le coût unitaire de chaque produit est calculable (matières et fournisseurs référencés existent, coût horaire connu si du temps de travail est compté), au moins un canal de vente, et des hypothèses de demande (demand et acquisition).',
    en: 'Every product’s unit cost can be computed (referenced materials and suppliers exist, hourly cost known when labour time is counted), at least one sales channel, and demand hypotheses (demand and acquisition).',
  },
  reads: ['products', 'materials', 'suppliers.list', 'labour', 'channels', 'demand', 'acquisition'],
  severity: 'error',
  example: `channels:
  - { id: site, name: Boutique Shopify, kind: own_site, share: 100% }
demand:
  conversion_rate: 1.8%
  items_per_order: 1.6
acquisition:
  - { id: instagram, kind: organic_social, visitors: 600 }
`,
  check({ project: p }) {
    const gaps: GapSpec[] = [];
    const materials = new Set((p.materials ?? []).map((m) => m.id));
    const suppliers = supplierIds(p);
    p.products.forEach((prod, i) => {
      if (prod.strategy !== 'in_house' && prod.supplier !== undefined && !suppliers.has(prod.supplier))
        gaps.push(gap('gap.unknown_supplier', ['products', i, 'supplier'], { supplier: prod.supplier }));
      prod.bill_of_materials?.forEach((line, j) => {
        if (!materials.has(line.material)) gaps.push(gap('gap.unknown_material', ['products', i, 'bill_of_materials', j, 'material'], { material: line.material }));
      });
      if (prod.strategy === 'in_house' && prod.labour_minutes !== undefined && !prod.labour_minutes.isZero() && !p.labour) gaps.push(missing(['labour', 'hourly_cost']));
    });
    const seen = new Set<string>();
    const unique = gaps.filter((g) => {
      const key = g.path.join('.');
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    const noChannel = !hasItems(p.channels);
    if (noChannel) unique.push(missingSection(['channels'], ['id', 'name', 'kind', 'share']));
    if (!p.demand) unique.push(missingSection(['demand'], ['conversion_rate', 'items_per_order']));
    if (!hasItems(p.acquisition)) unique.push(missingSection(['acquisition'], ['id', 'kind', 'visitors']));
    const noInflows = noChannel && !p.demand && !hasItems(p.acquisition);
    return judge(unique, noInflows, {
      id: 'criteria.C1.3.pass',
      path: ['products'],
      data: { products: p.products.length, channels: p.channels?.length ?? 0 },
    });
  },
};

/** The comparison of a forecast year with its objective. */
export interface ObjectiveGap {
  year: number;
  objective: Decimal;
  forecast: Decimal;
  gap: Decimal;
  /** gap / objective × 100, null when the objective is 0. */
  gapPercent: Decimal | null;
  within: boolean;
}

function compareObjective(year: number, objective: Decimal, forecast: Decimal, tolerance: Decimal): ObjectiveGap {
  const diff = forecast.minus(objective);
  if (objective.isZero()) return { year, objective, forecast, gap: diff, gapPercent: null, within: forecast.isZero() };
  const rel = diff.div(objective);
  return { year, objective, forecast, gap: diff, gapPercent: rel.times(HUNDRED), within: rel.abs().lte(tolerance) };
}

/**
 * The revenue objectives against the forecast: year 1, and the last full year when the
 * horizon has more than one (`missingFinal` when that objective is not declared).
 */
export function objectiveComparisons(p: ProjectFile, forecast: Forecast, tolerance: Decimal): { comparisons: ObjectiveGap[]; missingFinal: boolean } {
  const obj = p.project.objectives;
  const comparisons: ObjectiveGap[] = [];
  if (!obj) return { comparisons, missingFinal: false };
  const fullYears = Math.floor(p.project.horizon_months / 12);
  const y1 = forecast.years[0];
  if (y1) comparisons.push(compareObjective(1, obj.revenue_year1, y1.revenueHt, tolerance));
  const last = fullYears > 1 ? forecast.years[fullYears - 1] : undefined;
  if (last && obj.revenue_final_year !== undefined) comparisons.push(compareObjective(fullYears, obj.revenue_final_year, last.revenueHt, tolerance));
  return { comparisons, missingFinal: fullYears > 1 && obj.revenue_final_year === undefined };
}

const objectiveData = (c: ObjectiveGap) => ({
  year: c.year,
  objective: c.objective.toDecimalPlaces(2),
  forecast: c.forecast.toDecimalPlaces(2),
  gap: c.gap.toDecimalPlaces(2),
  gapPercent: c.gapPercent?.toDecimalPlaces(1) ?? null,
});

const C1_4: CriterionDefinition = {
  id: 'C1.4',
  block: 'C1',
  title: { fr: 'Plan financier proche des objectifs de croissance', en: 'Financial plan close to the growth objectives' },
  jury: {
    fr: 'Le candidat évolue grâce à un plan financier proche de ses objectifs de croissance',
    en: 'The candidate works with a financial plan close to their growth objectives',
  },
  passes: {
    fr: 'Objectifs déclarés (project.objectives) ; le chiffre d’affaires HT prévu en année 1 et en dernière année complète est chacun à ± 20 % (tolérance réglable) de l’objectif.',
    en: 'Objectives declared (project.objectives); the forecast revenue (excl. VAT) of year 1 and of the last full year are each within ± 20 % (configurable tolerance) of the objective.',
  },
  reads: ['project.objectives', 'forecast'],
  severity: 'error',
  example: `project:
  horizon_months: 36
  objectives:
    revenue_year1: 30000
    revenue_final_year: 90000
`,
  check({ project: p, forecast, forecastError, config }) {
    const obj = p.project.objectives;
    if (!obj) return judge([missingSection(['project', 'objectives'], ['revenue_year1', 'revenue_final_year'])], true);
    if (!forecast) return judge([noForecast(forecastError)], true);
    const gaps: GapSpec[] = [];
    const tol = config.thresholds.objectiveTolerance;
    const { comparisons, missingFinal } = objectiveComparisons(p, forecast, tol);
    for (const c of comparisons) {
      if (!c.within)
        gaps.push(
          gap('gap.objective_gap', ['project', 'objectives', c.year === 1 ? 'revenue_year1' : 'revenue_final_year'], {
            ...objectiveData(c),
            tolerance: tol.times(HUNDRED),
          }),
        );
      if (c.year === 1 && missingFinal) gaps.push(missing(['project', 'objectives', 'revenue_final_year']));
    }
    return judge(gaps, false, {
      id: 'criteria.C1.4.pass',
      path: ['project', 'objectives'],
      data: { years: comparisons.map((c) => c.year), tolerance: tol.times(HUNDRED) },
    });
  },
};

/** Cost indicators with a target (project.indicators). */
const COST_INDICATORS = ['min_markup_rate', 'max_acquisition_cost_per_order', 'min_contribution_margin_rate'] as const;

const C1_5: CriterionDefinition = {
  id: 'C1.5',
  block: 'C1',
  title: { fr: 'Piloter l’activité en fonction des coûts', en: 'Steer the business by its costs' },
  jury: {
    fr: 'Le candidat montre sa capacité à piloter l’activité en fonction des coûts',
    en: 'The candidate shows they can steer the business by its costs',
  },
  passes: {
    fr: 'Le point mort est calculé et atteint dans l’horizon (et au plus tard au mois objectif s’il est déclaré) ; au moins un indicateur de coût avec une cible est déclaré (taux de marque minimal, coût d’acquisition maximal par commande…).',
    en: 'The break-even point is computed and reached inside the horizon (no later than the objective month when declared); at least one cost indicator with a target is declared (minimum markup rate, maximum acquisition cost per order…).',
  },
  reads: ['project.indicators', 'project.objectives.max_break_even_month', 'forecast'],
  severity: 'error',
  example: `project:
  indicators:
    min_markup_rate: 30%
    max_acquisition_cost_per_order: 8
`,
  check({ project: p, forecast, forecastError }) {
    const gaps: GapSpec[] = [];
    const ind = p.project.indicators;
    const declared = COST_INDICATORS.filter((k) => ind?.[k] !== undefined);
    if (declared.length === 0) gaps.push(gap('gap.no_cost_indicator', ['project', 'indicators'], { keys: [...COST_INDICATORS] }));
    let breakEven: string | null = null;
    if (!forecast) gaps.push(noForecast(forecastError));
    else if (forecast.breakEvenMonth === null) gaps.push(gap('gap.break_even_not_reached', ['project', 'horizon_months'], { horizon: p.project.horizon_months }));
    else {
      breakEven = forecast.breakEvenMonth;
      const max = p.project.objectives?.max_break_even_month;
      const at = monthIndex(forecast.breakEvenMonth, p.project.start);
      if (max !== undefined && at > max) gaps.push(gap('gap.break_even_late', ['project', 'objectives', 'max_break_even_month'], { month: forecast.breakEvenMonth, index: at, max }));
    }
    // Without a forecast the point mort is not known: fail, whatever indicators are declared.
    const noEvidence = !forecast || (declared.length === 0 && breakEven === null);
    return judge(gaps, noEvidence, {
      id: 'criteria.C1.5.pass',
      path: ['project', 'indicators'],
      data: { month: breakEven ?? '', indicators: declared },
    });
  },
};

const C1_6: CriterionDefinition = {
  id: 'C1.6',
  block: 'C1',
  title: { fr: 'Première version d’un prévisionnel financier', en: 'First version of a financial forecast' },
  jury: { fr: 'Présenter la première version d’un prévisionnel financier', en: 'Present the first version of a financial forecast' },
  passes: {
    fr: 'Le prévisionnel se calcule sans erreur sur au moins 12 mois, et la trésorerie ne descend jamais sous zéro (le financement couvre le besoin) ; sinon partiel, en nommant le mois et le montant.',
    en: 'The forecast runs with no error over at least 12 months, and the cash balance never goes below zero (financing covers the need); otherwise partial, naming the month and amount.',
  },
  reads: ['project.horizon_months', 'financing', 'forecast'],
  severity: 'error',
  example: `financing:
  - { kind: equity, name: Apport personnel, amount: 4000, month: 1 }
  - { kind: loan, name: Prêt d'honneur, amount: 6000, rate: 0%, months: 48, month: 1 }
`,
  check({ project: p, forecast, forecastError, config }) {
    if (!forecast) return judge([noForecast(forecastError)], true);
    const gaps: GapSpec[] = [];
    const min = config.thresholds.minHorizonMonths;
    if (forecast.horizon < min) gaps.push(gap('gap.horizon_too_short', ['project', 'horizon_months'], { horizon: forecast.horizon, min }));
    const errors = forecast.warnings.filter((w) => w.severity === 'error');
    for (const w of errors) gaps.push(gap('gap.forecast_error', ['project'], { code: w.code, at: formatPath(w.path) }));
    // Judged at the cent, as printed: rounding noise below the cent (−4·10⁻³⁸ €) is a balance of 0,00 €.
    const cents = toCents(forecast.cash.lowest);
    const lowest = cents.isZero() ? ZERO : cents;
    if (lowest.lt(0)) gaps.push(gap('gap.cash_negative', ['financing'], { month: forecast.cash.lowestMonth, amount: lowest, need: lowest.neg() }));
    // A forecast that reports an error (a section it needs is missing) does not run: fail, not partial.
    return judge(gaps, errors.length > 0, {
      id: 'criteria.C1.6.pass',
      path: hasItems(p.financing) ? ['financing'] : ['project', 'horizon_months'],
      data: { horizon: forecast.horizon, lowest, month: forecast.cash.lowestMonth },
    });
  },
};

export const C1: CriterionDefinition[] = [C1_1, C1_2, C1_3, C1_4, C1_5, C1_6];
