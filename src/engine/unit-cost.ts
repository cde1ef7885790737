/**
 * Unit cost per production strategy (forecast-model.md, "Unit cost" and "VAT on
 * costs"): resale → purchase cost; outsourced → manufacturing cost (+ a one-off
 * setup cost); in_house → bill of materials + labour; plus packaging.
 * Under the VAT franchise the VAT on each component is not recoverable and is
 * part of the cost; under the normal regime it is deductible and kept apart.
 */
import { ZERO, type Decimal } from '../model/decimal.js';
import type { Arith, Num } from './arith.js';
import type { Alternative, Material, Product } from '../model/schema.js';
import type { AmountLine, UnitCostBreakdown } from './types.js';

export type VatRegime = 'franchise' | 'normal';

/** A cost as it enters the P&L (`charge`) and the VAT paid on top of it that can be deducted (`vat`). */
export interface CostBasis<N = Decimal> {
  charge: N;
  vat: N;
}

/** `ht` excluding VAT at `vatRate`: franchise → the whole TTC is a charge; normal → HT is a charge, VAT deductible. */
export function costBasis<N extends Num<N>>(n: Arith<N>, ht: N, vatRate: N, regime: VatRegime): CostBasis<N> {
  const vat = ht.times(vatRate);
  return regime === 'franchise' ? { charge: ht.plus(vat), vat: n.zero } : { charge: ht, vat };
}

export interface UnitCostContext<N extends Num<N> = Decimal> {
  num: Arith<N>;
  regime: VatRegime;
  materials: ReadonlyMap<string, Material>;
  hourlyCost: N;
  /** Scenario/sensitivity multiplier of every unit-cost component. */
  factor: N;
  /** Default VAT rate of materials, packaging and setup costs. */
  defaultVat: N;
}

/**
 * The unit cost of `basis` (the product itself or one of its alternatives).
 * An alternative without its own `packaging_cost` keeps the product's.
 */
export function unitCostOf<N extends Num<N>>(basis: Product | Alternative, product: Product, ctx: UnitCostContext<N>): UnitCostBreakdown<N> {
  const n = ctx.num;
  const lines: AmountLine<N>[] = [];
  let total = n.zero;
  let vat = n.zero;
  const add = (line: Omit<AmountLine, 'amount'>, cost: CostBasis<N>) => {
    lines.push({ ...line, amount: cost.charge });
    total = total.plus(cost.charge);
    vat = vat.plus(cost.vat);
  };
  const f = ctx.factor;
  const cost = (ht: Decimal | undefined) => n.from(ht ?? ZERO).times(f);
  if (basis.strategy === 'resale') {
    const purchase = cost(basis.purchase_cost);
    // Second-hand goods bought from private persons (art. 297 A CGI): the price paid carries no VAT to add or deduct.
    add({ label: 'Purchase cost', id: 'cost.purchase' }, product.second_hand ? { charge: purchase, vat: n.zero } : costBasis(n, purchase, n.from(product.vat_rate), ctx.regime));
  } else if (basis.strategy === 'outsourced') {
    add({ label: 'Manufacturing cost', id: 'cost.manufacturing' }, costBasis(n, cost(basis.manufacturing_cost), n.from(product.vat_rate), ctx.regime));
  } else {
    for (const line of basis.bill_of_materials ?? []) {
      const material = ctx.materials.get(line.material);
      if (!material) continue; // validation guarantees references resolve
      const ht = n.from(line.quantity).times(n.from(material.cost)).times(f);
      add({ label: material.name }, costBasis(n, ht, material.vat_rate !== undefined ? n.from(material.vat_rate) : ctx.defaultVat, ctx.regime));
    }
    const minutes = basis.labour_minutes ?? ZERO;
    if (!minutes.isZero()) add({ label: 'Labour', id: 'cost.labour' }, { charge: n.from(minutes).div(n.of(60)).times(ctx.hourlyCost).times(f), vat: n.zero });
  }
  const packaging = basis.packaging_cost ?? (basis === product ? undefined : product.packaging_cost);
  if (packaging !== undefined && !packaging.isZero()) add({ label: 'Packaging', id: 'cost.packaging' }, costBasis(n, cost(packaging), ctx.defaultVat, ctx.regime));
  const setup = basis.strategy === 'outsourced' && basis.setup_cost ? costBasis(n, n.from(basis.setup_cost), ctx.defaultVat, ctx.regime).charge : n.zero;
  return { strategy: basis.strategy, lines, total, vat, setupCost: setup };
}
