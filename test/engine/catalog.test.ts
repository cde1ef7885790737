/** Every message id the engine and its formatters use exists, in French and English, with the same placeholders. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { engine } from '../../src/i18n/catalogs/engine.js';
import { hasMessage } from '../../src/i18n/index.js';
import { LEVER_NAMES } from '../../src/engine/index.js';
import { STRATEGIES } from '../../src/model/schema.js';
import { ROOT } from '../helpers/cli.js';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)(?::[\w.]+)?\}/g)].map((m) => m[1]).sort();

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

describe('engine catalog', () => {
  it('French and English carry the same placeholders', () => {
    for (const [id, m] of Object.entries(engine)) expect(placeholders(m.en), id).toEqual(placeholders(m.fr));
  });

  it('every literal id used by the engine, the formatters and the commands exists', () => {
    const files = [...sources(join(ROOT, 'src', 'engine')), ...sources(join(ROOT, 'src', 'render')), join(ROOT, 'src', 'cli', 'run', 'forecast.ts')];
    const ids = new Set<string>();
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      for (const m of text.matchAll(/(?:code: |t\(\w+(?:\.lang)?, |id: |row\()'([a-z_]+(?:\.[a-z_]+)+)'/g)) ids.add(m[1]!);
    }
    expect(ids.size).toBeGreaterThan(40);
    const missing = [...ids].filter((id) => !hasMessage(id) && !id.startsWith('plan.needs.'));
    expect(missing).toEqual([]);
  });

  it('ids built from values exist for every value', () => {
    const built = [
      ...LEVER_NAMES.map((h) => `hypothesis.${h}`),
      ...STRATEGIES.map((s) => `strategy.${s}`),
      ...['base', 'pessimistic', 'optimistic'].map((s) => `scenario.${s}`),
      ...['start', 'sales', 'financing', 'total_in', 'purchases', 'expenses', 'investments', 'vat', 'loan_repayments', 'social_and_tax', 'owner_pay', 'corporate_tax', 'total_out', 'net', 'end'].map(
        (k) => `cash.${k}`,
      ),
      ...['unit_cost', 'fees', 'shipping', 'returns', 'contribution', 'markup', 'margin', 'coefficient'].map((k) => `margin.col.${k}`),
      ...['month', 'sold', 'purchase_units', 'purchase_value', 'stock_units', 'stock_value', 'forced'].map((k) => `stock.col.${k}`),
      ...['low', 'high', 'swing', 'rank', 'hypothesis'].map((k) => `sens.col.${k}`),
    ];
    expect(built.filter((id) => !hasMessage(id))).toEqual([]);
  });
});
