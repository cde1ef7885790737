/**
 * The one place where the export reads the engine: its public API only
 * (computeForecast), plus the figures the spreadsheet needs before any scenario
 * lever (unit costs at the base scenario). If the engine changes shape, adapt here.
 */
import { computeForecast, type Forecast, type ScenarioName } from '../engine/index.js';
import { Decimal, ONE, ZERO } from '../model/decimal.js';
import { rulesFor } from '../model/rules-fr.js';
import type { ProjectFile } from '../model/schema.js';

export interface EngineFigures {
  forecast: Forecast;
  /** Per product (project order): unit cost and deductible VAT per unit at the base scenario (no cost lever), with its purchase (resale) and labour parts (the SIG's split). */
  baseUnitCosts: Array<{ cost: Decimal; vat: Decimal; goods: Decimal; labour: Decimal }>;
  /** Scenario multipliers: traffic, conversion, costs (1 when the scenario does not move them). */
  levers: { traffic: Decimal; conversion: Decimal; costs: Decimal };
  /** Standard VAT rate of the start year. */
  defaultVat: Decimal;
  /** How the legal form treats the owner: pay and contributions charged to the result (1) or not (0); contributions paid the same or the next month, or by a schedule (then values). */
  owner: { payCharge: 0 | 1; socialCharge: 0 | 1; socialPaid: 'same_month' | 'next_month' | 'schedule' };
}

/** A scenario shift below −100 % stops at zero, as the engine does. */
const factor = (shift: Decimal | undefined): Decimal => (shift ? Decimal.max(ZERO, ONE.plus(shift)) : ONE);

export function engineFigures(project: ProjectFile, scenario: ScenarioName): EngineFigures {
  const forecast = computeForecast(project, { scenario });
  const base = scenario === 'base' ? forecast : computeForecast(project, { scenario: 'base' });
  const baseUnitCosts = project.products.map((p, i) => {
    const row = base.unitEconomics.find((u) => u.productId === p.id && u.variant === 'main');
    const part = (id: string) => row?.cost.lines.find((l) => l.id === id)?.amount ?? ZERO;
    return { cost: base.stock[i]?.unitCost ?? row?.cost.total ?? ZERO, vat: row?.cost.vat ?? ZERO, goods: p.strategy === 'resale' ? part('cost.purchase') : ZERO, labour: part('cost.labour') };
  });
  const shift = scenario === 'base' ? undefined : project.demand?.scenarios?.[scenario];
  return {
    forecast,
    baseUnitCosts,
    levers: { traffic: factor(shift?.traffic), conversion: factor(shift?.conversion), costs: factor(shift?.costs) },
    defaultVat: rulesFor(Number(project.project.start.slice(0, 4))).vatStandard.value,
    owner: ownerRules(forecast),
  };
}

const near = (a: Decimal, b: Decimal) => a.minus(b).abs().lt('1e-15');

/**
 * The legal form's treatment of the owner, read off the engine's own months (the rule lives in the
 * engine, which may refine it by legal form): the first of the candidate rules that every month obeys.
 */
function ownerRules(f: Forecast): EngineFigures['owner'] {
  const micro = f.legalForm === 'micro_entreprise';
  const candidates: Array<[0 | 1, 0 | 1]> = micro
    ? [
        [0, 0],
        [1, 1],
        [0, 1],
        [1, 0],
      ]
    : [
        [1, 1],
        [0, 0],
        [1, 0],
        [0, 1],
      ];
  const base = (m: Forecast['months'][number]) =>
    m.contributionMargin.minus(m.marketing).minus(m.fixedCosts).minus(m.setupCosts).minus(m.repFlatFees).minus(m.eInvoicing).minus(m.depreciation).minus(m.interest);
  const fits = ([a, b]: [0 | 1, 0 | 1]) => f.months.every((m) => near(m.resultBeforeTax, base(m).minus(m.ownerPay.times(a)).minus(m.socialContributions.times(b))));
  const [payCharge, socialCharge] = candidates.find(fits) ?? candidates[0]!;
  const owed = (m: Forecast['months'][number] | undefined) => (m ? m.socialContributions.plus(m.incomeTax) : ZERO);
  const order: Array<'next_month' | 'same_month'> = micro ? ['next_month', 'same_month'] : ['same_month', 'next_month'];
  const paid = order.find((mode) => f.months.every((m, i) => near(m.cashFlows.socialAndTax, mode === 'same_month' ? owed(m) : owed(f.months[i - 1]))));
  return { payCharge, socialCharge, socialPaid: paid ?? 'schedule' };
}
