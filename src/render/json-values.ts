/** Value encodings of the JSON outputs (forecast-model.md, "Output contract"). */
import { isDecimal, money2, type Decimal } from '../model/decimal.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

/** A rate as a fraction string with four decimals (`0.4523`), or null. */
export function rate4(d: Decimal | null): string | null {
  if (d === null) return null;
  const s = d.toDecimalPlaces(4).toFixed(4);
  return s === '-0.0000' ? '0.0000' : s;
}

export const money2OrNull = (d: Decimal | null): string | null => (d === null ? null : money2(d));

/** Message data made plain JSON: decimals become their exact string. */
function plainData(data: Record<string, unknown> | undefined): Record<string, unknown> {
  const plain = (v: unknown): unknown => (isDecimal(v) ? v.toString() : Array.isArray(v) ? v.map(plain) : v);
  return Object.fromEntries(Object.entries(data ?? {}).map(([k, v]) => [k, plain(v)]));
}

/** A located warning in the JSON outputs. */
export function jsonWarning(d: Diagnostic): Record<string, unknown> {
  return {
    code: d.code,
    severity: d.severity,
    message: d.message,
    path: d.path,
    line: d.line,
    column: d.column,
    data: plainData(d.data),
    ...(d.hint ? { hint: d.hint } : {}),
  };
}
