/** `ecomplan risk` in process: the three examples, the JSON contract, same seed → same bytes whatever --jobs, errors at file:line:col. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { example, run } from '../helpers/cli.js';
import { exampleFiles, projectName } from '../helpers/projects.js';

const AMOUNT = /^-?\d+\.\d{2}$/;
const KISSA = example('the-kissa-import.ecomplan.yaml');
const tmp = mkdtempSync(join(tmpdir(), 'ecomplan-risk-'));
/** The Kissa example without its risk section, then `tail` (YAML text). */
function kissaWith(name: string, tail: string, change: (s: string) => string = (s) => s): string {
  const file = join(tmp, `${name}.ecomplan.yaml`);
  writeFileSync(file, `${change(readFileSync(KISSA, 'utf8').replace(/^risk:\n(?: {2}.*\n|\n)*/m, ''))}${tail}`);
  return file;
}

describe('ecomplan risk on the examples (ranges read from their scenarios)', () => {
  it.each(exampleFiles().map((p) => [projectName(p), p]))('%s: JSON contract', (_name, file) => {
    const r = run(['risk', file, '--draws', '128', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j).toMatchObject({ ecomplan: 1, draws: 128, seed: 1, method: { replicates: 16, arithmetic: expect.stringContaining('float64'), uncertainty: expect.stringContaining('scenarios') } });
    expect(j.method.audit.within_one_cent).toBe(true);
    expect(j.levers.map((l: { lever: string }) => l.lever)).toEqual(expect.arrayContaining(['traffic', 'conversion']));
    expect(j.cash_negative.by_year).toHaveLength(3);
    for (const e of [j.cash_negative, ...j.cash_negative.by_year]) {
      expect(e.probability).toBeGreaterThanOrEqual(0);
      expect(e.probability).toBeLessThanOrEqual(1);
      expect(e.standard_error).toBeGreaterThanOrEqual(0);
    }
    expect(j.financing_needed.p90).toMatch(AMOUNT);
    expect(Number(j.financing_needed.p95)).toBeGreaterThanOrEqual(Number(j.financing_needed.p90));
    for (const key of ['revenue_ht_year1', 'net_result_year1', 'lowest_cash']) {
      const o = j.outputs[key];
      const q = ['p5', 'p10', 'p25', 'p50', 'p75', 'p90', 'p95'].map((k) => o[k]);
      for (const v of [...q, o.mean, o.plan]) expect(v).toMatch(AMOUNT);
      expect(q.map(Number)).toEqual([...q.map(Number)].sort((a, b) => a - b));
      expect(o.pessimistic.percentile).toBeGreaterThanOrEqual(0);
    }
    expect(j.break_even.by_month.map((b: { month: number }) => b.month)).toEqual([6, 12, 24, 36]);
    expect(j.fan).toHaveLength(36);
    expect(Object.keys(j.fan[0])).toEqual(['month', 'plan', 'p5', 'p25', 'p50', 'p75', 'p95']);
    expect(j.drivers.length).toBe(j.levers.length);
  });
});

describe('same seed, same bytes', () => {
  it('whatever --jobs; another seed draws other futures', () => {
    const args = ['risk', KISSA, '--draws', '200', '--format', 'json'];
    const one = run([...args, '--jobs', '1']);
    const two = run([...args, '--jobs', '2']);
    expect(one.code, one.stderr).toBe(0);
    expect(two.code, two.stderr).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(run([...args, '--seed', '2']).stdout).not.toBe(one.stdout);
  });
});

describe('output', () => {
  it('table: the probability said plainly, 100 columns at most; --samples written, never over a file without --force', () => {
    const samples = join(tmp, 'tirages.csv');
    const file = kissaWith('correlated', 'risk:\n  correlations:\n    - { between: [traffic, conversion], rho: 0.5 }\n');
    const r = run(['risk', file, '--draws', '64', '--samples', samples]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.replace(/[\u00a0\u202f]/g, ' ')).toMatch(/Trésorerie négative au moins un mois : (environ \d+ avenirs sur 100, ± (\d+|moins de 1)|dans aucun des 64 avenirs tirés)\./);
    expect(r.stdout.replace(/[\u00a0\u202f]/g, ' ')).toContain('Corrélation de rang Trafic (visiteurs) – Taux de conversion : demandée 0,50');
    expect(Math.max(...r.stdout.split('\n').map((l) => [...l].length))).toBeLessThanOrEqual(100);
    expect(readFileSync(samples, 'utf8').split('\r\n')).toHaveLength(66);
    const again = run(['risk', file, '--draws', '64', '--samples', samples]);
    expect(again.code).toBe(2);
    expect(run(['risk', file, '--draws', '64', '--samples', samples, '--force']).code).toBe(0);
  });

  it('usage errors exit 2', () => {
    for (const bad of [
      ['--draws', '10'],
      ['--seed', '-1'],
      ['--jobs', '0'],
    ]) {
      const r = run(['risk', KISSA, ...bad]);
      expect(r.code, bad.join(' ')).toBe(2);
      expect(r.stderr).toContain(bad[0]);
    }
  });
});

describe('problems of the risk section, at file:line:col (validate and risk alike)', () => {
  const cases: Array<[string, string, string, (s: string) => string]> = [
    ['range order', 'risk:\n  ranges:\n    traffic: { low: 10%, likely: 0%, high: 20% }\n', 'risk.ranges.traffic', (s) => s],
    [
      'invalid matrix',
      'risk:\n  ranges:\n    traffic: { low: -10%, high: 5% }\n    conversion: { low: -10%, high: 5% }\n    prices: { low: -10%, high: 5% }\n  correlations:\n    - { between: [traffic, conversion], rho: 0.9 }\n    - { between: [conversion, prices], rho: 0.9 }\n    - { between: [traffic, prices], rho: -0.9 }\n',
      'risk.correlations',
      (s) => s,
    ],
    ['lever not drawn', 'risk:\n  correlations:\n    - { between: [traffic, marketing], rho: 0.2 }\n', 'risk.correlations[0].between[1]', (s) => s],
    ['nothing to draw', 'risk:\n  draws: 256\n', 'risk', (s) => s.replace(/^ {2}scenarios:\n(?: {4}.*\n)*/m, '')],
  ];
  it.each(cases)('%s', (name, tail, path, change) => {
    const file = kissaWith(name.replace(/ /g, '-'), tail, change);
    const lines = readFileSync(file, 'utf8').split('\n');
    for (const command of ['validate', 'risk']) {
      const r = run([command, file, '--lang', 'en']);
      expect(r.code, r.stderr).toBe(1);
      const said = r.stdout + r.stderr; // validate reports on stdout, the other commands on stderr
      const m = new RegExp(`:(\\d+):(\\d+)\\s+error .*\\(${path.replace(/[[\].]/g, '\\$&')}\\)`).exec(said);
      expect(m, said).not.toBeNull();
      expect(Number(m![1])).toBeGreaterThan(lines.indexOf('risk:'));
    }
  });

  it('a project without scenarios nor risk section: risk says what to add', () => {
    const file = kissaWith('no-scenarios', '', (s) => s.replace(/^ {2}scenarios:\n(?: {4}.*\n)*/m, ''));
    expect(run(['validate', file]).code).toBe(0);
    const r = run(['risk', file, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Nothing to draw');
    expect(r.stderr).toContain('(demand.scenarios)');
  });
});
