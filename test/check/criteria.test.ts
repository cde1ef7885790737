/**
 * One table per criterion, named by its ID (ESLint's RuleTester idea): the complete
 * project edited by key path, and the status, message id, data and line expected.
 * Lines are found in the edited text by pattern, where the evidence is or where the
 * missing key belongs (see src/criteria/locate.ts).
 */
import { describe, expect, it } from 'vitest';
import { CRITERIA, CRITERION_IDS, DEFAULT_THRESHOLDS, type Thresholds } from '../../src/criteria/index.js';
import { Decimal } from '../../src/model/decimal.js';
import { COMPLETE, edited, judge, lineOf, nthLineOf, type Edit, type ForecastFigures } from './fixtures.js';

interface Case {
  name: string;
  status: 'pass' | 'partial' | 'fail';
  edits?: Edit[];
  forecast?: ForecastFigures | false;
  thresholds?: Partial<Thresholds>;
  shapeOnly?: boolean;
  messageId: string;
  /** Expected data (Decimals as JSON strings); a subset of the result's data. */
  data: Record<string, unknown>;
  line: (text: string) => number;
  column?: number;
  /** Number of gaps expected, when it matters. */
  gaps?: number;
}

const del = (...path: Array<string | number>): Edit => ['delete', path];
const set = (path: Array<string | number>, value: unknown): Edit => ['set', path, value];
const at = (pattern: string | RegExp) => (text: string) => lineOf(text, pattern);
/** An absent top-level section with no commented example is pointed at the top of the file (issue 12, item 8). */
const TOP = () => 1;
const nth = (pattern: string | RegExp, n: number) => (text: string) => nthLineOf(text, pattern, n);

const CASES: Record<string, Case[]> = {
  'C1.1': [
    {
      name: 'products and project described, target declared',
      status: 'pass',
      messageId: 'criteria.C1.1.pass',
      data: { products: 2 },
      line: at('products:'),
      column: 1,
    },
    {
      name: 'a product without description',
      status: 'partial',
      edits: [del('products', 1, 'description')],
      messageId: 'gap.missing',
      data: { path: 'products[1].description' },
      line: nth('    price:', 2),
      column: 5,
    },
    {
      name: 'nothing described',
      status: 'fail',
      edits: [del('project', 'description'), del('products', 0, 'description'), del('products', 1, 'description')],
      messageId: 'gap.missing',
      data: { path: 'project.description' },
      line: at('  target:'),
      gaps: 3,
    },
  ],
  'C1.2': [
    {
      name: 'a product evaluates another strategy',
      status: 'pass',
      messageId: 'criteria.C1.2.pass',
      data: { strategies: ['in_house', 'outsourced', 'resale'], evaluated: 1 },
      line: at('products:'),
    },
    {
      name: 'no alternative strategy evaluated',
      status: 'partial',
      edits: [del('products', 0, 'alternatives')],
      messageId: 'gap.no_alternative_strategy',
      data: { path: 'products[0].alternatives', product: 'bougie-classique', strategy: 'in_house', suggestion: 'outsourced' },
      // Where `alternatives` belongs: before its next sibling present, `safety`.
      line: at('    safety:'),
      column: 5,
    },
    {
      // Issue 23: « ajoutez « alternatives » » at the line where they already are sent the user in circles.
      name: 'alternatives that repeat the product’s own strategy: the hint names it and asks for another one',
      status: 'partial',
      edits: [set(['products', 0, 'alternatives'], [{ strategy: 'in_house', bill_of_materials: [{ material: 'cire-soja', quantity: 0.25 }] }])],
      messageId: 'gap.alternative_same_strategy',
      data: { path: 'products[0].alternatives', product: 'bougie-classique', strategy: 'in_house', suggestion: 'outsourced' },
      line: at('    alternatives:'),
      gaps: 1,
    },
    {
      name: 'no product has its cost basis',
      status: 'fail',
      shapeOnly: true,
      edits: [del('products', 0, 'bill_of_materials'), del('products', 1, 'purchase_cost')],
      messageId: 'gap.strategy_basis',
      data: { path: 'products[0].bill_of_materials', strategy: 'in_house', key: 'bill_of_materials' },
      line: at('    labour_minutes:'),
    },
  ],
  'C1.3': [
    {
      name: 'costs computable, channels and demand present',
      status: 'pass',
      messageId: 'criteria.C1.3.pass',
      data: { products: 2, channels: 2 },
      line: at('products:'),
    },
    {
      name: 'no sales channel',
      status: 'partial',
      edits: [del('channels')],
      messageId: 'gap.missing_section',
      data: { path: 'channels', keys: ['id', 'name', 'kind', 'share'] },
      line: TOP,
      column: 1,
    },
    {
      name: 'labour time counted without an hourly cost',
      status: 'partial',
      edits: [del('labour')],
      messageId: 'gap.missing',
      data: { path: 'labour.hourly_cost' },
      line: TOP,
    },
    {
      name: 'no channel, demand nor acquisition',
      status: 'fail',
      edits: [del('channels'), del('demand'), del('acquisition')],
      messageId: 'gap.missing_section',
      data: { path: 'channels' },
      line: TOP,
      gaps: 3,
    },
  ],
  'C1.4': [
    {
      name: 'years 1 and 3 within 20 %',
      status: 'pass',
      messageId: 'criteria.C1.4.pass',
      data: { years: [1, 3], tolerance: '20' },
      line: at('  objectives:'),
      column: 3,
    },
    {
      name: 'year 1 a third below the objective',
      status: 'partial',
      forecast: { yearRevenue: [9000, 30000, 55000] },
      messageId: 'gap.objective_gap',
      data: {
        path: 'project.objectives.revenue_year1',
        year: 1,
        objective: '14000',
        forecast: '9000',
        gap: '-5000',
        gapPercent: '-35.7',
        tolerance: '20',
      },
      line: at('    revenue_year1:'),
      column: 5,
    },
    {
      name: 'final-year objective missing',
      status: 'partial',
      edits: [del('project', 'objectives', 'revenue_final_year')],
      messageId: 'gap.missing',
      data: { path: 'project.objectives.revenue_final_year' },
      line: at('    max_break_even_month:'),
    },
    {
      name: 'no forecast',
      status: 'fail',
      forecast: false,
      messageId: 'gap.no_forecast',
      data: { path: 'project', reason: 'forecast.unavailable' },
      line: at('project:'),
    },
    {
      name: 'no objectives',
      status: 'fail',
      edits: [del('project', 'objectives')],
      messageId: 'gap.missing_section',
      data: { path: 'project.objectives' },
      line: at('  indicators:'),
    },
  ],
  'C1.5': [
    {
      name: 'break-even in month 14, indicators declared',
      status: 'pass',
      messageId: 'criteria.C1.5.pass',
      data: { month: '2028-02', indicators: ['min_markup_rate', 'max_acquisition_cost_per_order'] },
      line: at('  indicators:'),
    },
    {
      name: 'break-even never reached',
      status: 'partial',
      forecast: { breakEvenMonth: null },
      messageId: 'gap.break_even_not_reached',
      data: { path: 'project.horizon_months', horizon: 36 },
      line: at('  horizon_months:'),
    },
    {
      name: 'break-even after the objective month',
      status: 'partial',
      forecast: { breakEvenMonth: '2028-09' },
      messageId: 'gap.break_even_late',
      data: { month: '2028-09', index: 21, max: 18 },
      line: at('    max_break_even_month:'),
    },
    {
      name: 'no indicator and no break-even',
      status: 'fail',
      edits: [del('project', 'indicators')],
      forecast: { breakEvenMonth: null },
      messageId: 'gap.no_cost_indicator',
      data: { path: 'project.indicators' },
      line: at('project:'),
    },
  ],
  'C1.6': [
    {
      name: '36 months, cash never negative',
      status: 'pass',
      messageId: 'criteria.C1.6.pass',
      data: { horizon: 36, lowest: '500', month: '2027-04' },
      line: at('financing:'),
    },
    {
      name: 'cash negative',
      status: 'partial',
      forecast: { lowestCash: '-2500.456', lowestMonth: '2027-05' },
      messageId: 'gap.cash_negative',
      data: { path: 'financing', month: '2027-05', amount: '-2500.46', need: '2500.46' },
      line: at('financing:'),
    },
    // Rounding noise of the 40-digit arithmetic (−4·10⁻³⁸ €) is a balance of 0,00 €: not a cash need.
    {
      name: 'lowest balance negative only below the cent',
      status: 'pass',
      forecast: { lowestCash: '-4e-38', lowestMonth: '2027-05' },
      messageId: 'criteria.C1.6.pass',
      data: { horizon: 36, lowest: '0', month: '2027-05' },
      line: at('financing:'),
    },
    {
      name: 'horizon shorter than required',
      status: 'partial',
      thresholds: { minHorizonMonths: 48 },
      messageId: 'gap.horizon_too_short',
      data: { horizon: 36, min: 48 },
      line: at('  horizon_months:'),
    },
    {
      name: 'forecast did not run',
      status: 'fail',
      forecast: false,
      messageId: 'gap.no_forecast',
      data: { path: 'project' },
      line: at('project:'),
    },
    {
      name: 'forecast reports an error (a section it needs is missing)',
      status: 'fail',
      forecast: { warnings: [{ code: 'forecast.missing_section', path: ['channels'], data: { section: 'channels' }, severity: 'error' }] },
      messageId: 'gap.forecast_error',
      data: { path: 'project', code: 'forecast.missing_section', at: 'channels' },
      line: at('project:'),
    },
  ],
  'C2.1': [
    {
      name: 'method, 2 scored suppliers per item',
      status: 'pass',
      messageId: 'criteria.C2.1.pass',
      data: { suppliers: 4, criteria: ['qualité', 'prix', 'délai'] },
      line: at('suppliers:'),
    },
    {
      name: 'one supplier for a resold product',
      status: 'partial',
      edits: [del('suppliers', 'list', 3)],
      messageId: 'gap.suppliers_compared',
      data: { path: 'suppliers.list', item: 'coffret', count: 1, min: 2 },
      line: at('  list:'),
    },
    {
      name: 'a supplier not scored',
      status: 'partial',
      edits: [del('suppliers', 'list', 1, 'scores')],
      messageId: 'gap.supplier_unscored',
      data: { path: 'suppliers.list[1].scores', supplier: 'cirexport', criteria: ['qualité', 'prix', 'délai'] },
      line: at('    - id: cirexport'),
      column: 7,
    },
    {
      name: 'no suppliers section',
      status: 'fail',
      shapeOnly: true,
      edits: [del('suppliers')],
      messageId: 'gap.missing_section',
      data: { path: 'suppliers', keys: ['method', 'list'] },
      line: TOP,
    },
  ],
  'C2.2': [
    {
      name: 'complete negotiation plan',
      status: 'pass',
      messageId: 'criteria.C2.2.pass',
      data: { supplier: 'cire-du-sud' },
      line: at('  negotiation:'),
    },
    {
      name: 'no fallback',
      status: 'partial',
      edits: [del('suppliers', 'negotiation', 'fallback')],
      messageId: 'gap.missing',
      data: { path: 'suppliers.negotiation.fallback' },
      line: at('  negotiation:'),
    },
    {
      name: 'no negotiation',
      status: 'fail',
      edits: [del('suppliers', 'negotiation')],
      messageId: 'gap.missing_section',
      data: { path: 'suppliers.negotiation' },
      line: at('suppliers:'),
    },
  ],
  'C2.3': [
    {
      name: 'markup 50 % everywhere, quality scored',
      status: 'pass',
      messageId: 'criteria.C2.3.pass',
      data: { lowest: '50', target: '30', criterion: 'qualité' },
      line: at('products:'),
    },
    {
      name: 'a product under the markup target',
      status: 'partial',
      forecast: { markup: { coffret: '0.25' } },
      messageId: 'gap.markup_below_target',
      data: { path: 'products[1].price', product: 'coffret', channel: 'site', markup: '25', target: '30' },
      line: nth('    price:', 2),
    },
    {
      name: 'a higher target from the config',
      status: 'partial',
      thresholds: { markupTarget: new Decimal('0.6') },
      messageId: 'gap.markup_below_target',
      data: { product: 'bougie-classique', markup: '50', target: '60' },
      line: nth('    price:', 1),
      gaps: 2,
    },
    {
      name: 'no quality criterion',
      status: 'partial',
      edits: [del('suppliers', 'method', 'criteria')],
      messageId: 'gap.no_quality_criterion',
      data: { path: 'suppliers.method.criteria' },
      line: at('  method:'),
    },
    {
      name: 'no forecast and no quality criterion',
      status: 'fail',
      edits: [del('suppliers', 'method', 'criteria')],
      forecast: false,
      messageId: 'gap.no_forecast',
      data: { path: 'project' },
      line: at('project:'),
      gaps: 2,
    },
  ],
  'C2.4': [
    {
      name: 'stock policy and reorder points',
      status: 'pass',
      messageId: 'criteria.C2.4.pass',
      data: { safety: 15, cover: 30, products: 2 },
      line: at('inventory:'),
    },
    {
      name: 'reorder point not computable',
      status: 'partial',
      forecast: { reorder: { coffret: null } },
      messageId: 'gap.no_reorder_point',
      data: { path: 'suppliers.list[2].lead_time_days', product: 'coffret' },
      line: nth(/^\s+lead_time_days:/, 3),
    },
    {
      name: 'no stock policy',
      status: 'fail',
      edits: [del('inventory')],
      messageId: 'gap.missing_section',
      data: { path: 'inventory', keys: ['safety_stock_days', 'cover_days'] },
      line: TOP,
    },
  ],
  'C2.5': [
    {
      name: '5 steps and a preparation time',
      status: 'pass',
      messageId: 'criteria.C2.5.pass',
      data: { steps: 5, hours: '48' },
      line: at('orders:'),
    },
    {
      name: 'two steps only',
      status: 'partial',
      edits: [set(['orders', 'steps'], ['Confirmation', 'Expédition'])],
      messageId: 'gap.too_few',
      data: { path: 'orders.steps', count: 2, min: 3 },
      line: at('  steps:'),
    },
    {
      name: 'no order procedure',
      status: 'fail',
      edits: [del('orders')],
      messageId: 'gap.missing_section',
      data: { path: 'orders' },
      line: TOP,
    },
  ],
  'C2.6': [
    {
      name: 'carriers and 5-day promise',
      status: 'pass',
      messageId: 'criteria.C2.6.pass',
      data: { carriers: 2, days: 5 },
      line: at('shipping:'),
    },
    {
      name: 'promise beyond 30 days',
      status: 'partial',
      edits: [set(['shipping', 'promised_delivery_days'], 45)],
      messageId: 'gap.delivery_too_long',
      data: { path: 'shipping.promised_delivery_days', days: 45, max: 30 },
      line: at('  promised_delivery_days:'),
    },
    {
      name: 'a carrier slower than the promise',
      status: 'partial',
      edits: [set(['shipping', 'promised_delivery_days'], 3)],
      messageId: 'gap.carrier_slower_than_promise',
      data: { path: 'shipping.carriers[1].delay_days', carrier: 'Mondial Relay', delay: 4, promised: 3 },
      line: at('    - { name: Mondial Relay'),
    },
    {
      name: 'no shipping',
      status: 'fail',
      edits: [del('shipping')],
      messageId: 'gap.missing_section',
      data: { path: 'shipping' },
      line: TOP,
    },
  ],
  'C2.7': [
    { name: 'complete catalogue', status: 'pass', messageId: 'criteria.C2.7.pass', data: { products: 2 }, line: at('products:') },
    {
      name: 'a product without weight',
      status: 'partial',
      edits: [del('products', 0, 'weight_g')],
      messageId: 'gap.missing_one_of',
      data: { path: 'products[0].weight_g', alternatives: ['dimensions_cm'] },
      line: nth('    personas:', 1),
    },
    {
      name: 'nothing but names and prices',
      status: 'fail',
      edits: [0, 1].flatMap((i): Edit[] => [del('products', i, 'description'), del('products', i, 'weight_g'), del('products', i, 'personas')]).concat([del('project', 'target')]),
      messageId: 'gap.missing',
      data: { path: 'products[0].description' },
      line: nth('    price:', 1),
      gaps: 6,
    },
  ],
  'C3.1': [
    {
      name: 'method and complete personas',
      status: 'pass',
      messageId: 'criteria.C3.1.pass',
      data: { personas: 2, persona: 'Claire' },
      line: at('  consumer_analysis:'),
    },
    {
      name: 'no method',
      status: 'partial',
      edits: [del('brand', 'consumer_analysis', 'method')],
      messageId: 'gap.missing',
      data: { path: 'brand.consumer_analysis.method' },
      line: at(/^ {4}personas:\s*$/),
    },
    {
      name: 'no persona with habits',
      status: 'partial',
      edits: [del('brand', 'consumer_analysis', 'personas', 0, 'habits'), del('brand', 'consumer_analysis', 'personas', 1, 'habits')],
      messageId: 'gap.missing',
      data: { path: 'brand.consumer_analysis.personas[0].habits' },
      line: at('      - { id: claire'),
    },
    {
      name: 'no consumer analysis',
      status: 'fail',
      shapeOnly: true,
      edits: [del('brand', 'consumer_analysis')],
      messageId: 'gap.missing_section',
      data: { path: 'brand.consumer_analysis' },
      line: at('  identity:'),
    },
  ],
  'C3.2': [
    {
      name: 'identity defined',
      status: 'pass',
      messageId: 'criteria.C3.2.pass',
      data: { positioning: 'bougie artisanale premium accessible' },
      line: at('  identity:'),
    },
    {
      name: 'no visual cues',
      status: 'partial',
      edits: [del('brand', 'identity', 'visual')],
      messageId: 'gap.missing',
      data: { path: 'brand.identity.visual' },
      line: at('  identity:'),
    },
    {
      name: 'neither mission nor promise',
      status: 'partial',
      edits: [del('brand', 'identity', 'mission')],
      messageId: 'gap.missing_one_of',
      data: { path: 'brand.identity.mission', alternatives: ['promise'] },
      line: at('    values:'),
    },
    {
      name: 'no identity',
      status: 'fail',
      edits: [del('brand', 'identity')],
      messageId: 'gap.missing_section',
      data: { path: 'brand.identity' },
      line: at('  competitors:'),
    },
  ],
  'C3.3': [
    {
      name: 'strategy and 2 competitors',
      status: 'pass',
      messageId: 'criteria.C3.3.pass',
      data: { competitors: 2 },
      line: at('  competitors:'),
    },
    {
      name: 'one competitor',
      status: 'partial',
      edits: [del('brand', 'competitors', 1)],
      messageId: 'gap.too_few',
      data: { path: 'brand.competitors', count: 1, min: 2 },
      line: at('  competitors:'),
    },
    {
      name: 'no written strategy',
      status: 'partial',
      edits: [del('brand', 'communication', 'strategy')],
      messageId: 'gap.missing',
      data: { path: 'brand.communication.strategy' },
      line: at('    actions:'),
    },
    {
      name: 'neither strategy nor competitors',
      status: 'fail',
      edits: [del('brand', 'communication', 'strategy'), del('brand', 'competitors')],
      messageId: 'gap.missing',
      data: { path: 'brand.communication.strategy' },
      line: at('    actions:'),
      gaps: 2,
    },
  ],
  'C3.4': [
    {
      name: 'a complete action',
      status: 'pass',
      messageId: 'criteria.C3.4.pass',
      data: { action: 'Lancement avec 5 micro-influenceuses', actions: 2 },
      line: at('    actions:'),
    },
    {
      name: 'no action has a KPI',
      status: 'partial',
      edits: [del('brand', 'communication', 'actions', 0, 'kpis'), del('brand', 'communication', 'actions', 1, 'kpis')],
      messageId: 'gap.missing',
      data: { path: 'brand.communication.actions[0].kpis' },
      line: at('      - { name: Lancement'),
    },
    {
      name: 'no action',
      status: 'fail',
      edits: [del('brand', 'communication', 'actions')],
      messageId: 'gap.missing_section',
      data: { path: 'brand.communication.actions' },
      line: at('  communication:'),
    },
  ],
  'C3.5': [
    {
      name: 'actions and personas match',
      status: 'pass',
      messageId: 'criteria.C3.5.pass',
      data: { actions: 2, personas: 2 },
      line: at('    actions:'),
    },
    {
      name: 'an action without persona',
      status: 'partial',
      edits: [del('brand', 'communication', 'actions', 1, 'personas')],
      messageId: 'gap.action_without_persona',
      data: { path: 'brand.communication.actions[1].personas', action: 'Coffrets de Noël' },
      line: at('      - { name: Coffrets'),
      gaps: 2,
    },
    {
      name: 'a persona no action targets',
      status: 'partial',
      edits: [set(['brand', 'communication', 'actions', 1, 'personas'], ['claire'])],
      messageId: 'gap.persona_not_targeted',
      data: { path: 'brand.consumer_analysis.personas[1]', persona: 'marc' },
      line: at('      - { id: marc'),
    },
    {
      name: 'no action',
      status: 'fail',
      edits: [del('brand', 'communication', 'actions')],
      messageId: 'gap.missing_section',
      data: { path: 'brand.communication.actions' },
      line: at('  communication:'),
    },
  ],
  'C4.1': [
    {
      name: 'sources with cost and traffic',
      status: 'pass',
      messageId: 'criteria.C4.1.pass',
      data: { sources: ['instagram', 'google-ads'] },
      line: at('acquisition:'),
    },
    {
      name: 'an organic source without cost',
      status: 'partial',
      edits: [del('acquisition', 1), del('acquisition', 0, 'monthly_cost')],
      messageId: 'gap.source_cost',
      data: { path: 'acquisition[0].monthly_cost', source: 'instagram' },
      line: at('  - { id: instagram'),
    },
    {
      name: 'no acquisition',
      status: 'fail',
      edits: [del('acquisition')],
      messageId: 'gap.missing_section',
      data: { path: 'acquisition' },
      line: TOP,
    },
  ],
  'C4.2': [
    {
      name: '4 stages ending at the conversion rate',
      status: 'pass',
      messageId: 'criteria.C4.2.pass',
      data: { stages: 4, end: '1.8' },
      line: at('  funnel:'),
    },
    {
      name: 'end rate differs from the conversion rate',
      status: 'partial',
      edits: [set(['demand', 'conversion_rate'], '2.5%')],
      messageId: 'gap.funnel_end_rate',
      data: { path: 'experience.funnel[3].rate', end: '1.8', conversion: '2.5', difference: '28', tolerance: '10' },
      line: at('    - { stage: Achat'),
    },
    {
      name: 'a rate above the previous stage',
      status: 'partial',
      edits: [set(['experience', 'funnel', 2, 'rate'], '50%')],
      messageId: 'gap.funnel_rate_increases',
      data: { path: 'experience.funnel[2].rate', stage: 'Panier', rate: '50', previous: '45' },
      line: at('    - { stage: Panier'),
    },
    {
      name: 'two stages',
      status: 'partial',
      edits: [del('experience', 'funnel', 2), del('experience', 'funnel', 1)],
      messageId: 'gap.too_few',
      data: { path: 'experience.funnel', count: 2, min: 3 },
      line: at('  funnel:'),
    },
    {
      name: 'no funnel',
      status: 'fail',
      edits: [del('experience', 'funnel')],
      messageId: 'gap.missing_section',
      data: { path: 'experience.funnel' },
      line: at('  satisfaction:'),
    },
  ],
  'C4.3': [
    {
      name: 'method and 4 channels',
      status: 'pass',
      messageId: 'criteria.C4.3.pass',
      data: { channels: ['e-mail', 'avis Google', 'formulaire de contact', 'Instagram'] },
      line: at('  satisfaction:'),
    },
    {
      name: 'only public channels',
      status: 'partial',
      edits: [set(['experience', 'satisfaction', 'channels'], ['avis Google', 'Instagram'])],
      messageId: 'gap.no_private_channel',
      data: { path: 'experience.satisfaction.channels' },
      line: at('    channels:'),
    },
    {
      name: 'no satisfaction set-up',
      status: 'fail',
      edits: [del('experience', 'satisfaction')],
      messageId: 'gap.missing_section',
      data: { path: 'experience.satisfaction' },
      line: at('  loyalty:'),
    },
  ],
  'C4.4': [
    {
      name: 'referral and repeat rate',
      status: 'pass',
      messageId: 'criteria.C4.4.pass',
      data: { repeat: '25', referral: true },
      line: at('  loyalty:'),
    },
    {
      name: 'no repeat-purchase assumption',
      status: 'partial',
      edits: [del('experience', 'loyalty', 'repeat_rate_yearly')],
      messageId: 'gap.missing',
      data: { path: 'experience.loyalty.repeat_rate_yearly' },
      line: at('    referral:'),
    },
    {
      name: 'no loyalty',
      status: 'fail',
      edits: [del('experience', 'loyalty')],
      messageId: 'gap.missing_section',
      data: { path: 'experience.loyalty' },
      line: at('experience:'),
    },
  ],
  'C5.1': [
    {
      name: 'consumer-law procedures complete',
      status: 'pass',
      messageId: 'criteria.C5.1.pass',
      data: { withdrawal: 14, refund: 14 },
      line: at('legal:'),
    },
    {
      name: '10-day withdrawal',
      status: 'partial',
      edits: [set(['legal', 'withdrawal_days'], 10)],
      messageId: 'gap.withdrawal_too_short',
      data: { path: 'legal.withdrawal_days', days: 10, min: 14 },
      line: at('  withdrawal_days:'),
    },
    {
      name: 'no online withdrawal function',
      status: 'partial',
      edits: [del('legal', 'withdrawal_button')],
      messageId: 'gap.withdrawal_button',
      data: { path: 'legal.withdrawal_button' },
      line: at('  refund_days:'),
    },
    {
      name: 'no legal section',
      status: 'fail',
      edits: [del('legal')],
      messageId: 'gap.missing_section',
      data: { path: 'legal' },
      line: TOP,
    },
  ],
  'C5.2': [
    {
      name: 'mentions of an individual entrepreneur',
      status: 'pass',
      messageId: 'criteria.C5.2.pass',
      data: { legal_form: 'micro_entreprise', fields: 9 },
      line: at('company:'),
    },
    {
      name: 'no web host',
      status: 'partial',
      edits: [del('company', 'host')],
      messageId: 'gap.missing',
      data: { path: 'company.host.name' },
      line: at('  e_invoicing:'),
      gaps: 3,
    },
    {
      name: 'a company without share capital nor RCS',
      status: 'partial',
      edits: [set(['company', 'legal_form'], 'sasu'), del('company', 'rcs_or_rne')],
      messageId: 'gap.missing',
      data: { path: 'company.share_capital' },
      line: at('  publication_director:'),
      gaps: 2,
    },
    {
      name: 'an individual entrepreneur without RCS or RNE registration (issue 20)',
      status: 'partial',
      edits: [del('company', 'rcs_or_rne')],
      messageId: 'gap.missing',
      data: { path: 'company.rcs_or_rne' },
      line: at('  publication_director:'),
      gaps: 1,
    },
    { name: 'no company', status: 'fail', edits: [del('company')], messageId: 'gap.missing_section', data: { path: 'company' }, line: TOP },
  ],
  'C5.3': [
    { name: 'every clause can be rendered', status: 'pass', messageId: 'criteria.C5.3.pass', data: { clauses: 10 }, line: at('legal:') },
    {
      name: 'no payment methods',
      status: 'partial',
      edits: [del('legal', 'payment_methods')],
      messageId: 'gap.cgv.payment',
      data: { path: 'legal.payment_methods' },
      line: at('  rep:'),
    },
    {
      name: 'no legal section',
      status: 'fail',
      edits: [del('legal')],
      messageId: 'gap.missing_section',
      data: { path: 'legal' },
      line: TOP,
    },
  ],
  'C5.4': [
    {
      name: 'register, tools, consent and contact',
      status: 'pass',
      messageId: 'criteria.C5.4.pass',
      data: { processings: 2, tools: 2 },
      line: at('  rgpd:'),
    },
    {
      name: 'a tool without DPA',
      status: 'partial',
      edits: [set(['legal', 'rgpd', 'tools', 1, 'dpa'], false)],
      messageId: 'gap.no_dpa',
      data: { path: 'legal.rgpd.tools[1].dpa', tool: 'Brevo' },
      line: at('      - { name: Brevo'),
    },
    {
      name: 'marketing not in the register',
      status: 'partial',
      edits: [del('legal', 'rgpd', 'processings', 1)],
      messageId: 'gap.rgpd_marketing',
      data: { path: 'legal.rgpd.processings' },
      line: at('    processings:'),
    },
    {
      name: 'no RGPD section',
      status: 'fail',
      edits: [del('legal', 'rgpd')],
      messageId: 'gap.missing_section',
      data: { path: 'legal.rgpd' },
      line: at('legal:'),
    },
  ],
};

const plain = (v: unknown): unknown => JSON.parse(JSON.stringify(v));

it('every criterion has a table with a pass, a partial and a fail case', () => {
  expect(Object.keys(CASES)).toEqual([...CRITERION_IDS]);
  for (const [id, cases] of Object.entries(CASES)) {
    const statuses = new Set(cases.map((c) => c.status));
    expect([id, [...statuses].sort()]).toEqual([id, ['fail', 'partial', 'pass']]);
  }
});

for (const def of CRITERIA) {
  describe(def.id, () => {
    for (const c of CASES[def.id] ?? []) {
      it(`${c.status}: ${c.name}`, () => {
        const text = c.edits ? edited(c.edits) : COMPLETE;
        const opts: Parameters<typeof judge>[1] = { config: { thresholds: { ...DEFAULT_THRESHOLDS, ...c.thresholds }, ignore: [] } };
        if (c.forecast !== undefined) opts.forecast = c.forecast;
        if (c.shapeOnly) opts.shapeOnly = true;
        const r = judge(text, opts).result.criteria.find((x) => x.id === def.id)!;
        expect({ status: r.status, messageId: r.messageId }).toEqual({ status: c.status, messageId: c.messageId });
        expect(plain(r.data)).toMatchObject(c.data);
        expect(r.line).toBe(c.line(text));
        if (c.column !== undefined) expect(r.column).toBe(c.column);
        if (c.gaps !== undefined) expect(r.gaps).toHaveLength(c.gaps);
        if (c.status === 'pass') expect(r.gaps).toEqual([]);
        else expect(r.gaps[0]).toMatchObject({ id: r.messageId, line: r.line, column: r.column, path: r.path });
      });
    }
  });
}
