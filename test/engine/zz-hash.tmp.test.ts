import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { test } from 'vitest';
import { computeForecast, computeSensitivity, SCENARIOS } from '../../src/engine/index.js';
import { isDecimal } from '../../src/model/decimal.js';
import { loadText } from '../../src/model/load.js';
import { rawProject, toProject } from './arbitrary.js';

const files = [
  'examples/bougies-atelier-lumiere.ecomplan.yaml',
  'examples/the-kissa-import.ecomplan.yaml',
  'examples/vetements-maison-oree.ecomplan.yaml',
  'test/fixtures/forecast/atelier.ecomplan.yaml',
  'test/fixtures/forecast/no-channels.ecomplan.yaml',
  'test/fixtures/check/complete.ecomplan.yaml',
];
const dump = (v: unknown): string => JSON.stringify(v, (_k, x) => (isDecimal(x) ? `D${x.isNeg() ? '-' : ''}${x.abs().toString()}` : x));
test('hash', () => {
  const projects = files.map((f) => loadText({ name: f, text: readFileSync(f, 'utf8') }).project!);
  const kissa = projects[1]!;
  for (const company of [
    { legal_form: 'ei', activity: 'goods', vat_regime: 'normal', vat_number: 'FR1' },
    { legal_form: 'ei', corporate_tax: true, activity: 'goods', vat_regime: 'normal' },
    { legal_form: 'sarl', manager: 'minority', activity: 'goods', vat_regime: 'normal', acre: true },
    { legal_form: 'sas', activity: 'goods', vat_regime: 'normal' },
    { legal_form: 'eurl', activity: 'goods', vat_regime: 'franchise', acre: true },
    { legal_form: 'micro_entreprise', activity: 'goods', vat_regime: 'franchise', acre: true, versement_liberatoire: true },
  ])
    projects.push({ ...kissa, company: { ...kissa.company!, social_rate: undefined, ...company } as never });
  const samples = fc.sample(rawProject, { numRuns: 40, seed: 42 });
  for (const raw of samples) {
    const p = toProject(raw);
    if (p) projects.push(p);
  }
  const h = createHash('sha256');
  const out: string[] = [];
  projects.forEach((p, i) => {
    let s = '';
    for (const sc of SCENARIOS) s += dump(computeForecast(p, { scenario: sc }));
    s += dump(
      computeSensitivity(p)
        .filter((r) => r.hypothesis !== 'return_rate')
        .map((r) => ({ ...r, resultRank: 0, cashRank: 0 })),
    );
    h.update(s);
    out.push(`${i} ${createHash('sha256').update(s).digest('hex').slice(0, 16)}`);
  });
  writeFileSync(process.env.HASH_OUT ?? '/tmp/risk-hash/out.txt', `${out.join('\n')}\nALL ${h.digest('hex')}\n`);
});
