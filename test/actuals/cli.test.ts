/** `ecomplan actuals` as a user runs it (built CLI): the sample exports, located errors, formats. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { example, ROOT, run } from '../helpers/cli.js';

const BOUGIES = example('bougies-atelier-lumiere.ecomplan.yaml');
const SAMPLES = ['bougies-shopify-commandes.csv', 'bougies-etsy-sold-orders.csv', 'bougies-etsy-sold-order-items.csv'].map((f) => example(join('actuals', f)));

describe('ecomplan actuals', () => {
  it('compares the sample Shopify and Etsy exports with the plan (JSON)', () => {
    const r = run(['actuals', BOUGIES, ...SAMPLES, '--format', 'json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    // Shopify: 1 cancelled and 1 test order; Etsy: 1 cancelled (generate.mjs).
    expect(j.orders).toEqual({ counted: 179, cancelled: 2, test: 1, pending: 0, outside_horizon: 0 });
    expect(j.months.map((m: { month: string; full: boolean }) => [m.month, m.full]).at(-1)).toEqual(['2027-07', false]);
    expect(j.unmatched.map((u: { key: string }) => u.key)).toEqual(['coffret-noel']);
    expect(j.reforecast.base.months).toEqual(['2027-04', '2027-05', '2027-06']);
    expect(j.reforecast.through).toBe('2027-06');
  });

  it('reads the Latin-1 PrestaShop sample through its mapping, with a note on stderr', () => {
    const r = run(['actuals', example('vetements-maison-oree.ecomplan.yaml'), example('actuals/oree-prestashop-commandes.csv'), '--mapping', example('actuals/oree-mapping.yaml'), '--format', 'md']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Export lu en Latin-1');
    expect(r.stdout).toMatch(/^# Maison Orée\n/);
    expect(r.stdout).toContain('| FOUL-SOIE |');
  });

  it('is deterministic', () => {
    const a = run(['actuals', example('the-kissa-import.ecomplan.yaml'), example('actuals/kissa-woocommerce-commandes.csv'), '--format', 'csv']);
    const b = run(['actuals', example('the-kissa-import.ecomplan.yaml'), example('actuals/kissa-woocommerce-commandes.csv'), '--format', 'csv']);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout.split('\r\n')[0]).toBe('section,line,label,column,value');
  });

  it('stops with exit 1 on a malformed row, located at file:line:column with the column name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ecomplan-actuals-'));
    const bad = join(dir, 'commandes.csv');
    writeFileSync(bad, 'Name,Financial Status,Paid at,Total,Lineitem quantity,Lineitem name\n#1,paid,2027-01-02,10,1,Bougie\n#2,paid,2027-01-03,10,x,Bougie\n');
    const r = run(['actuals', BOUGIES, bad, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${bad}:3:5`);
    expect(r.stderr).toContain('Unreadable quantity in `Lineitem quantity`: `x`');
  });

  it('refuses an unknown format and a missing export, each with a hint', () => {
    const r = run(['actuals', BOUGIES, example('actuals/oree-mapping.yaml'), 'absent.csv']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Format d’export non reconnu');
    expect(r.stderr).toContain('--source shopify|woocommerce|etsy');
    expect(r.stderr).toContain('absent.csv:1:1');
    expect(r.stderr).toContain('Export introuvable');
  });

  it('--scenario changes the plan compared with', () => {
    const base = JSON.parse(run(['actuals', BOUGIES, SAMPLES[0]!, '--format', 'json']).stdout);
    const pess = JSON.parse(run(['actuals', BOUGIES, SAMPLES[0]!, '--format', 'json', '--scenario', 'pessimistic']).stdout);
    expect(pess.scenario).toBe('pessimistic');
    expect(Number(pess.cumulative[0].forecast)).toBeLessThan(Number(base.cumulative[0].forecast));
    expect(pess.cumulative[0].actual).toBe(base.cumulative[0].actual);
  });
});

describe('ecomplan actuals on exports in another currency, and report --actuals with the same options', () => {
  const ETSY_USD = join(ROOT, 'test/fixtures/actuals/EtsySoldOrders2020-usd.csv');
  const dir = mkdtempSync(join(tmpdir(), 'ecomplan-actuals-'));
  const p2020 = join(dir, 'projet.ecomplan.yaml');
  writeFileSync(p2020, readFileSync(BOUGIES, 'utf8').replace('start: 2027-01', 'start: 2020-01'));

  it('refuses a USD export without --rate (exit 1), naming both currencies and the option; JSON error object on stdout', () => {
    const r = run(['actuals', p2020, ETSY_USD, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('EtsySoldOrders2020-usd.csv:2:1');
    expect(r.stderr).toContain('Commandes en USD, le projet compte en EUR');
    expect(r.stderr).toContain('--rate USD=');
    const j = JSON.parse(r.stdout);
    expect([j.ok, j.exit_code, j.error.code, j.diagnostics[0].data]).toEqual([false, 1, 'actuals.currency_mismatch', { currency: 'USD', project: 'EUR', option: '--rate USD=…' }]);
  });

  it('converts with --rate USD=0.92 and says so; dates outside the plan are refused with the months the export covers', () => {
    const ok = run(['actuals', p2020, ETSY_USD, '--rate', 'USD=0.92', '--format', 'md', '--lang', 'en']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('347 order(s) in USD converted at 0.92 EUR per 1 USD (--rate).');
    const outside = run(['actuals', BOUGIES, ETSY_USD, '--rate', 'USD=0.92', '--format', 'json', '--lang', 'en']);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('No order within the forecast’s period (January 2027 to December 2029): the exports cover January 2020 to June 2020');
    expect(JSON.parse(outside.stdout).error.code).toBe('actuals.no_orders_outside');
  });

  it('report --actuals takes --until and --rate: the dossier shows the command’s figures', () => {
    // Without --until the exports stop mid-July: the re-forecast starts after June (report.test.ts).
    const until = run(['report', BOUGIES, '--actuals', ...SAMPLES, '--until', '2027-07-31']);
    expect(until.code).toBe(0);
    expect(until.stdout).toMatch(/Commandes multipliées par [\d,]+ et panier par [\d,]+ après juillet 2027/);
    const usd = run(['report', p2020, '--actuals', ETSY_USD, '--rate', 'USD=0.92']);
    expect(usd.stdout).toContain('347 commande(s) en USD converties à 0,92 EUR pour 1 USD (--rate).');
    const alone = run(['report', p2020, '--until', '2020-05-31', '--rate', 'USD=0.92']);
    expect([alone.code, alone.stderr]).toEqual([2, expect.stringContaining('--until, --rate ne vaut qu’avec --actuals')]);
  });
});
