/**
 * Order lines → products: by `products[].sku` (or the product id written as a
 * SKU), else by name (case, accents and spacing ignored). What matches nothing is
 * grouped by SKU, a line without SKU by its product name, and reported, never dropped.
 */
import { type Decimal, ZERO } from '../model/decimal.js';
import type { ProjectFile } from '../model/schema.js';
import type { Order } from './types.js';

interface MatchedLine {
  productId: string | null;
  quantity: Decimal;
}

export interface Unmatched {
  /** The SKU, else the name, as written in the first line met; empty when the line has neither. */
  key: string;
  units: Decimal;
  orders: number;
  /** `file:line` of its first line in the exports (in the order given; Etsy files are newest first). */
  where: string;
}

export interface Matching {
  /** Counted orders with their lines matched, in the orders' order. */
  lines: Map<Order, MatchedLine[]>;
  unmatched: Unmatched[];
  left: { cancelled: number; test: number; pending: number };
  /** Units of the counted orders, and those that matched a product. */
  units: { all: Decimal; matched: Decimal };
}

const normalise = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s\u00A0\u202F]+/g, ' ')
    .trim();

type Group = Unmatched & { seen: Set<string>; rank: [number, number] };

const before = (a: [number, number], b: [number, number]) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);

function addUnmatched(groups: Map<string, Group>, order: Order, line: Order['lines'][number]): void {
  const key = line.sku ? `sku:${normalise(line.sku)}` : `name:${normalise(line.name)}`;
  const rank: [number, number] = [order.exportIndex ?? 0, line.line];
  const group = groups.get(key) ?? { key: line.sku || line.name, units: ZERO, orders: 0, where: '', seen: new Set<string>(), rank };
  if (group.where === '' || before(rank, group.rank)) Object.assign(group, { where: `${order.file}:${line.line}`, rank });
  group.units = group.units.plus(line.quantity);
  if (!group.seen.has(order.id)) group.orders += 1;
  group.seen.add(order.id);
  groups.set(key, group);
}

/** `includePending`: pending orders are counted as sales (`--include-pending`). */
export function matchOrders(project: ProjectFile, orders: readonly Order[], includePending = false): Matching {
  const bySku = new Map<string, string>();
  const byName = new Map<string, string>();
  for (const p of project.products) {
    bySku.set(normalise(p.id), p.id);
    if (p.sku) bySku.set(normalise(p.sku), p.id);
    byName.set(normalise(p.name), p.id);
  }
  const lines = new Map<Order, MatchedLine[]>();
  const groups = new Map<string, Group>();
  const left = { cancelled: 0, test: 0, pending: 0 };
  const units = { all: ZERO, matched: ZERO };
  for (const order of orders) {
    if (order.status !== 'kept' && !(order.status === 'pending' && includePending)) {
      left[order.status as keyof typeof left] += 1;
      continue;
    }
    const matched = order.lines.map((l) => {
      const productId = (l.sku && bySku.get(normalise(l.sku))) || byName.get(normalise(l.name)) || null;
      units.all = units.all.plus(l.quantity);
      if (productId === null) addUnmatched(groups, order, l);
      else units.matched = units.matched.plus(l.quantity);
      return { productId, quantity: l.quantity };
    });
    lines.set(order, matched);
  }
  const unmatched = [...groups.values()].map(({ seen: _seen, rank: _rank, ...u }) => u).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { lines, unmatched, left, units };
}
