/**
 * Every message id `check` can produce exists in French and English, and both
 * languages use the same placeholders.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CRITERIA } from '../../src/criteria/index.js';
import { FINDING_CODES } from '../../src/criteria/findings.js';
import { criteriaCatalog } from '../../src/i18n/catalogs/criteria.js';
import { hasMessage } from '../../src/i18n/index.js';
import { ROOT } from '../helpers/cli.js';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)(?::[\w.]+)?\}/g)].map((m) => m[1]).sort();

describe('criteria catalog', () => {
  it('has the same placeholders in French and English', () => {
    for (const [id, m] of Object.entries(criteriaCatalog)) expect([id, placeholders(m.fr)]).toEqual([id, placeholders(m.en)]);
  });
  it('knows every id the criteria, findings and the command use', () => {
    const dir = join(ROOT, 'src', 'criteria');
    const sources = [...readdirSync(dir).map((f) => join(dir, f)), join(ROOT, 'src', 'cli', 'run', 'check.ts')].map((f) => readFileSync(f, 'utf8')).join('\n');
    const ids = new Set([...sources.matchAll(/'((?:gap|criteria|finding|config|check)\.[\w.]+)'/g)].map((m) => m[1]!));
    for (const c of CRITERIA) ids.add(`criteria.${c.id}.pass`);
    for (const code of FINDING_CODES) ids.add(code);
    for (const clause of ['seller', 'prices', 'ordering', 'payment', 'delivery', 'withdrawal', 'guarantees', 'mediator', 'personal_data']) ids.add(`gap.cgv.${clause}`);
    ids.delete('gap.cgv.');
    const missing = [...ids].filter((id) => !hasMessage(id));
    expect(missing).toEqual([]);
  });
});
