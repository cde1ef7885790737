/**
 * The sections of the dossier that come from the project file alone, in the
 * referential's order: product (C1), suppliers and logistics (C2), brand (C3),
 * customer experience (C4), legal frame and RGPD (C5). Each returns display
 * strings, Fields (value or placeholder) and TableViews; no Decimal reaches a template.
 */
import type { Path } from '../../diagnostics/diagnostic.js';
import { ZERO, sum, type Decimal } from '../../model/decimal.js';
import type { Product } from '../../model/schema.js';
import { given, present, type Field } from '../field.js';
import type { TableCell, TableView } from '../handlebars.js';
import { funnelChart, type Chart } from '../charts/index.js';
import type { ReportContext } from './context.js';
import { formatSiren, formatSiret } from './identity.js';

/** A block that is either there or replaced by what is missing. */
export type Part<T> = ({ missing: null } & T) | { missing: Field };

const none = <T extends object>(c: ReportContext, elementId: string, path: Path): Part<T> => ({ missing: c.missing(elementId, path) });

function personaNames(c: ReportContext): Map<string, string> {
  return new Map((c.project.brand?.consumer_analysis?.personas ?? []).map((p) => [p.id, p.name]));
}

function supplierName(c: ReportContext, id: string | undefined): string {
  if (!id) return '';
  return c.project.suppliers?.list?.find((s) => s.id === id)?.name ?? id;
}

// ---------------------------------------------------------------- C1 product

function costBasis(c: ReportContext, s: { strategy: string; purchase_cost?: Decimal; manufacturing_cost?: Decimal; setup_cost?: Decimal; bill_of_materials?: Array<{ material: string }>; labour_minutes?: Decimal; packaging_cost?: Decimal }): string {
  const parts: string[] = [];
  if (s.strategy === 'resale' && s.purchase_cost) parts.push(c.t('report.basis.purchase', { amount: c.money(s.purchase_cost) }));
  if (s.strategy === 'outsourced' && s.manufacturing_cost) parts.push(c.t('report.basis.manufacturing', { amount: c.money(s.manufacturing_cost) }));
  if (s.strategy === 'outsourced' && s.setup_cost) parts.push(c.t('report.basis.setup', { amount: c.money(s.setup_cost) }));
  if (s.strategy === 'in_house') {
    const names = (s.bill_of_materials ?? []).map((b) => c.project.materials?.find((m) => m.id === b.material)?.name ?? b.material);
    if (names.length) parts.push(c.t('report.basis.materials', { materials: c.join(names) }));
    if (s.labour_minutes) parts.push(c.t('report.basis.labour', { minutes: c.number(s.labour_minutes, s.labour_minutes.isInteger() ? 0 : 1) }));
  }
  if (s.packaging_cost) parts.push(c.t('report.basis.packaging', { amount: c.money(s.packaging_cost) }));
  return parts.join(' ; ');
}

function weightOrSize(c: ReportContext, p: Product): string {
  const parts: string[] = [];
  if (p.weight_g) parts.push(`${c.number(p.weight_g, p.weight_g.isInteger() ? 0 : 1)} g`);
  if (given(p.dimensions_cm)) parts.push(`${p.dimensions_cm} cm`);
  return parts.join(' — ');
}

export function productSection(c: ReportContext) {
  const p = c.project;
  const personas = personaNames(c);
  const declaredPersonas = p.brand?.consumer_analysis?.personas ?? [];
  const target: Field = given(p.project.target)
    ? present(p.project.target as string)
    : declaredPersonas.length
      ? present(c.t('report.target_personas', { names: c.join(declaredPersonas.map((x) => x.name)) }))
      : c.missing('report.element.target', ['project', 'target']);
  const products: TableView = {
    id: 'products',
    columns: [
      { label: c.t('report.col.product') },
      { label: c.t('report.col.price_ttc'), align: 'right' },
      { label: c.t('report.col.vat_rate'), align: 'right' },
      { label: c.t('report.col.weight_size') },
      { label: c.t('report.col.mix'), align: 'right' },
      { label: c.t('report.col.strategy') },
      { label: c.t('report.col.for_whom') },
    ],
    rows: p.products.map((pr, i) => [
      pr.name,
      c.money(pr.price),
      p.company?.vat_regime === 'franchise' ? c.t('report.vat_not_applicable') : c.percent(pr.vat_rate),
      weightOrSize(c, pr) || c.missing('report.element.weight', ['products', i, 'weight_g']),
      c.percent(pr.mix, 0),
      c.t(`report.strategy.${pr.strategy}`),
      pr.personas?.length ? c.join(pr.personas.map((id) => personas.get(id) ?? id)) : '',
    ]),
  };
  const descriptions = p.products.map((pr, i) => ({ name: pr.name, description: c.text(pr.description, 'report.element.product_description', ['products', i, 'description']) }));
  const strategyRows: TableCell[][] = [];
  let alternatives = 0;
  for (const pr of p.products) {
    strategyRows.push([pr.name, c.t(`report.strategy.${pr.strategy}`), supplierName(c, pr.supplier), costBasis(c, pr), '']);
    for (const alt of pr.alternatives ?? []) {
      alternatives++;
      strategyRows.push(['', c.t('report.alternative', { strategy: c.t(`report.strategy.${alt.strategy}`) }), supplierName(c, alt.supplier), costBasis(c, alt), alt.note ?? '']);
    }
  }
  const strategies: TableView = {
    id: 'strategies',
    columns: [{ label: c.t('report.col.product') }, { label: c.t('report.col.strategy') }, { label: c.t('report.col.supplier') }, { label: c.t('report.col.cost_basis') }, { label: c.t('report.col.note') }],
    rows: strategyRows,
  };
  return {
    tagline: given(p.project.tagline),
    description: c.text(p.project.description, 'report.element.description', ['project', 'description']),
    target,
    products,
    descriptions,
    strategies,
    noAlternative: alternatives === 0 ? c.missing('report.element.alternatives', ['products', 0, 'alternatives']) : null,
  };
}

// ---------------------------------------------------------------- C2 suppliers, stock, orders, delivery

export function supplySection(c: ReportContext) {
  const p = c.project;
  const S = p.suppliers;
  const criteria = S?.method?.criteria ?? [];
  const list = S?.list ?? [];
  const totalWeight = sum(criteria.map((k) => k.weight));
  const method: Part<{ sources: Field; criteria: TableView | null; noCriteria: Field | null }> = S?.method
    ? {
        missing: null,
        sources: c.list(S.method.sources, 'report.element.sources', ['suppliers', 'method', 'sources']),
        criteria: criteria.length
          ? { id: 'supplier-criteria', columns: [{ label: c.t('report.col.criterion') }, { label: c.t('report.col.weight'), align: 'right' }], rows: criteria.map((k) => [k.name, c.percent(k.weight, 0)]) }
          : null,
        noCriteria: criteria.length ? null : c.missing('report.element.criteria', ['suppliers', 'method', 'criteria']),
      }
    : none(c, 'report.element.supplier_method', ['suppliers', 'method']);

  const weighted = (scores: Record<string, number> | undefined): string => {
    if (!scores || !criteria.length || totalWeight.isZero()) return '';
    let acc = ZERO;
    for (const k of criteria) {
      const s = scores[k.name];
      if (s === undefined) return '';
      acc = acc.plus(k.weight.times(s));
    }
    return `${c.number(acc.div(totalWeight), 1)} / 5`;
  };
  const suppliers: Part<{ table: TableView }> = list.length
    ? {
        missing: null,
        table: {
          id: 'suppliers',
          columns: [
            { label: c.t('report.col.supplier') },
            { label: c.t('report.col.country') },
            { label: c.t('report.col.supplies') },
            { label: c.t('report.col.lead_time'), align: 'right' },
            { label: c.t('report.col.minimum'), align: 'right' },
            { label: c.t('report.col.payment_terms'), align: 'right' },
            ...criteria.map((k) => ({ label: k.name, align: 'center' as const })),
            { label: c.t('report.col.weighted_score'), align: 'right' },
            { label: c.t('report.col.selected'), align: 'center' },
          ],
          rows: list.map((s) => [
            s.name,
            s.country ?? '',
            c.join((s.supplies ?? []).map((id) => p.materials?.find((m) => m.id === id)?.name ?? p.products.find((x) => x.id === id)?.name ?? id)),
            s.lead_time_days !== undefined ? c.t('report.days', { n: s.lead_time_days }) : '',
            s.minimum_order_units ? c.number(s.minimum_order_units) : '',
            s.payment_terms_days !== undefined ? c.t('report.days', { n: s.payment_terms_days }) : '',
            ...criteria.map((k) => (s.scores?.[k.name] !== undefined ? String(s.scores[k.name]) : '')),
            weighted(s.scores),
            s.selected ? '✔' : '',
          ]),
        },
      }
    : none(c, 'report.element.suppliers', ['suppliers', 'list']);

  const n = S?.negotiation;
  const N = (key: string): Path => ['suppliers', 'negotiation', key];
  const negotiation: Part<{ sheet: TableView }> = n
    ? {
        missing: null,
        sheet: c.sheet('negotiation', [
          [c.t('report.col.supplier'), n.supplier ? supplierName(c, n.supplier) : c.missing('report.element.negotiation_supplier', N('supplier'))],
          [c.t('report.negotiation.objectives'), c.list(n.objectives, 'report.element.negotiation_objectives', N('objectives'))],
          [c.t('report.negotiation.arguments'), c.list(n.arguments, 'report.element.negotiation_arguments', N('arguments'))],
          [c.t('report.negotiation.concessions'), c.list(n.concessions, 'report.element.negotiation_concessions', N('concessions'))],
          [c.t('report.negotiation.fallback'), c.text(n.fallback, 'report.element.negotiation_fallback', N('fallback'))],
        ]),
      }
    : none(c, 'report.element.negotiation', ['suppliers', 'negotiation']);

  const inv = p.inventory;
  const inventory: Part<{ sheet: TableView }> = inv
    ? {
        missing: null,
        sheet: c.sheet('inventory', [
          [c.t('report.inventory.safety'), c.t('report.days', { n: inv.safety_stock_days })],
          [c.t('report.inventory.cover'), c.t('report.days', { n: inv.cover_days })],
          [c.t('report.inventory.tool'), c.text(inv.tool, 'report.element.inventory_tool', ['inventory', 'tool'])],
        ]),
      }
    : none(c, 'report.element.inventory', ['inventory']);

  const o = p.orders;
  const orders: Part<{ steps: string[]; noSteps: Field | null; preparation: Field }> = o
    ? {
        missing: null,
        steps: o.steps ?? [],
        noSteps: o.steps?.length ? null : c.missing('report.element.order_steps', ['orders', 'steps']),
        preparation: o.preparation_hours !== undefined ? present(c.t('report.hours', { n: o.preparation_hours })) : c.missing('report.element.preparation', ['orders', 'preparation_hours']),
      }
    : none(c, 'report.element.orders', ['orders']);

  const sh = p.shipping;
  const shipping: Part<{ carriers: TableView | null; noCarriers: Field | null; sheet: TableView }> = sh
    ? {
        missing: null,
        carriers: sh.carriers?.length
          ? {
              id: 'carriers',
              columns: [{ label: c.t('report.col.carrier') }, { label: c.t('report.col.cost_ht'), align: 'right' }, { label: c.t('report.col.delay'), align: 'right' }, { label: c.t('report.col.share'), align: 'right' }, { label: c.t('report.col.tracking'), align: 'center' }],
              rows: sh.carriers.map((k) => [k.name, c.money(k.cost), c.t('report.days', { n: k.delay_days }), k.share ? c.percent(k.share, 0) : '', c.yesNo(k.tracking)]),
            }
          : null,
        noCarriers: sh.carriers?.length ? null : c.missing('report.element.carriers', ['shipping', 'carriers']),
        sheet: c.sheet('shipping', [
          [c.t('report.shipping.charged'), sh.charged_to_customer !== undefined ? c.money(sh.charged_to_customer) : c.missing('report.element.shipping_charged', ['shipping', 'charged_to_customer'])],
          [c.t('report.shipping.free_above'), sh.free_above !== undefined ? c.money(sh.free_above) : c.t('report.none')],
          [c.t('report.shipping.promised'), sh.promised_delivery_days !== undefined ? c.t('report.days', { n: sh.promised_delivery_days }) : c.missing('report.element.promised_delivery', ['shipping', 'promised_delivery_days'])],
          [c.t('report.returns.rate'), p.returns ? c.percent(p.returns.rate) : c.missing('report.element.returns', ['returns'])],
          [c.t('report.returns.paid_by'), p.returns?.return_shipping_paid_by ? c.t(`report.payer.${p.returns.return_shipping_paid_by}`) : c.missing('report.element.returns_payer', ['returns', 'return_shipping_paid_by'])],
        ]),
      }
    : none(c, 'report.element.shipping', ['shipping']);

  return { method, suppliers, negotiation, inventory, orders, shipping };
}

// ---------------------------------------------------------------- C3 brand

export function brandSection(c: ReportContext) {
  const b = c.project.brand;
  const ca = b?.consumer_analysis;
  const personas = ca?.personas ?? [];
  const names = personaNames(c);
  const consumers = {
    method: c.text(ca?.method, 'report.element.consumer_method', ['brand', 'consumer_analysis', 'method']),
    personas: personas.length
      ? ({
          id: 'personas',
          columns: [{ label: c.t('report.col.persona') }, { label: c.t('report.col.age'), align: 'right' }, { label: c.t('report.col.description') }, { label: c.t('report.col.expectations') }, { label: c.t('report.col.habits') }],
          rows: personas.map((x, i) => [
            x.name,
            x.age !== undefined ? String(x.age) : '',
            x.description ?? '',
            c.list(x.expectations, 'report.element.expectations', ['brand', 'consumer_analysis', 'personas', i, 'expectations']),
            c.list(x.habits, 'report.element.habits', ['brand', 'consumer_analysis', 'personas', i, 'habits']),
          ]),
        } satisfies TableView)
      : null,
    noPersonas: personas.length ? null : c.missing('report.element.personas', ['brand', 'consumer_analysis', 'personas']),
  };
  const id = b?.identity;
  const I = (key: string): Path => ['brand', 'identity', key];
  const identity: Part<{ sheet: TableView }> = id
    ? {
        missing: null,
        sheet: c.sheet('identity', [
          [c.t('report.identity.mission'), given(id.mission) || given(id.promise) ? present([given(id.mission), given(id.promise)].filter(Boolean).join(' — ')) : c.missing('report.element.mission', I('mission'))],
          [c.t('report.identity.values'), c.list(id.values, 'report.element.values', I('values'))],
          [c.t('report.identity.tone'), c.text(id.tone, 'report.element.tone', I('tone'))],
          [c.t('report.identity.positioning'), c.text(id.positioning, 'report.element.positioning', I('positioning'))],
          [
            c.t('report.identity.visual'),
            id.visual && (id.visual.colors?.length || given(id.visual.typography) || given(id.visual.logo))
              ? present([id.visual.colors?.length ? c.join(id.visual.colors) : '', given(id.visual.typography) ?? '', given(id.visual.logo) ?? ''].filter(Boolean).join(' — '))
              : c.missing('report.element.visual', I('visual')),
          ],
        ]),
      }
    : none(c, 'report.element.identity', ['brand', 'identity']);
  const comps = b?.competitors ?? [];
  const competitors: Part<{ table: TableView }> = comps.length
    ? {
        missing: null,
        table: {
          id: 'competitors',
          columns: [{ label: c.t('report.col.competitor') }, { label: c.t('report.col.positioning') }, { label: c.t('report.col.price_range') }, { label: c.t('report.col.strengths') }, { label: c.t('report.col.weaknesses') }],
          rows: comps.map((k, i) => [
            k.name,
            c.text(k.positioning, 'report.element.positioning', ['brand', 'competitors', i, 'positioning']),
            c.text(k.price_range, 'report.element.price_range', ['brand', 'competitors', i, 'price_range']),
            c.list(k.strengths, 'report.element.strengths', ['brand', 'competitors', i, 'strengths']),
            c.list(k.weaknesses, 'report.element.weaknesses', ['brand', 'competitors', i, 'weaknesses']),
          ]),
        },
      }
    : none(c, 'report.element.competitors', ['brand', 'competitors']);
  const com = b?.communication;
  const actions = com?.actions ?? [];
  const communication = {
    strategy: c.text(com?.strategy, 'report.element.com_strategy', ['brand', 'communication', 'strategy']),
    actions: actions.length
      ? ({
          id: 'actions',
          columns: [
            { label: c.t('report.col.action') },
            { label: c.t('report.col.channel') },
            { label: c.t('report.col.target') },
            { label: c.t('report.col.objective') },
            { label: c.t('report.col.month') },
            { label: c.t('report.col.budget'), align: 'right' },
            { label: c.t('report.col.kpis') },
          ],
          rows: actions.map((a, i) => {
            const A = (key: string): Path => ['brand', 'communication', 'actions', i, key];
            return [
              a.name,
              c.text(a.channel, 'report.element.channel', A('channel')),
              a.personas?.length ? c.join(a.personas.map((x) => names.get(x) ?? x)) : c.missing('report.element.action_personas', A('personas')),
              c.text(a.objective, 'report.element.objective', A('objective')),
              a.month !== undefined ? c.month(a.month) : c.missing('report.element.action_month', A('month')),
              a.budget !== undefined ? c.money(a.budget, 0) : c.missing('report.element.budget', A('budget')),
              c.list(a.kpis, 'report.element.kpis', A('kpis')),
            ];
          }),
        } satisfies TableView)
      : null,
    noActions: actions.length ? null : c.missing('report.element.actions', ['brand', 'communication', 'actions']),
  };
  return { consumers, identity, competitors, communication };
}

// ---------------------------------------------------------------- C4 experience

export function experienceSection(c: ReportContext) {
  const p = c.project;
  const sources = p.acquisition ?? [];
  const acquisition: Part<{ table: TableView }> = sources.length
    ? {
        missing: null,
        table: {
          id: 'acquisition',
          columns: [
            { label: c.t('report.col.source') },
            { label: c.t('report.col.kind') },
            { label: c.t('report.col.traffic'), align: 'right' },
            { label: c.t('report.col.cost') },
            { label: c.t('report.col.growth'), align: 'right' },
            { label: c.t('report.col.from') },
          ],
          rows: sources.map((s) => {
            const paid = s.monthly_budget !== undefined && s.cost_per_click !== undefined && !s.cost_per_click.isZero();
            const traffic = paid ? c.t('report.acquisition.paid_visits', { n: c.number((s.monthly_budget as Decimal).div(s.cost_per_click as Decimal), 0) }) : s.visitors !== undefined ? c.t('report.acquisition.visits', { n: c.number(s.visitors, 0) }) : '';
            const cost = paid
              ? c.t('report.acquisition.budget', { budget: c.money(s.monthly_budget, 0), cpc: c.money(s.cost_per_click) })
              : s.monthly_cost !== undefined
                ? c.t('report.acquisition.monthly_cost', { amount: c.money(s.monthly_cost, 0) })
                : c.t('report.acquisition.no_cost');
            return [s.name ?? s.id, c.t(`report.acquisition.kind.${s.kind}`), traffic, cost, s.monthly_growth ? c.percent(s.monthly_growth) : '', s.from !== undefined ? c.month(s.from) : c.month(1)];
          }),
        },
      }
    : none(c, 'report.element.acquisition', ['acquisition']);
  const stages = p.experience?.funnel ?? [];
  let chart: Chart | null = null;
  if (stages.length) chart = funnelChart(stages.map((s) => ({ label: s.stage, rate: s.rate })), { lang: c.lang, currency: c.currency });
  const funnel: Part<{ table: TableView; chart: Chart | null }> = stages.length
    ? {
        missing: null,
        table: {
          id: 'funnel',
          columns: [{ label: c.t('report.col.stage') }, { label: c.t('report.col.rate'), align: 'right' }, { label: c.t('report.col.kpi') }],
          rows: stages.map((s, i) => [s.stage, c.percent(s.rate, s.rate.lt('0.1') ? 1 : 0), c.text(s.kpi, 'report.element.kpi', ['experience', 'funnel', i, 'kpi'])]),
        },
        chart,
      }
    : none(c, 'report.element.funnel', ['experience', 'funnel']);
  const sat = p.experience?.satisfaction;
  const satisfaction: Part<{ sheet: TableView }> = sat
    ? {
        missing: null,
        sheet: c.sheet('satisfaction', [
          [c.t('report.satisfaction.method'), c.text(sat.method, 'report.element.satisfaction_method', ['experience', 'satisfaction', 'method'])],
          [c.t('report.satisfaction.channels'), c.list(sat.channels, 'report.element.satisfaction_channels', ['experience', 'satisfaction', 'channels'])],
        ]),
      }
    : none(c, 'report.element.satisfaction', ['experience', 'satisfaction']);
  const loy = p.experience?.loyalty;
  const L = (...keys: string[]): Path => ['experience', 'loyalty', ...keys];
  const loyalty: Part<{ sheet: TableView }> = loy
    ? {
        missing: null,
        sheet: c.sheet('loyalty', [
          [c.t('report.loyalty.repeat'), loy.repeat_rate_yearly !== undefined ? c.t('report.loyalty.repeat_value', { rate: c.percent(loy.repeat_rate_yearly, 0) }) : c.missing('report.element.repeat_rate', L('repeat_rate_yearly'))],
          [c.t('report.loyalty.referrer'), loy.referral ? c.text(loy.referral.referrer_reward, 'report.element.referrer_reward', L('referral', 'referrer_reward')) : given(loy.program) ? c.t('report.none') : c.missing('report.element.referral', L('referral'))],
          [c.t('report.loyalty.referee'), loy.referral ? c.text(loy.referral.referee_reward, 'report.element.referee_reward', L('referral', 'referee_reward')) : given(loy.program) ? c.t('report.none') : c.missing('report.element.referral', L('referral'))],
          [c.t('report.loyalty.program'), given(loy.program) ?? c.t('report.none')],
        ]),
      }
    : none(c, 'report.element.loyalty', ['experience', 'loyalty']);
  return { acquisition, funnel, satisfaction, loyalty };
}

// ---------------------------------------------------------------- C5 legal and RGPD

export function legalSection(c: ReportContext) {
  const p = c.project;
  const co = p.company;
  const company: Part<{ sheet: TableView }> = co
    ? {
        missing: null,
        sheet: c.sheet('company', [
          [c.t('report.company.form'), c.t(`legal.form.${co.legal_form}`)],
          [c.t('report.company.activity'), c.t(`report.activity.${co.activity}`)],
          [c.t('report.company.vat'), c.t(`report.vat.${co.vat_regime}`)],
          ...(co.legal_form === 'micro_entreprise'
            ? ([
                [c.t('report.company.acre'), c.yesNo(co.acre ?? false)],
                [c.t('report.company.vl'), c.yesNo(co.versement_liberatoire ?? false)],
              ] as Array<[string, TableCell]>)
            : []),
          ...companyNumbers(c, co.siren, co.siret),
        ]),
      }
    : none(c, 'report.element.company', ['company']);
  const l = p.legal;
  const Lp = (...keys: string[]): Path => ['legal', ...keys];
  const terms: Part<{ sheet: TableView }> = l
    ? {
        missing: null,
        sheet: c.sheet('consumer-terms', [
          [c.t('report.legal.withdrawal'), l.withdrawal_days !== undefined ? c.t('report.days', { n: l.withdrawal_days }) : c.missing('legal.element.withdrawal_days', Lp('withdrawal_days'))],
          [c.t('report.legal.button'), l.withdrawal_button === true ? c.t('report.yes') : c.missing('legal.element.withdrawal_button', Lp('withdrawal_button'))],
          [c.t('report.legal.exceptions'), l.withdrawal_exceptions?.length ? c.join(l.withdrawal_exceptions) : c.t('report.none')],
          [c.t('report.legal.refund'), l.refund_days !== undefined ? c.t('report.days', { n: l.refund_days }) : c.missing('legal.element.refund_days', Lp('refund_days'))],
          [c.t('report.returns.paid_by'), p.returns?.return_shipping_paid_by ? c.t(`report.payer.${p.returns.return_shipping_paid_by}`) : c.missing('legal.element.return_costs', ['returns', 'return_shipping_paid_by'])],
          [c.t('report.legal.guarantees'), l.legal_guarantees === true ? c.t('report.yes') : c.missing('report.element.legal_guarantees', Lp('legal_guarantees'))],
          [c.t('report.legal.mediator'), given(l.mediator?.name) ? present([given(l.mediator?.name), given(l.mediator?.url)].filter(Boolean).join(' — ')) : c.missing('legal.element.mediator', Lp('mediator'))],
          [c.t('report.legal.delivery'), l.delivery_max_days !== undefined ? c.t('report.days', { n: l.delivery_max_days }) : c.missing('legal.element.delivery_max_days', Lp('delivery_max_days'))],
          [c.t('report.legal.payment'), c.list(l.payment_methods, 'legal.element.payment_methods', Lp('payment_methods'))],
        ]),
      }
    : none(c, 'report.element.legal', ['legal']);
  const r = l?.rgpd;
  const processings = r?.processings ?? [];
  const tools = r?.tools ?? [];
  const rgpd: Part<{ contact: Field; processings: TableView | null; noProcessings: Field | null; tools: TableView | null; noTools: Field | null; cookies: Field }> = r
    ? {
        missing: null,
        contact: c.text(r.contact, 'legal.element.rgpd_contact', Lp('rgpd', 'contact')),
        processings: processings.length
          ? {
              id: 'processings',
              columns: [{ label: c.t('legal.csv.purpose') }, { label: c.t('legal.csv.basis') }, { label: c.t('legal.csv.data') }, { label: c.t('legal.csv.retention') }, { label: c.t('legal.csv.recipients') }],
              rows: processings.map((x, i) => [
                x.purpose,
                c.t(`legal.basis.${x.legal_basis}`),
                c.list(x.data, 'legal.element.data', ['legal', 'rgpd', 'processings', i, 'data']),
                c.text(x.retention, 'legal.element.retention', ['legal', 'rgpd', 'processings', i, 'retention']),
                c.list(x.recipients, 'legal.element.recipients', ['legal', 'rgpd', 'processings', i, 'recipients']),
              ]),
            }
          : null,
        noProcessings: processings.length ? null : c.missing('legal.element.processings', Lp('rgpd', 'processings')),
        tools: tools.length
          ? {
              id: 'rgpd-tools',
              columns: [{ label: c.t('report.col.tool') }, { label: c.t('report.col.use') }, { label: c.t('report.col.hosting') }, { label: c.t('report.col.dpa'), align: 'center' }],
              rows: tools.map((x, i) => [x.name, x.purpose ?? '', c.text(x.hosting, 'legal.element.hosting', ['legal', 'rgpd', 'tools', i, 'hosting']), x.dpa === undefined ? c.missing('legal.element.dpa', ['legal', 'rgpd', 'tools', i, 'dpa']) : c.yesNo(x.dpa)]),
            }
          : null,
        noTools: tools.length ? null : c.missing('legal.element.tools', Lp('rgpd', 'tools')),
        cookies:
          r.cookie_consent?.before_trackers === true
            ? present(c.t('report.cookies.ok', { tool: given(r.cookie_consent.tool) ?? c.t('report.cookies.unnamed') }))
            : c.missing('legal.element.cookie_consent', Lp('rgpd', 'cookie_consent', 'before_trackers')),
      }
    : none(c, 'report.element.rgpd', Lp('rgpd'));
  return { company, terms, rgpd };
}

/** SIREN and SIRET rows, each grouped as INSEE prints them; the SIREN is read from the SIRET when only that is given. */
function companyNumbers(c: ReportContext, siren: string | undefined, siret: string | undefined): Array<[string, TableCell]> {
  const sirenText = siren ?? (siret ? siret.replace(/\s/g, '').slice(0, 9) : undefined);
  const rows: Array<[string, TableCell]> = [[c.t('report.company.siren_only'), sirenText ? formatSiren(sirenText) : c.missing('report.element.siren', ['company', 'siren'])]];
  if (siret) rows.push([c.t('report.company.siret'), formatSiret(siret)]);
  return rows;
}
