/**
 * Fixtures of the check tests: the complete project, edited by key path, and a
 * hand-built Forecast (plain figures written by hand, not computed: the criteria
 * only read it).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { DEFAULT_CONFIG, checkProject, type CheckConfig, type CheckInput, type CheckResult } from '../../src/criteria/index.js';
import type { Forecast, MonthResult, StockPlan, UnitEconomicsRow, YearResult } from '../../src/engine/types.js';
import { DECIMAL } from '../../src/engine/arith.js';
import { emptyFlows } from '../../src/engine/stages/cash.js';
import { totalsOf } from '../../src/engine/stages/years.js';
import { loadText, type Loaded } from '../../src/model/load.js';
import { Decimal, ZERO } from '../../src/model/decimal.js';
import { monthLabel } from '../../src/model/fields.js';
import { ProjectFileSchema, type ProjectFile } from '../../src/model/schema.js';
import { parseYaml } from '../../src/io/yaml.js';
import { ROOT } from '../helpers/cli.js';

export const COMPLETE_PATH = join(ROOT, 'test', 'fixtures', 'check', 'complete.ecomplan.yaml');
export const COMPLETE = readFileSync(COMPLETE_PATH, 'utf8');

export type Edit = ['delete', Array<string | number>] | ['set', Array<string | number>, unknown];

/** The complete project with edits applied (paths as in the file). */
export function edited(edits: Edit[], base = COMPLETE): string {
  const doc = parseDocument(base);
  for (const e of edits) {
    if (e[0] === 'delete') doc.deleteIn(e[1]);
    else doc.setIn(e[1], e[2]);
  }
  return doc.toString({ lineWidth: 0 });
}

export function load(text: string, shapeOnly = false): Loaded & { project: ProjectFile } {
  if (shapeOnly) {
    // For cases validation would refuse (a missing cost basis…): the check is a pure function of any shaped project.
    const { data, map } = parseYaml(text);
    return { file: 'test.ecomplan.yaml', map, problems: [], lang: 'fr', unreadable: false, project: ProjectFileSchema.parse(data) };
  }
  const loaded = loadText({ name: 'test.ecomplan.yaml', text });
  if (!loaded.project) throw new Error(`fixture invalid: ${JSON.stringify(loaded.problems, null, 1)}`);
  return loaded as Loaded & { project: ProjectFile };
}

/** 1-based line of the first line of `text` matching `pattern`. */
export function lineOf(text: string, pattern: string | RegExp): number {
  const lines = text.split('\n');
  const i = lines.findIndex((l) => (typeof pattern === 'string' ? l.startsWith(pattern) : pattern.test(l)));
  if (i < 0) throw new Error(`no line matches ${String(pattern)}`);
  return i + 1;
}

/** The n-th (1-based) line matching `pattern`. */
export function nthLineOf(text: string, pattern: string | RegExp, n: number): number {
  const lines = text.split('\n');
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (typeof pattern === 'string' ? l.startsWith(pattern) : pattern.test(l)) if (++seen === n) return i + 1;
  }
  throw new Error(`no ${n}th line matches ${String(pattern)}`);
}

/** The last line of a text (a trailing newline does not start a line). */
export function lastLine(text: string): number {
  return text.replace(/\n$/, '').split('\n').length;
}

const D = (s: string | number) => new Decimal(s);

function month(index: number, start: string, revenueHt: Decimal, cashEnd: Decimal): MonthResult {
  return {
    index,
    month: monthLabel(index, start),
    visitors: ZERO,
    newOrders: ZERO,
    repeatOrders: ZERO,
    orders: ZERO,
    units: {},
    revenueTtc: revenueHt,
    revenueHt,
    vatCollected: ZERO,
    cogs: ZERO,
    channelFees: ZERO,
    shippingCosts: ZERO,
    returnsCost: ZERO,
    repFees: ZERO,
    marketing: ZERO,
    fixedCosts: ZERO,
    setupCosts: ZERO,
    repFlatFees: ZERO,
    eInvoicing: ZERO,
    depreciation: ZERO,
    interest: ZERO,
    ownerPay: ZERO,
    socialContributions: ZERO,
    incomeTax: ZERO,
    resultBeforeTax: ZERO,
    contributionMargin: ZERO,
    stockPurchases: ZERO,
    stockValue: ZERO,
    cashIn: ZERO,
    cashOut: ZERO,
    cashEnd,
    channelRevenueTtc: {},
    productionHours: ZERO,
    channelFeesByChannel: {},
    channelOrders: {},
    vatDeductible: ZERO,
    cashFlows: emptyFlows(DECIMAL),
  };
}

export interface ForecastFigures {
  /** Revenue HT per year (spread evenly over its months). */
  yearRevenue?: Array<string | number>;
  breakEvenMonth?: string | null;
  lowestCash?: string | number;
  lowestMonth?: string;
  /** Markup rate per product id (default 0.5), null = not computable. */
  markup?: Record<string, string | number | null>;
  /** Price HT and unit cost per product id (default 20 and 10). */
  price?: Record<string, [string | number, string | number]>;
  /** Contribution per unit per product id and channel (default 5). */
  contribution?: Record<string, string | number>;
  /** Reorder point per product id (default 12), null = not computable. */
  reorder?: Record<string, string | number | null>;
  warnings?: Forecast['warnings'];
  horizon?: number;
}

/** A Forecast for `project` with the given figures (defaults: the complete project's objectives met, break-even month 14, cash never negative). */
export function forecastFor(p: ProjectFile, f: ForecastFigures = {}): Forecast {
  const horizon = f.horizon ?? p.project.horizon_months;
  const start = p.project.start;
  const yearRevenue = (f.yearRevenue ?? [14000, 30000, 55000, 70000, 80000]).map(D);
  const months: MonthResult[] = [];
  for (let m = 1; m <= horizon; m++) months.push(month(m, start, (yearRevenue[Math.floor((m - 1) / 12)] ?? ZERO).div(12), D(1000)));
  const years: YearResult[] = [];
  for (let y = 1; y <= Math.ceil(horizon / 12); y++) {
    const ms = months.slice((y - 1) * 12, y * 12);
    years.push({
      year: y,
      revenueHt: ms.reduce((a, m) => a.plus(m.revenueHt), ZERO),
      contributionMargin: ZERO,
      fixedCharges: ZERO,
      resultBeforeTax: ZERO,
      corporateTax: ZERO,
      netResult: ZERO,
      breakEvenRevenue: null,
      breakEvenDays: null,
      workingCapital: ZERO,
      months: ms.length,
      firstMonth: ms[0]!.month,
      lastMonth: ms[ms.length - 1]!.month,
      totals: totalsOf(ms, DECIMAL),
      contributionMarginRate: null,
      disposableIncome: null,
      stockValue: ZERO,
      cashEnd: ms[ms.length - 1]!.cashEnd,
    });
  }
  const unitEconomics: UnitEconomicsRow[] = [];
  const stock: StockPlan[] = [];
  for (const prod of p.products) {
    const [priceHt, cost] = (f.price?.[prod.id] ?? [20, 10]).map(D) as [Decimal, Decimal];
    const markup = f.markup && prod.id in f.markup ? f.markup[prod.id] : 0.5;
    for (const c of p.channels ?? [])
      unitEconomics.push({
        productId: prod.id,
        productName: prod.name,
        channelId: c.id,
        channelName: c.name,
        variant: 'main',
        cost: { strategy: prod.strategy, lines: [{ label: 'cost', amount: cost }], total: cost, vat: ZERO, setupCost: ZERO },
        priceTtc: prod.price,
        priceHt,
        channelFeesPerUnit: ZERO,
        shippingPerUnit: ZERO,
        contributionPerUnit: D(f.contribution?.[`${prod.id}/${c.id}`] ?? 5),
        markupRate: markup === null || markup === undefined ? null : D(markup),
        marginRate: null,
        coefficient: null,
        returnsPerUnit: ZERO,
        repFeePerUnit: ZERO,
        horizonUnits: ZERO,
      });
    const reorder = f.reorder && prod.id in f.reorder ? f.reorder[prod.id] : 12;
    stock.push({
      productId: prod.id,
      productName: prod.name,
      reorderPointUnits: reorder === null || reorder === undefined ? null : D(reorder),
      months: [],
      strategy: prod.strategy,
      unitCost: cost,
      leadTimeDays: reorder === null ? null : 10,
      minimumOrderUnits: 0,
      paymentDelayMonths: 0,
      supplierId: prod.supplier ?? null,
    });
  }
  return {
    scenario: 'base',
    currency: 'EUR',
    start,
    horizon,
    months,
    years,
    breakEvenMonth: f.breakEvenMonth === undefined ? monthLabel(14, start) : f.breakEvenMonth,
    cash: { lowest: D(f.lowestCash ?? 500), lowestMonth: f.lowestMonth ?? monthLabel(4, start) },
    financingPlan: { needs: [], resources: [] },
    unitEconomics,
    stock,
    warnings: f.warnings ?? [],
    project: p.project.name,
    legalForm: p.company?.legal_form ?? null,
    vatRegime: p.company?.vat_regime ?? 'franchise',
    financingTotals: { needs: ZERO, resources: ZERO, balance: ZERO },
    bank: { years: [], loans: [], ownerShare: null },
  };
}

export interface Judged {
  text: string;
  loaded: Loaded & { project: ProjectFile };
  input: CheckInput;
  result: CheckResult;
}

/** Load `text`, build its forecast (unless `forecast: false`) and check it. */
export function judge(text: string, opts: { forecast?: ForecastFigures | false; config?: Partial<CheckConfig>; shapeOnly?: boolean } = {}): Judged {
  const loaded = load(text, opts.shapeOnly);
  const input: CheckInput = { project: loaded.project, map: loaded.map, config: { ...DEFAULT_CONFIG, ...opts.config } };
  if (opts.forecast !== false) input.forecast = forecastFor(loaded.project, opts.forecast ?? {});
  else input.forecastError = { code: 'forecast.unavailable', data: {} };
  return { text, loaded, input, result: checkProject(input, loaded.problems) };
}
