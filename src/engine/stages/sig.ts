/**
 * Stage 14 — soldes intermédiaires de gestion and capacité d'autofinancement of
 * each year (issue 19), from the P&L's own lines, so that the SIG's result before
 * tax and net result are the P&L's. The revenue is split by what is sold: resold
 * goods (ventes de marchandises, against the purchase cost of the units sold: the
 * marge commerciale) and production (made products, in-house or outsourced, and the
 * delivery charged). Costs by nature: labour of the units sold is personnel, the
 * rest of the unit costs (manufacturing, materials, packaging) and every other
 * charge (eco-contributions and the e-invoicing platform included) are external consumption. Pure.
 */
import { ZERO, addTo, sum, timesOf, type Decimal } from '../../model/decimal.js';
import type { Sig } from '../bank-types.js';
import type { Prepared } from '../prepare.js';
import type { MonthResult, YearResult } from '../types.js';
import type { PreparedAt } from '../vat-switch.js';
import { ownerPayIsCharge } from './contributions.js';

interface SalesSplit {
  salesGoods: Decimal;
  goodsCost: Decimal;
  labour: Decimal;
}

/** Revenue HT of resold products, their units' purchase cost, and the labour of every unit sold, in month `r` (inputs `q`). */
function splitOfMonth(q: Prepared, r: MonthResult): SalesSplit {
  let salesGoods = ZERO;
  let goodsCost = ZERO;
  let labour = ZERO;
  for (const prod of q.products) {
    const units = r.units[prod.id] ?? ZERO;
    if (units.isZero()) continue;
    if (prod.product.strategy === 'resale') salesGoods = salesGoods.plus(timesOf(timesOf(units, prod.priceHt), q.keptRate));
    for (const line of prod.cost.lines) {
      if (line.id === 'cost.purchase') goodsCost = goodsCost.plus(units.times(line.amount));
      if (line.id === 'cost.labour') labour = labour.plus(units.times(line.amount));
    }
  }
  return { salesGoods, goodsCost, labour };
}

/** The SIG of one year (`year`, its months `slice`); `at(m)`: month m's inputs (the VAT regime may change). */
export function sigOf(p: Prepared, at: PreparedAt, slice: readonly MonthResult[], year: YearResult): Sig {
  let split: SalesSplit = { salesGoods: ZERO, goodsCost: ZERO, labour: ZERO };
  for (const r of slice) {
    const s = splitOfMonth(at(r.index), r);
    split = { salesGoods: addTo(split.salesGoods, s.salesGoods), goodsCost: addTo(split.goodsCost, s.goodsCost), labour: addTo(split.labour, s.labour) };
  }
  const t = year.totals;
  const micro = p.legalForm === 'micro_entreprise';
  const commercialMargin = split.salesGoods.minus(split.goodsCost);
  const production = t.revenueHt.minus(split.salesGoods);
  const otherUnitCosts = t.cogs.minus(split.goodsCost).minus(split.labour);
  // Eco-contributions (REP) and the e-invoicing platform (issue 20) are external charges too.
  const consumption = sum([otherUnitCosts, t.channelFees, t.shippingCosts, t.returnsCost, t.repFees, t.marketing, t.fixedCosts, t.repFlatFees, t.eInvoicing, t.setupCosts]);
  const valueAdded = commercialMargin.plus(production).minus(consumption);
  const ownerPay = ownerPayIsCharge(p) ? t.ownerPay : ZERO;
  const personnel = sum([split.labour, ownerPay, micro ? ZERO : t.socialContributions]);
  const ebitda = valueAdded.minus(personnel);
  const operatingResult = ebitda.minus(t.depreciation);
  const financialResult = t.interest.negated();
  const currentResult = operatingResult.plus(financialResult);
  const ownerTaxes = micro ? t.socialContributions.plus(t.incomeTax) : ZERO;
  return {
    salesGoods: split.salesGoods,
    goodsCost: split.goodsCost,
    commercialMargin,
    production,
    consumption,
    valueAdded,
    personnel,
    ebitda,
    depreciation: t.depreciation,
    operatingResult,
    financialResult,
    currentResult,
    corporateTax: year.corporateTax,
    ownerTaxes,
    netResult: currentResult.minus(year.corporateTax).minus(ownerTaxes),
  };
}
