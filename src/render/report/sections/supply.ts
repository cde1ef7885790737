/** Suppliers, stocks, orders and delivery in the dossier (C2): suppliers compared, negotiation, production, stock policy, order procedure, shipping and returns. */
import type { Path } from '../../../diagnostics/diagnostic.js';
import { ZERO, sum } from '../../../model/decimal.js';
import { own } from '../../../model/own.js';
import { present, type Field } from '../../field.js';
import type { TableView } from '../../handlebars.js';
import type { ReportContext } from '../context.js';
import { type Part, none, supplierName } from './shared.js';

/** Suppliers compared (C2.1) and the negotiation plan (C2.2). */
function supplierParts(c: ReportContext) {
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
          ? {
              id: 'supplier-criteria',
              columns: [{ label: c.t('report.col.criterion') }, { label: c.t('report.col.weight'), align: 'right' }],
              rows: criteria.map((k) => [k.name, c.percent(k.weight, 0)]),
            }
          : null,
        noCriteria: criteria.length ? null : c.missing('report.element.criteria', ['suppliers', 'method', 'criteria']),
      }
    : none(c, 'report.element.supplier_method', ['suppliers', 'method']);

  const weighted = (scores: Record<string, number> | undefined): string => {
    if (!scores || !criteria.length || totalWeight.isZero()) return '';
    let acc = ZERO;
    for (const k of criteria) {
      const s = own(scores, k.name);
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
          rows: list.map((s, i) => [
            c.optional(s.name, 'report.element.supplier_name', ['suppliers', 'list', i, 'name']),
            s.country ?? '',
            c.join((s.supplies ?? []).map((id) => p.materials?.find((m) => m.id === id)?.name ?? p.products.find((x) => x.id === id)?.name ?? id)),
            s.lead_time_days !== undefined ? c.t('report.days', { n: s.lead_time_days }) : '',
            s.minimum_order_units ? c.number(s.minimum_order_units) : '',
            s.payment_terms_days !== undefined ? c.t('report.days', { n: s.payment_terms_days }) : '',
            ...criteria.map((k) => String(own(s.scores, k.name) ?? '')),
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

  return { method, suppliers, negotiation };
}

/** Stock policy (C2.4), order procedure (C2.5), shipping and returns (C2.6). */
function logisticsParts(c: ReportContext) {
  const p = c.project;
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
  const orders: Part<{ steps: Array<Field | string>; noSteps: Field | null; preparation: Field }> = o
    ? {
        missing: null,
        steps: (o.steps ?? []).map((step, i) => c.optional(step, 'report.element.order_step', ['orders', 'steps', i])),
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
              columns: [
                { label: c.t('report.col.carrier') },
                { label: c.t('report.col.cost_ht'), align: 'right' },
                { label: c.t('report.col.delay'), align: 'right' },
                { label: c.t('report.col.share'), align: 'right' },
                { label: c.t('report.col.tracking'), align: 'center' },
              ],
              rows: sh.carriers.map((k) => [k.name, c.money(k.cost), c.t('report.days', { n: k.delay_days }), k.share ? c.percent(k.share, 0) : '', c.yesNo(k.tracking)]),
            }
          : null,
        noCarriers: sh.carriers?.length ? null : c.missing('report.element.carriers', ['shipping', 'carriers']),
        sheet: c.sheet('shipping', [
          [c.t('report.shipping.charged'), sh.charged_to_customer !== undefined ? c.money(sh.charged_to_customer) : c.missing('report.element.shipping_charged', ['shipping', 'charged_to_customer'])],
          [c.t('report.shipping.free_above'), sh.free_above !== undefined ? c.money(sh.free_above) : c.t('report.none')],
          [
            c.t('report.shipping.promised'),
            sh.promised_delivery_days !== undefined ? c.t('report.days', { n: sh.promised_delivery_days }) : c.missing('report.element.promised_delivery', ['shipping', 'promised_delivery_days']),
          ],
          [c.t('report.returns.rate'), p.returns ? c.percent(p.returns.rate) : c.missing('report.element.returns', ['returns'])],
          [
            c.t('report.returns.paid_by'),
            p.returns?.return_shipping_paid_by ? c.t(`report.payer.${p.returns.return_shipping_paid_by}`) : c.missing('report.element.returns_payer', ['returns', 'return_shipping_paid_by']),
          ],
        ]),
      }
    : none(c, 'report.element.shipping', ['shipping']);

  return { inventory, orders, shipping };
}

export function supplySection(c: ReportContext) {
  return { ...supplierParts(c), ...logisticsParts(c) };
}

// ---------------------------------------------------------------- C3 brand
