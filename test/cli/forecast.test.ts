/** `ecomplan forecast`, spawned as a user runs it: exit codes, the four tables, the JSON contract. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, run } from '../helpers/cli.js';

const fixture = (name: string) => join(ROOT, 'test', 'fixtures', 'forecast', name);
const ATELIER = fixture('atelier.ecomplan.yaml');
const AMOUNT = /^-?\d+\.\d{2}$/;
const MONTH = /^\d{4}-\d{2}$/;
const NNBSP = '\u202F';
const NBSP = '\u00A0';

/** Lines of the tables (warnings keep the file:line:col format of every command). */
const tableLines = (out: string) => out.split('\n').filter((l) => !l.startsWith(ATELIER) && !l.startsWith('test/') && !l.startsWith('    ↳'));

describe('ecomplan forecast (table)', () => {
  const r = run(['forecast', ATELIER]);

  it('prints the four tables then the warnings, exit 0', () => {
    expect(r.code).toBe(0);
    const titles = ['Plan de financement initial', 'Compte de résultat prévisionnel', 'Plan de trésorerie', 'Seuil de rentabilité et point mort', 'Points d’attention'];
    const at = titles.map((t) => r.stdout.indexOf(t));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(r.stdout).toContain('Capacité de production dépassée 2 mois');
  });

  it('French number formatting and visible negative amounts', () => {
    expect(r.stdout).toContain(`12${NNBSP}151,45${NBSP}€`); // year-1 revenue
    expect(r.stdout).toMatch(/-663,30/); // a month whose cash balance falls (micro TFC + ACRE rate rounded to 0.1 point since issue 9: was -663,41)
  });

  it('fits in 100 columns', () => {
    const wide = tableLines(r.stdout).filter((l) => [...l].length > 100);
    expect(wide).toEqual([]);
  });

  it('colours negative amounts red on a colour terminal, never without colour', () => {
    const colored = run(['forecast', ATELIER], { env: { NO_COLOR: '', FORCE_COLOR: '1' } });
    expect(colored.stdout).toContain('\u001b[31m-663,30');
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('--monthly adds the monthly income statement; --lang en translates', () => {
    expect(run(['forecast', ATELIER, '--monthly']).stdout).toContain('Compte de résultat mois par mois');
    const en = run(['forecast', ATELIER, '--lang', 'en']);
    expect(en.stdout).toContain('Initial financing plan');
    expect(en.stdout).toContain('€12,151.45');
  });

  it('--scenario all shows the scenarios side by side', () => {
    const all = run(['forecast', ATELIER, '--scenario', 'all']);
    expect(all.code).toBe(0);
    expect(all.stdout).toMatch(/pessimiste\s+base\s+optimiste/);
  });

  it('reads stdin with -', () => {
    const piped = run(['forecast', '-'], { input: readFileSync(ATELIER) });
    expect(piped.code).toBe(0);
    expect(piped.stdout).toContain('Plan de trésorerie');
  });
});

describe('ecomplan forecast --format json (output contract)', () => {
  const r = run(['forecast', ATELIER, '--format', 'json']);
  const j = JSON.parse(r.stdout);

  it('top level', () => {
    expect(r.code).toBe(0);
    expect(j).toMatchObject({ ecomplan: 1, project: 'Atelier Lumière (test)', scenario: 'base', currency: 'EUR' });
    expect(j.months).toHaveLength(24);
    expect(j.years).toHaveLength(2);
  });

  it('months: every contract field, amounts as strings with two decimals', () => {
    const fields = [
      'visitors',
      'orders',
      'revenue_ttc',
      'revenue_ht',
      'vat_collected',
      'cogs',
      'channel_fees',
      'shipping_costs',
      'returns_cost',
      'marketing',
      'fixed_costs',
      'setup_costs',
      'depreciation',
      'interest',
      'owner_pay',
      'social_contributions',
      'income_tax',
      'result_before_tax',
      'stock_purchases',
      'stock_value',
      'cash_in',
      'cash_out',
      'cash_end',
    ];
    for (const m of j.months) {
      expect(m.month).toMatch(MONTH);
      for (const k of fields) expect(m[k], `${m.month}.${k}`).toMatch(AMOUNT);
    }
    expect(j.months[0]).toMatchObject({ month: '2027-01', visitors: '480.00', orders: '8.64', revenue_ht: '382.75' });
  });

  it('years, break-even, cash, financing plan, warnings', () => {
    for (const y of j.years)
      for (const k of ['revenue_ht', 'contribution_margin', 'result_before_tax', 'corporate_tax', 'net_result', 'break_even_revenue', 'working_capital']) expect(y[k]).toMatch(AMOUNT);
    expect(j.years[0]).toMatchObject({ year: 1, revenue_ht: '12151.45' });
    expect(j.break_even.month).toMatch(MONTH);
    expect(j.cash).toEqual({ lowest: expect.stringMatching(AMOUNT), lowest_month: expect.stringMatching(MONTH) });
    expect(j.financing_plan.needs[0]).toEqual({ label: 'Site', amount: '1800.00', path: 'investments[0]' });
    // The year-1 working capital is the stock 211.06 less December's contributions, due in January (225.25, issue 19):
    // −14.19, no working-capital need. The plan balances: the surplus of resources is the starting cash (10 000 − 1 800).
    expect(j.years[0].working_capital).toBe('-14.19');
    expect(j.financing_plan.needs[1]).toEqual({ label: 'Trésorerie de départ', amount: '8200.00', id: 'plan.starting_cash' });
    expect(j.financing_plan.initial_stock).toBeNull();
    expect([j.financing_plan.total_needs, j.financing_plan.total_resources, j.financing_plan.balance]).toEqual(['10000.00', '10000.00', '8200.00']);
    // The banker's statements: the balance sheet balances, its cash is the cash plan's, the plan of each year gives the change in cash.
    const bs = j.years[0].balance_sheet;
    expect(bs.total_assets).toBe(bs.total_liabilities_and_equity);
    expect(bs.assets.cash).toBe(j.years[0].cash_end);
    expect(j.financing_plan_years[0].change_in_cash).toBe(j.years[0].cash_end);
    expect(j.years[0].sig.net_result).toBe(j.years[0].net_result);
    expect(j.loans[0].months[0]).toEqual({ month: '2027-01', interest: '0.00', principal: '0.00', remaining: '6000.00' });
    expect(j.financing_plan.resources.map((x: { label: string }) => x.label)).toEqual(['Apport', 'Prêt d’honneur']);
    expect(j.warnings).toEqual([
      expect.objectContaining({
        code: 'forecast.capacity_exceeded',
        severity: 'warning',
        path: 'labour.capacity_hours_per_month',
        line: 26,
        column: 53,
        message: expect.stringContaining('Capacité de production'),
      }),
    ]);
  });

  it('--scenario all: one document per scenario', () => {
    const all = JSON.parse(run(['forecast', ATELIER, '--scenario', 'all', '--format', 'json']).stdout);
    expect(all.scenarios.map((s: { scenario: string }) => s.scenario)).toEqual(['pessimistic', 'base', 'optimistic']);
    expect(Number(all.scenarios[0].years[0].revenue_ht)).toBeLessThan(Number(all.scenarios[1].years[0].revenue_ht));
  });

  it('is deterministic', () => {
    expect(run(['forecast', ATELIER, '--format', 'json']).stdout).toBe(r.stdout);
  });
});

describe('ecomplan forecast --format csv|md', () => {
  it('csv: a long table, dot decimals, warnings on stderr', () => {
    const r = run(['forecast', ATELIER, '--format', 'csv']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\r\n');
    expect(lines[0]).toBe('scenario,section,line,label,column,value');
    expect(lines).toContain('base,income_statement,revenue_ht,Chiffre d’affaires HT,year-1,12151.45');
    expect(lines).toContain('base,cash_plan,end,Trésorerie fin,2027-01,8233.38');
    expect(r.stderr).toContain('Capacité de production');
  });

  it('md: headings and tables', () => {
    const r = run(['forecast', ATELIER, '--format', 'md']);
    expect(r.stdout.startsWith('# Atelier Lumière (test)\n')).toBe(true);
    expect(r.stdout).toContain('## Plan de trésorerie');
    expect(r.stdout).toContain('|---|');
  });
});

describe('ecomplan forecast: files and errors', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ecomplan-forecast-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('-o writes the file, refuses to overwrite without --force', () => {
    const out = join(dir, 'prev.json');
    const first = run(['forecast', ATELIER, '-f', 'json', '-o', out]);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).ecomplan).toBe(1);
    const again = run(['forecast', ATELIER, '-f', 'json', '-o', out]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('existe déjà');
    expect(run(['forecast', ATELIER, '-f', 'json', '-o', out, '--force']).code).toBe(0);
  });

  it('an invalid project prints its diagnostics and exits 1', () => {
    const r = run(['forecast', fixture('invalid.ecomplan.yaml')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/invalid\.ecomplan\.yaml:4:44 +erreur +Le taux « 20 » doit s’écrire « 20% »/);
  });

  it('a missing section the forecast needs: located error, exit 1', () => {
    const r = run(['forecast', fixture('no-channels.ecomplan.yaml')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Section « channels » absente : le prévisionnel en a besoin');
  });

  it('an unreadable file exits 2', () => {
    const r = run(['forecast', join(dir, 'absent.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Fichier introuvable');
  });

  it('an unknown format or scenario is a usage error', () => {
    expect(run(['forecast', ATELIER, '--format', 'xml']).code).toBe(2);
    expect(run(['forecast', ATELIER, '--scenario', 'worst']).code).toBe(2);
  });
});
