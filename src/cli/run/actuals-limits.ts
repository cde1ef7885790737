/**
 * The budget of the order exports of one run (issue 24, finding 3): 200 000 lines and 8 000 000
 * cells for all the exports of `actuals` or `report --actuals` together. An order line costs about
 * 2 KB once imported and analysed, a cell about 70 bytes once parsed: 49 MB of one-line orders took
 * 2.7 GB, of one-letter cells 1.7 GB. The bytes are counted before anything is parsed (line
 * breaks, and separators of the header's kind: an upper bound, quoted or not), so an export over
 * the budget is refused at once, at the line where it goes over.
 */
import { problem, type Problem } from '../../diagnostics/problem.js';
import { Decimal } from '../../model/decimal.js';

const MAX_EXPORT_LINES = 200_000;
const MAX_EXPORT_CELLS = 8_000_000;

/** What is left for the exports still to read. */
export interface ExportBudget {
  lines: number;
  cells: number;
}

export const exportBudget = (): ExportBudget => ({ lines: MAX_EXPORT_LINES, cells: MAX_EXPORT_CELLS });

const NEWLINE = 0x0a;

/** The separator of an export as its header line uses it most: `,`, `;` or a tab (bytes). */
function separatorByte(bytes: Uint8Array, headerEnd: number): number {
  const counts = new Map<number, number>([
    [0x2c, 0],
    [0x3b, 0],
    [0x09, 0],
  ]);
  for (let i = 0; i < headerEnd; i++) {
    const n = counts.get(bytes[i]!);
    if (n !== undefined) counts.set(bytes[i]!, n + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}

/** Spend the lines and cells of an export from the run's budget; the located problem when it goes over. */
export function spendExport(bytes: Uint8Array, budget: ExportBudget): Problem | undefined {
  const headerEnd = bytes.indexOf(NEWLINE);
  const sep = separatorByte(bytes, headerEnd < 0 ? bytes.length : headerEnd);
  let line = 1;
  let cells = 1;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === sep) cells++;
    else if (b === NEWLINE && i + 1 < bytes.length) {
      line++;
      cells++;
      if (line > budget.lines) return problem('actuals.too_many_lines', 'error', '', { line, column: 1 }, { max: new Decimal(MAX_EXPORT_LINES) });
    }
    if (cells > budget.cells) return problem('actuals.too_many_cells', 'error', '', { line, column: 1 }, { max: new Decimal(MAX_EXPORT_CELLS) });
  }
  budget.lines -= line;
  budget.cells -= cells;
  return undefined;
}
