/**
 * Order lines → products: by `products[].sku` (or the product id written as a
 * SKU), else by name (case, accents and spacing ignored). What matches nothing is
 * grouped by SKU or name and reported, never dropped.
 */
import { type Decimal, ZERO } from '../model/decimal.js';
import type { ProjectFile } from '../model/schema.js';
import type { Order } from './types.js';

interface MatchedLine {
  productId: string | null;
  quantity: Decimal;
}

export interface Unmatched {
  /** The SKU, else the name, as written in the first line met. */
  key: string;
  units: Decimal;
  orders: number;
  /** `file:line` of the first line met. */
  where: string;
}

export interface Matching {
  /** Kept orders with their lines matched, in the orders' order. */
  lines: Map<Order, MatchedLine[]>;
  unmatched: Unmatched[];
  left: { cancelled: number; test: number };
}

const normalise = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s\u00A0\u202F]+/g, ' ')
    .trim();

export function matchOrders(project: ProjectFile, orders: readonly Order[]): Matching {
  const bySku = new Map<string, string>();
  const byName = new Map<string, string>();
  for (const p of project.products) {
    bySku.set(normalise(p.id), p.id);
    if (p.sku) bySku.set(normalise(p.sku), p.id);
    byName.set(normalise(p.name), p.id);
  }
  const lines = new Map<Order, MatchedLine[]>();
  const unmatched = new Map<string, Unmatched & { seen: Set<string> }>();
  const left = { cancelled: 0, test: 0 };
  for (const order of orders) {
    if (order.status !== 'kept') {
      left[order.status] += 1;
      continue;
    }
    lines.set(
      order,
      order.lines.map((l) => {
        const productId = (l.sku && bySku.get(normalise(l.sku))) || byName.get(normalise(l.name)) || null;
        if (productId === null) {
          const key = l.sku || l.name || '?';
          const group = unmatched.get(normalise(key)) ?? {
            key,
            units: ZERO,
            orders: 0,
            where: `${order.file}:${l.line}`,
            seen: new Set<string>(),
          };
          group.units = group.units.plus(l.quantity);
          if (!group.seen.has(order.id)) group.orders += 1;
          group.seen.add(order.id);
          unmatched.set(normalise(key), group);
        }
        return { productId, quantity: l.quantity };
      }),
    );
  }
  const list = [...unmatched.values()].map(({ seen: _seen, ...u }) => u).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { lines, unmatched: list, left };
}
