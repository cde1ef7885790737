#!/usr/bin/env node
/**
 * Writes the sample order exports of the examples, deterministically (a seeded
 * generator; same script, same bytes). Column layouts: docs/actuals.md.
 *   node examples/actuals/generate.mjs
 * Bougies Atelier Lumière: Shopify (site) + Etsy « Sold Orders » and « Sold Order Items »;
 * The Kissa: WooCommerce; Maison Orée: a PrestaShop-like export read with a mapping
 * (semicolons, French dates and decimal commas, Latin-1).
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** mulberry32: a small seeded generator. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const cents = (c) => (c / 100).toFixed(2);
const frCents = (c) => cents(c).replace('.', ',');
const pad = (n) => String(n).padStart(2, '0');
const csvCell = (v, sep) => {
  const s = String(v ?? '');
  return s.includes(sep) || s.includes('"') || s.includes('\n') ? `"${s.replace(/"/g, '""')}"` : s;
};
const toCsv = (header, rows, sep = ',') => [header, ...rows].map((r) => r.map((c) => csvCell(c, sep)).join(sep)).join('\r\n') + '\r\n';

function pick(r, items) {
  let x = r();
  for (const it of items) {
    if ((x -= it.mix) < 0) return it;
  }
  return items[items.length - 1];
}

/**
 * Orders of one shop: `perMonth` orders a month (month YYYY-MM → count); lines of 1–3
 * products drawn by mix; a discount code on ~12 % of orders; ~4 % refunded.
 */
function makeOrders({ seed, perMonth, products, extra, shippingCents, freeAboveCents, vatOf }) {
  const r = rng(seed);
  const orders = [];
  let n = 0;
  for (const [month, count, lastDay] of perMonth) {
    const [y, m] = month.split('-').map(Number);
    const days = lastDay ?? new Date(Date.UTC(y, m, 0)).getUTCDate();
    const dates = Array.from({ length: count }, () => 1 + Math.floor(r() * days)).sort((a, b) => a - b);
    for (const day of dates) {
      n += 1;
      const lineCount = r() < 0.7 ? 1 : r() < 0.75 ? 2 : 3;
      const lines = [];
      for (let i = 0; i < lineCount; i++) {
        const p = extra && r() < 0.02 ? extra : pick(r, products);
        const same = lines.find((l) => l.p === p);
        if (same) same.qty += 1;
        else lines.push({ p, qty: r() < 0.85 ? 1 : 2 });
      }
      const subtotal = lines.reduce((s, l) => s + l.p.cents * l.qty, 0);
      const discount = r() < 0.12 ? Math.round(subtotal * 0.1) : 0;
      const shipping = subtotal - discount >= freeAboveCents ? 0 : shippingCents;
      const total = subtotal - discount + shipping;
      const taxes = lines.reduce((s, l) => s + Math.round((l.p.cents * l.qty * (1 - discount / subtotal) * vatOf(l.p)) / (1 + vatOf(l.p))), 0) + Math.round((shipping * vatOf(null)) / (1 + vatOf(null)));
      const roll = r();
      const refund = roll < 0.03 ? total : roll < 0.045 ? lines[0].p.cents : 0;
      const hour = 8 + Math.floor(r() * 14);
      const minute = Math.floor(r() * 60);
      orders.push({ n, date: { y, m, d: day, hour, minute }, lines, subtotal, discount, shipping, total, taxes, refund, status: 'paid' });
    }
  }
  return orders;
}

const iso = (t) => `${t.y}-${pad(t.m)}-${pad(t.d)}`;
const usShort = (t) => `${pad(t.m)}/${pad(t.d)}/${String(t.y).slice(2)}`;

// ---------- Bougies Atelier Lumière: Shopify + Etsy (franchise: no VAT) ----------
const bougies = [
  { id: 'bougie-classique', name: 'Bougie classique 200 g', cents: 2400, mix: 0.55 },
  { id: 'bougie-grand-modele', name: 'Grande bougie 400 g à deux mèches', cents: 3900, mix: 0.2 },
  { id: 'fondants-parfumes', name: 'Fondants parfumés (sachet de 6)', cents: 990, mix: 0.25 },
];
const coffret = { id: 'coffret-noel', name: 'Coffret découverte (édition limitée)', cents: 4500, mix: 0 };
const noVat = () => 0;

function shopify() {
  const orders = makeOrders({
    seed: 11, products: bougies, extra: coffret, shippingCents: 590, freeAboveCents: 6000, vatOf: noVat,
    perMonth: [['2027-01', 15], ['2027-02', 17], ['2027-03', 19], ['2027-04', 18], ['2027-05', 23], ['2027-06', 19], ['2027-07', 8, 14]],
  });
  orders[20].status = 'cancelled';
  orders[33].status = 'test';
  const header = ['Name', 'Email', 'Financial Status', 'Paid at', 'Fulfillment Status', 'Fulfilled at', 'Accepts Marketing', 'Currency', 'Subtotal', 'Shipping', 'Taxes', 'Total', 'Discount Code', 'Discount Amount', 'Shipping Method', 'Created at', 'Lineitem quantity', 'Lineitem name', 'Lineitem price', 'Lineitem compare at price', 'Lineitem sku', 'Lineitem requires shipping', 'Lineitem taxable', 'Lineitem fulfillment status', 'Billing Name', 'Billing City', 'Billing Zip', 'Billing Country', 'Notes', 'Cancelled at', 'Payment Method', 'Refunded Amount', 'Vendor', 'Id', 'Tags', 'Source', 'Lineitem discount'];
  const rows = [];
  for (const o of orders) {
    const at = `${iso(o.date)} ${pad(o.date.hour)}:${pad(o.date.minute)}:00 +0100`;
    const financial = o.status === 'cancelled' ? 'voided' : o.refund === o.total ? 'refunded' : o.refund > 0 ? 'partially_refunded' : 'paid';
    o.lines.forEach((l, i) => {
      const first = i === 0;
      rows.push([
        `#${1000 + o.n}`, first ? `client${o.n}@example.com` : '', first ? financial : '', first && o.status !== 'cancelled' ? at : '', first ? 'fulfilled' : '', first ? at : '', first ? 'no' : '', first ? 'EUR' : '',
        first ? cents(o.subtotal - o.discount) : '', first ? cents(o.shipping) : '', first ? '0.00' : '', first ? cents(o.total) : '', first && o.discount ? 'BIENVENUE10' : '', first ? cents(o.discount) : '', first ? (o.shipping ? 'Colissimo' : 'Livraison offerte') : '', first ? at : '',
        l.qty, l.p.name, cents(l.p.cents), '', l.p.id, 'true', 'false', 'fulfilled', first ? `Client ${o.n}` : '', first ? 'Lyon' : '', first ? '69001' : '', first ? 'FR' : '', '', first && o.status === 'cancelled' ? at : '',
        first ? (o.status === 'test' ? 'bogus' : 'Shopify Payments') : '', first ? cents(o.refund) : '', 'Atelier Lumière', first ? String(5100000 + o.n) : '', first && o.status === 'test' ? 'test' : '', first ? 'web' : '', '0.00',
      ]);
    });
  }
  return toCsv(header, rows);
}

function etsy() {
  const orders = makeOrders({
    seed: 23, products: bougies, extra: null, shippingCents: 590, freeAboveCents: 6000, vatOf: noVat,
    perMonth: [['2027-01', 8], ['2027-02', 9], ['2027-03', 10], ['2027-04', 10], ['2027-05', 12], ['2027-06', 10], ['2027-07', 4, 14]],
  });
  orders[12].status = 'cancelled';
  const ordersHeader = ['Sale Date', 'Order ID', 'Buyer User ID', 'Full Name', 'First Name', 'Last Name', 'Number of Items', 'Payment Method', 'Date Shipped', 'Street 1', 'Street 2', 'Ship City', 'Ship State', 'Ship Zipcode', 'Ship Country', 'Currency', 'Order Value', 'Coupon Code', 'Coupon Details', 'Discount Amount', 'Shipping Discount', 'Shipping', 'Sales Tax', 'Order Total', 'Status', 'Card Processing Fees', 'Order Net', 'Adjusted Order Total', 'Adjusted Card Processing Fees', 'Adjusted Net Order Amount', 'Buyer', 'Order Type', 'Payment Type', 'InPerson Discount', 'InPerson Location', 'SKU'];
  const itemsHeader = ['Sale Date', 'Item Name', 'Buyer', 'Quantity', 'Price', 'Coupon Code', 'Coupon Details', 'Discount Amount', 'Shipping Discount', 'Order Shipping', 'Order Sales Tax', 'Item Total', 'Currency', 'Transaction ID', 'Listing ID', 'Date Paid', 'Date Shipped', 'Ship Name', 'Ship Address1', 'Ship Address2', 'Ship City', 'Ship State', 'Ship Zipcode', 'Ship Country', 'Order ID', 'Variations', 'Order Type', 'Listings Type', 'Payment Type', 'InPerson Discount', 'InPerson Location', 'VAT Paid by Buyer', 'SKU'];
  const orderRows = [];
  const itemRows = [];
  for (const o of orders) {
    const id = String(3100000000 + o.n * 7919);
    const d = usShort(o.date);
    const fee = Math.round(o.total * 0.04) + 30;
    const items = o.lines.reduce((s, l) => s + l.qty, 0);
    const adjusted = o.refund ? o.total - o.refund : null;
    orderRows.push([
      d, id, String(88000000 + o.n), `Acheteur ${o.n}`, 'Acheteur', String(o.n), items, 'Etsy Payments', d, '1 rue des Lilas', '', 'Paris', '', '75011', 'France', 'EUR', cents(o.subtotal), o.discount ? 'MERCI10' : '', o.discount ? '10% off' : '', cents(o.discount), '0.00', cents(o.shipping), '0.00', cents(o.total),
      o.status === 'cancelled' ? 'Canceled' : 'Completed', cents(fee), cents(o.total - fee), adjusted === null ? '' : cents(adjusted), adjusted === null ? '' : cents(fee), adjusted === null ? '' : cents(adjusted - fee), `acheteur${o.n}`, 'online', 'online_cc', '', '', o.lines.map((l) => l.p.id).join(','),
    ]);
    o.lines.forEach((l, i) => {
      const lineDiscount = Math.round((o.discount * l.p.cents * l.qty) / o.subtotal);
      itemRows.push([
        d, l.p.name, `acheteur${o.n}`, l.qty, cents(l.p.cents), o.discount ? 'MERCI10' : '', o.discount ? '10% off' : '', cents(lineDiscount), '0.00', cents(o.shipping), '0.00', cents(l.p.cents * l.qty - lineDiscount), 'EUR', String(4200000000 + o.n * 10 + i), String(1500000000 + bougies.indexOf(l.p)), d, d,
        `Acheteur ${o.n}`, '1 rue des Lilas', '', 'Paris', '', '75011', 'France', id, '', 'online', 'listing', 'online_cc', '', '', '0.00', l.p.id,
      ]);
    });
  }
  return { orders: toCsv(ordersHeader, orderRows), items: toCsv(itemsHeader, itemRows) };
}

// ---------- The Kissa: WooCommerce (normal VAT regime) ----------
const kissa = [
  { id: 'sencha-shizuoka', name: 'Sencha fukamushi de Shizuoka, 100 g', cents: 1800, mix: 0.45, vat: 0.055 },
  { id: 'matcha-uji', name: "Matcha de cérémonie d'Uji, 30 g", cents: 2800, mix: 0.35, vat: 0.055 },
  { id: 'kyusu-tokoname', name: 'Théière kyusu de Tokoname, 300 ml', cents: 7200, mix: 0.2, vat: 0.2 },
];
const carte = { id: 'carte-cadeau-50', name: 'Carte cadeau 50 €', cents: 5000, mix: 0, vat: 0 };

function woo() {
  const vatOf = (p) => (p === null ? 0.2 : p.vat);
  const orders = makeOrders({
    seed: 37, products: kissa, extra: carte, shippingCents: 550, freeAboveCents: 7000, vatOf,
    perMonth: [['2027-09', 70], ['2027-10', 86], ['2027-11', 98], ['2027-12', 121], ['2028-01', 80], ['2028-02', 30, 10]],
  });
  orders[40].status = 'cancelled';
  const header = ['Order Number', 'Order Status', 'Order Date', 'Customer Note', 'First Name (Billing)', 'Last Name (Billing)', 'City (Billing)', 'Postcode (Billing)', 'Country Code (Billing)', 'Email (Billing)', 'Payment Method Title', 'Cart Discount Amount', 'Order Subtotal Amount', 'Shipping Method Title', 'Order Shipping Amount', 'Order Shipping Tax Amount', 'Order Refund Amount', 'Order Total Amount', 'Order Total Tax Amount', 'Order Currency', 'Item #', 'SKU', 'Item Name', 'Quantity', 'Item Cost (inc. tax)', 'Coupon Code'];
  const rows = [];
  for (const o of orders) {
    const status = o.status === 'cancelled' ? 'Cancelled' : o.refund === o.total ? 'Refunded' : 'Completed';
    const shipTax = Math.round((o.shipping * 0.2) / 1.2);
    o.lines.forEach((l, i) => {
      rows.push([
        String(2000 + o.n), status, `${iso(o.date)} ${pad(o.date.hour)}:${pad(o.date.minute)}`, '', 'Client', String(o.n), 'Bordeaux', '33000', 'FR', `client${o.n}@example.com`, 'Carte bancaire (Stripe)', cents(o.discount), cents(o.subtotal), o.shipping ? 'Colissimo' : 'Livraison offerte',
        cents(o.shipping - shipTax), cents(shipTax), cents(o.refund), cents(o.total), cents(o.taxes), 'EUR', i + 1, l.p.id, l.p.name, l.qty, cents(l.p.cents), o.discount ? 'BIENVENUE10' : '',
      ]);
    });
  }
  return toCsv(header, rows);
}

// ---------- Maison Orée: PrestaShop-like export with a mapping (Latin-1, French formats) ----------
const oree = [
  { id: 'chemise-lin', name: 'Chemise en lin lavé', cents: 9500, mix: 0.4, vat: 0.2 },
  { id: 'pull-merinos', name: 'Pull en laine mérinos', cents: 13500, mix: 0.25, vat: 0.2 },
  { id: 'tshirt-coton-bio', name: 'T-shirt en coton biologique', cents: 4200, mix: 0.35, vat: 0.2 },
];
const foulard = { id: 'FOUL-SOIE', name: 'Foulard en soie (série limitée)', cents: 6500, mix: 0, vat: 0.2 };

function presta() {
  const orders = makeOrders({
    seed: 53, products: oree, extra: foulard, shippingCents: 490, freeAboveCents: 12000, vatOf: () => 0.2,
    perMonth: [['2027-03', 30], ['2027-04', 41], ['2027-05', 44], ['2027-06', 47], ['2027-07', 20, 15]],
  });
  orders[15].status = 'cancelled';
  const header = ['Référence', 'Date', 'État', 'Client', 'Produit', 'Référence produit', 'Quantité', 'Prix unitaire TTC', 'Réduction TTC', 'Frais de port TTC', 'TVA', 'Total payé TTC', 'Remboursé'];
  const rows = [];
  for (const o of orders) {
    const ref = `ORE${String(o.n).padStart(5, '0')}`;
    const state = o.status === 'cancelled' ? 'Annulée' : o.refund ? 'Remboursé' : 'Livré';
    const date = `${pad(o.date.d)}/${pad(o.date.m)}/${o.date.y} ${pad(o.date.hour)}:${pad(o.date.minute)}`;
    o.lines.forEach((l) => {
      rows.push([ref, date, state, `Cliente ${o.n}`, l.p.name, l.p.id, l.qty, frCents(l.p.cents), frCents(o.discount), frCents(o.shipping), frCents(o.taxes), frCents(o.total), frCents(o.refund)]);
    });
  }
  return Buffer.from(toCsv(header, rows, ';'), 'latin1');
}

writeFileSync(join(here, 'bougies-shopify-commandes.csv'), shopify());
const e = etsy();
writeFileSync(join(here, 'bougies-etsy-sold-orders.csv'), e.orders);
writeFileSync(join(here, 'bougies-etsy-sold-order-items.csv'), e.items);
writeFileSync(join(here, 'kissa-woocommerce-commandes.csv'), woo());
writeFileSync(join(here, 'oree-prestashop-commandes.csv'), presta());
