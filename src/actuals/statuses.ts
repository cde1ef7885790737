/**
 * What each platform's order statuses mean, as data: one rule across importers.
 *
 * - `kept`: a sale (paid, shipped, partly refunded…);
 * - `pending`: not paid yet (cash on delivery, a bank transfer or a cheque awaited): shown apart
 *   with its amount, counted only with `--include-pending`;
 * - `cancelled`: never paid (cancelled, failed, a draft): left out;
 * - `refunded`: a sale refunded in full when the export gives no refunded amount;
 * - `test`: a test order: left out.
 *
 * A status written in no table is a sale. Names are matched without regard to case, and
 * WooCommerce's `wc-` prefix is ignored. Sources: docs/actuals.md.
 */
import type { OrderStatus } from './types.js';

export type StatusMeaning = OrderStatus | 'refunded';

export interface StatusTable {
  exact: Readonly<Record<string, StatusMeaning>>;
  /** Words that give the meaning wherever they are in the status, checked in order. */
  contains?: ReadonlyArray<readonly [string, StatusMeaning]>;
}

/** Shopify's `Financial Status`. */
export const SHOPIFY_STATUS: StatusTable = {
  exact: {
    pending: 'pending',
    authorized: 'kept',
    partially_paid: 'kept',
    paid: 'kept',
    partially_refunded: 'kept',
    refunded: 'kept',
    voided: 'cancelled',
    expired: 'cancelled',
  },
};

/** WooCommerce: the status slugs, and their English and French names as the plugins write them. */
export const WOO_STATUS: StatusTable = {
  exact: {
    pending: 'pending',
    'pending payment': 'pending',
    'en attente de paiement': 'pending',
    'on-hold': 'pending',
    'on hold': 'pending',
    'en attente': 'pending',
    processing: 'kept',
    'en cours': 'kept',
    completed: 'kept',
    terminée: 'kept',
    refunded: 'refunded',
    remboursée: 'refunded',
    cancelled: 'cancelled',
    annulée: 'cancelled',
    failed: 'cancelled',
    échouée: 'cancelled',
    'checkout-draft': 'cancelled',
    draft: 'cancelled',
    brouillon: 'cancelled',
    trash: 'cancelled',
  },
};

/** PrestaShop's order states as installed in French and English (install-dev/langs/{fr,en}/data/order_state.xml). */
export const PRESTASHOP_STATUS: StatusTable = {
  exact: {
    'en attente de paiement par chèque': 'pending',
    'paiement accepté': 'kept',
    'en cours de préparation': 'kept',
    expédié: 'kept',
    livré: 'kept',
    annulé: 'cancelled',
    remboursé: 'refunded',
    remboursement: 'refunded',
    'erreur de paiement': 'cancelled',
    'en attente de réapprovisionnement (payé)': 'kept',
    'en attente de réapprovisionnement (non payé)': 'pending',
    'en cours de réapprovisionnement': 'kept',
    'en attente de virement bancaire': 'pending',
    'en attente de paiement paypal': 'pending',
    'paiement à distance accepté': 'kept',
    'en attente de paiement à la livraison': 'pending',
    'awaiting check payment': 'pending',
    'awaiting cheque payment': 'pending',
    'payment accepted': 'kept',
    'processing in progress': 'kept',
    shipped: 'kept',
    delivered: 'kept',
    canceled: 'cancelled',
    refunded: 'refunded',
    'payment error': 'cancelled',
    'on backorder (paid)': 'kept',
    'on backorder (not paid)': 'pending',
    'awaiting bank wire payment': 'pending',
    'awaiting paypal payment': 'pending',
    'remote payment accepted': 'kept',
    'awaiting cash on delivery validation': 'pending',
  },
};

/** Etsy « Sold Orders » `Status`: an Etsy order is paid when it is placed. */
export const ETSY_STATUS: StatusTable = {
  exact: {},
  contains: [
    ['cancel', 'cancelled'],
    ['annul', 'cancelled'],
  ],
};

/** A generic export's `status` column, read by words (any language the shop writes). */
export const GENERIC_STATUS: StatusTable = {
  exact: { test: 'test' },
  contains: [
    ['annul', 'cancelled'],
    ['cancel', 'cancelled'],
    ['failed', 'cancelled'],
    ['échou', 'cancelled'],
    ['attente', 'pending'],
    ['pending', 'pending'],
    ['on-hold', 'pending'],
    ['unpaid', 'pending'],
    ['impayé', 'pending'],
  ],
};

export function statusMeaning(table: StatusTable, raw: string): StatusMeaning {
  const s = raw.normalize('NFC').trim().toLowerCase().replace(/^wc-/, '');
  // Own keys only: a status written `constructor` is a word, not a property of every object.
  if (Object.hasOwn(table.exact, s)) return table.exact[s]!;
  return table.contains?.find(([word]) => s.includes(word))?.[1] ?? 'kept';
}
