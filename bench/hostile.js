// Hostile project files (issue 24): inputs that cost super-linear time or memory before the fixes,
// generated at a given size from the bundled example. Used by the bench (`npm run bench -- --only hostile`)
// and by test/bad-inputs/hostile.test.ts. Each function returns the text of a project file.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const BOUGIES = () => readFileSync(join(root, 'examples/bougies-atelier-lumiere.ecomplan.yaml'), 'utf8');

/** The example with `line` inserted after the line that starts with `after` (which must exist). */
function insertAfter(text, after, line) {
  const at = text.indexOf(after);
  if (at < 0) throw new Error(`hostile: « ${after} » not found in the example`);
  const end = text.indexOf('\n', at) + 1;
  return text.slice(0, end) + line + text.slice(end);
}

/** Room left for the hostile part so that the whole file is about `bytes`. */
const room = (base, bytes) => Math.max(16, bytes - base.length - 64);

/** A `transfers` text « aucun », then spaces, then a letter: the « none » regex of C5.4 backtracked on it. */
export function transfersSpaces(bytes) {
  const base = BOUGIES();
  return base.replace('transfers: États-Unis, Data Privacy Framework', `transfers: "aucun${' '.repeat(room(base, bytes))}x"`);
}

/** A recipient of `(` after `(` then a line break: `nameWords`' `\(.*$` tried every `(` to the end, per tool. */
export function recipientParens(bytes) {
  const base = BOUGIES();
  return base.replace('recipients: [Brevo]', `recipients: [Brevo, "x${'('.repeat(room(base, bytes))}\\ny"]`);
}

/** A key under a line of spaces then a word: the parser's multi-line key error ran a backtracking regex over the spaces. */
export function indentSpaces(bytes) {
  const n = Math.floor(room('', bytes) / 2);
  return `ecomplan: 1\nproject:\n${' '.repeat(n)}name\n${' '.repeat(n + 3)}x: 1\n`;
}

/** A supplier id and references to other suppliers, each 40 000 characters long: « did you mean » compared them letter by letter. */
export function longNames(bytes) {
  const base = BOUGIES();
  const each = 40_000;
  const count = Math.max(1, Math.floor(room(base, bytes) / (each + 40)) - 1);
  const refs = Array.from({ length: count }, (_, i) => `${'s'.repeat(each)}${i}`);
  const supplier = `    - { id: ${'s'.repeat(each)}x, name: Fournisseur au long nom }\n`;
  return insertAfter(base.replace('suppliers: [cire-du-sud, cirexport] }', `suppliers: [cire-du-sud, cirexport, ${refs.join(', ')}] }`), '  list:', supplier);
}

/** A mapping of `count` keys (supplier scores), all different or all the same: the parser compared each key with every other. */
export function manyKeys(bytes, { same = false } = {}) {
  const head = 'ecomplan: 1\nsuppliers:\n  list:\n    - id: x\n      name: X\n      scores:\n';
  const line = (i) => (same ? '        k: 1\n' : `        k${i}: 1\n`);
  const parts = [head];
  let size = head.length;
  for (let i = 0; size < bytes - 32; i++) {
    const l = line(i);
    parts.push(l);
    size += l.length;
  }
  return parts.join('');
}

/** The i-th of n shares (percent, 6 decimals) that add up to exactly 100 %: the first ones take the remainder. */
function shareOf(i, n) {
  const steps = 100_000_000;
  const each = Math.floor(steps / n);
  const v = each + (i < steps - each * n ? 1 : 0);
  return `${Math.floor(v / 1_000_000)}.${String(v % 1_000_000).padStart(6, '0')}`;
}

/** `products` × `channels`: a small file whose unit economics are a table of products × channels rows. */
export function productsByChannels(products, channels) {
  const lines = [
    'ecomplan: 1',
    'project: { name: Grand catalogue, start: 2027-01, horizon_months: 12 }',
    'company: { legal_form: micro_entreprise, activity: goods, vat_regime: franchise }',
    'demand: { conversion_rate: 2%, items_per_order: 1 }',
    'acquisition:',
    '  - { id: seo, kind: seo, visitors: 1000, monthly_cost: 0 }',
    'suppliers: { list: [{ id: s, name: S }] }',
    'channels:',
  ];
  for (let c = 0; c < channels; c++) lines.push(`  - { id: c${c}, name: C${c}, kind: marketplace, share: ${shareOf(c, channels)}% }`);
  lines.push('products:');
  for (let p = 0; p < products; p++) lines.push(`  - { id: p${p}, name: P${p}, price: 20, vat_rate: 20%, mix: ${shareOf(p, products)}%, strategy: resale, purchase_cost: 5, supplier: s }`);
  return `${lines.join('\n')}\n`;
}
