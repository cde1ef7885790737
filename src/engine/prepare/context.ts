/** What every preparation step reads: the project, the levers, the horizon and the VAT regime. */
import type { Decimal } from '../../model/decimal.js';
import type { Arith, Num } from '../arith.js';
import { monthIndex, type MonthRef } from '../../model/fields.js';
import type { ProjectFile } from '../../model/schema.js';
import type { Levers } from '../levers.js';
import type { VatRegime } from '../unit-cost.js';

export interface PrepContext<N extends Num<N> = Decimal> {
  /** The number type of the forecast being prepared (arith.ts). */
  num: Arith<N>;
  project: ProjectFile;
  levers: Levers<N>;
  start: string;
  horizon: number;
  regime: VatRegime;
  /** Standard VAT rate of the start year: the default of costs without their own rate. */
  defaultVat: N;
}

/** Month index of `ref` from the project start (`def` when absent). */
export function monthAt<N extends Num<N>>(ctx: PrepContext<N>, ref: MonthRef | undefined, def = 1): number {
  return ref === undefined ? def : monthIndex(ref, ctx.start);
}
