/**
 * A monthly cost written twice (issue 23): two fixed costs with the same label, or with the same
 * monthly amount from the same provider — a sales channel named in the label, whose own
 * `monthly_fee` is a fixed cost too. Each is a warning « compté deux fois ? » at the second line,
 * naming the first: two costs whose months do not overlap (a rent that changes) are not repeated.
 */
import type { Path } from '../diagnostics/diagnostic.js';
import type { Decimal } from './decimal.js';
import { monthIndex } from './fields.js';
import type { ProjectFile } from './schema.js';

/** A line of the fixed charges: a `fixed_costs` item or a channel's `monthly_fee`. */
interface CostLine {
  path: Path;
  name: string;
  /** The label compared: lower case, no accents, words joined by one space. */
  label: string;
  monthly: Decimal;
  from: number;
  until: number;
  /** Indexes of the channels this line is paid to (a channel's own fee: itself). */
  providers: Set<number>;
}

export interface TwiceFinding {
  code: 'fixed_cost.twice_label' | 'fixed_cost.twice_amount';
  path: Path;
  data: { name: string; other: string; other_path: Path };
}

/** `Abonnement de la Boutique en ligne` → `abonnement de la boutique en ligne`. */
function comparableLabel(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Whether `words` appear in `label` as whole words. */
const names = (label: string, words: string): boolean => words !== '' && ` ${label} `.includes(` ${words} `);

function costLines(p: ProjectFile): CostLine[] {
  const H = p.project.horizon_months;
  const start = p.project.start;
  const channels = (p.channels ?? []).map((c) => ({ name: comparableLabel(c.name), id: comparableLabel(c.id) }));
  const lines: CostLine[] = [];
  p.channels?.forEach((c, i) => {
    if (c.monthly_fee && !c.monthly_fee.isZero())
      lines.push({ path: ['channels', i, 'monthly_fee'], name: c.name, label: comparableLabel(c.name), monthly: c.monthly_fee, from: 1, until: H, providers: new Set([i]) });
  });
  p.fixed_costs?.forEach((f, i) => {
    const monthly = f.monthly ?? f.yearly?.div(12);
    if (monthly === undefined) return; // an error of its own (fixed_cost.monthly_or_yearly)
    const label = comparableLabel(f.name);
    const providers = new Set<number>();
    channels.forEach((c, j) => {
      if (names(label, c.name) || names(label, c.id)) providers.add(j);
    });
    const from = f.from === undefined ? 1 : monthIndex(f.from, start);
    const until = f.until === undefined ? H : monthIndex(f.until, start);
    lines.push({ path: ['fixed_costs', i], name: f.name, label, monthly, from, until, providers });
  });
  return lines;
}

const overlap = (a: CostLine, b: CostLine): boolean => a.from <= b.until && b.from <= a.until;
const shareProvider = (a: CostLine, b: CostLine): boolean => [...a.providers].some((x) => b.providers.has(x));

/** The fixed costs that repeat an earlier line (at most one finding per line, the first line it repeats). */
export function costsCountedTwice(p: ProjectFile): TwiceFinding[] {
  const lines = costLines(p);
  const out: TwiceFinding[] = [];
  // Fixed costs are at most 1 000 and channels 1 000 (fields.ts): a pairwise look stays bounded; labels are grouped first.
  const byLabel = new Map<string, CostLine>();
  lines.forEach((line, k) => {
    const sameLabel = byLabel.get(line.label);
    if (!byLabel.has(line.label)) byLabel.set(line.label, line);
    if (line.path[0] !== 'fixed_costs') return;
    if (sameLabel && overlap(sameLabel, line)) {
      out.push({ code: 'fixed_cost.twice_label', path: line.path, data: { name: line.name, other: sameLabel.name, other_path: sameLabel.path } });
      return;
    }
    if (line.providers.size === 0) return;
    const twin = lines.slice(0, k).find((o) => o.monthly.eq(line.monthly) && shareProvider(o, line) && overlap(o, line));
    if (twin) out.push({ code: 'fixed_cost.twice_amount', path: line.path, data: { name: line.name, other: twin.name, other_path: twin.path } });
  });
  return out;
}
