/**
 * `ecomplan init` without a terminal: --yes, flags, refusals and exit codes.
 * Runs the built CLI (`npm run build` first).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nextMonth } from '../../src/init/answers.js';
import { loadProject } from '../../src/model/load.js';
import { t } from '../../src/i18n/index.js';
import { ROOT, run } from '../helpers/cli.js';
import { forecastYear1 } from './forecast.js';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ecomplan-init-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const init = (args: string[], env?: Record<string, string>) => run(['init', ...args], { cwd: dir, env });

async function validProject(file: string) {
  const loaded = await loadProject(file);
  expect(loaded.problems).toEqual([]);
  return loaded.project!;
}

describe('ecomplan init --yes', () => {
  it('writes a valid project in an empty folder, then refuses to overwrite it', async () => {
    const first = init(['--yes', '--start', '2027-01']);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(readdirSync(dir)).toEqual(['projet.ecomplan.yaml']);
    const file = join(dir, 'projet.ecomplan.yaml');
    const written = readFileSync(file, 'utf8');
    await validProject(file);
    expect(run(['validate', file]).code).toBe(0);
    {
      // Defaults: 1000 visitors × 1.5 % = 15 orders a month × 25.00 (franchise) × 12.
      const y1 = forecastYear1(file);
      expect(y1.revenue_ht).toBe('4500.00');
      expect(y1.cogs).toBe('1728.00'); // 180 × 8.00 × 1.2 (VAT not recoverable under the franchise)
    }
    // It ends by printing the next commands.
    expect(first.stdout).toContain('✔ projet.ecomplan.yaml créé : un projet valide, prêt à compléter.');
    for (const cmd of ['validate', 'forecast', 'check']) expect(first.stdout).toContain(`  ecomplan ${cmd} projet.ecomplan.yaml`);

    const second = init(['--yes', '--start', '2028-05', '--name', 'Autre']);
    expect(second.code).toBe(2);
    expect(second.stderr).toBe(`ecomplan: ${t('fr', 'cli.output_exists', { file: 'projet.ecomplan.yaml' })}\n  ↳ ${t('fr', 'cli.output_exists.hint')}\n`);
    expect(readFileSync(file, 'utf8')).toBe(written);
    expect(readdirSync(dir)).toEqual(['projet.ecomplan.yaml']);

    const forced = init(['--yes', '--start', '2028-05', '--name', 'Autre', '--force']);
    expect(forced.code).toBe(0);
    expect((await validProject(file)).project).toMatchObject({ name: 'Autre', start: '2028-05' });
    // No temporary file left next to it.
    expect(readdirSync(dir)).toEqual(['projet.ecomplan.yaml']);
  });

  it.each([
    ['fr', 'default-fr.yaml', 'projet.ecomplan.yaml'],
    ['en', 'default-en.yaml', 'project.ecomplan.yaml'],
  ])('is deterministic: --lang %s --start 2027-01 gives the golden file', (lang, golden, name) => {
    const r = init(['--yes', '--lang', lang, '--start', '2027-01']);
    expect(r.code).toBe(0);
    // The $schema line is a path from the file's folder to the installed schema: it depends on where both are.
    const text = readFileSync(join(dir, name), 'utf8').replace(/^(# yaml-language-server: \$schema=).*$/m, '$1<installed schema>');
    expect(text).toBe(readFileSync(join(ROOT, 'test', 'init', 'golden', golden), 'utf8'));
  });

  it('writes a $schema that resolves: the schema installed with ecomplan, relative to the file (issue 12 item 9)', () => {
    expect(init(['--yes', '--start', '2027-01', '--force']).code).toBe(0);
    const first = readFileSync(join(dir, 'projet.ecomplan.yaml'), 'utf8').split('\n')[0]!;
    const ref = /^# yaml-language-server: \$schema=(\.{1,2}\/.*)$/.exec(first)?.[1];
    expect(ref).toBeDefined();
    const schema = JSON.parse(readFileSync(resolve(dir, ref!), 'utf8')) as { title: string };
    expect(schema.title).toBe('ecomplan project file, version 1');
    expect(resolve(dir, ref!)).toBe(join(ROOT, 'schema', 'ecomplan.schema.json'));
  });

  it('takes the start month from the date when --start is not given (the one date-dependent default)', async () => {
    const before = nextMonth(new Date());
    expect(init(['--yes']).code).toBe(0);
    const after = nextMonth(new Date());
    expect([before, after]).toContain((await validProject(join(dir, 'projet.ecomplan.yaml'))).project.start);
  });

  it('uses the answers given as flags', async () => {
    const r = init([
      'boutique.yaml',
      '--yes',
      '--name',
      'Atelier Lumière: "été" #1',
      '--description',
      'Bougies végétales',
      '--legal-form',
      'eurl',
      '--vat-regime',
      'normal',
      '--vat-number',
      'FR12901234567',
      '--product',
      'Bougie 200 g',
      '--price',
      '24,90 €',
      '--strategy',
      'in_house',
      '--cost',
      '7.80',
      '--channel',
      'amazon',
      '--visitors',
      '1 500',
      '--conversion',
      '2%',
      '--start',
      '2027-09',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const p = await validProject(join(dir, 'boutique.yaml'));
    expect(p.project).toMatchObject({ name: 'Atelier Lumière: "été" #1', description: 'Bougies végétales', start: '2027-09' });
    expect(p.company).toMatchObject({ legal_form: 'eurl', vat_regime: 'normal', vat_number: 'FR12901234567' });
    expect(p.products[0]).toMatchObject({ id: 'bougie-200-g', name: 'Bougie 200 g', strategy: 'in_house' });
    expect(p.products[0]!.price.toFixed(2)).toBe('24.90');
    expect(p.materials![0]!.cost.toFixed(2)).toBe('7.80');
    expect(p.channels![0]).toMatchObject({ id: 'amazon', kind: 'marketplace' });
    expect(p.acquisition![0]!.visitors!.toFixed()).toBe('1500');
    expect(p.demand!.conversion_rate.toFixed()).toBe('0.02');
  });

  it('a reseller of second-hand goods on eBay (issue 23): second_hand written, eBay’s dated fees, the margin scheme in the forecast', async () => {
    const r = init([
      '--yes',
      '--product',
      'Appareil photo argentique',
      '--price',
      '120',
      '--cost',
      '45',
      '--second-hand',
      '--channel',
      'ebay',
      '--vat-regime',
      'normal',
      '--legal-form',
      'eurl',
      '--start',
      '2027-01',
    ]);
    expect(r.code).toBe(0);
    const text = readFileSync(join(dir, 'projet.ecomplan.yaml'), 'utf8');
    expect(text).toMatch(/^ {4}second_hand: true +# occasion : TVA sur la marge \(art\. 297 A CGI\)$/m);
    expect(text).toMatch(/^# Frais relevés en 2024-04 \(à vérifier\) : ebay\.fr — /m);
    const p = await validProject(join(dir, 'projet.ecomplan.yaml'));
    expect(p.products[0]!.second_hand).toBe(true);
    expect(p.channels![0]).toMatchObject({ id: 'ebay', name: 'eBay', kind: 'marketplace' });
    expect(p.channels![0]!.commission_rate!.toFixed()).toBe('0.1135');
    expect(p.channels![0]!.payment_fee_fixed!.toFixed(2)).toBe('0.35');
    // 120 TTC bought 45: VAT on the margin 75 × 20 / 120 = 12.50, price HT 107.50
    const margin = run(['margin', join(dir, 'projet.ecomplan.yaml'), '--format', 'json']);
    expect(margin.code).toBe(0);
    expect(margin.stdout).toContain('"price_ht": "107.50"');
  });

  it('writes the English file with --lang en, under its English default name', async () => {
    expect(init(['--yes', '--lang', 'en', '--start', '2027-01']).code).toBe(0);
    expect(readdirSync(dir)).toEqual(['project.ecomplan.yaml']);
    const p = await validProject(join(dir, 'project.ecomplan.yaml'));
    expect(p.locale).toBe('en');
    expect(p.project.name).toBe('My project');
  });

  it('given a folder, writes the default file name inside it', async () => {
    mkdirSync(join(dir, 'sub'));
    expect(init(['sub', '--yes', '--start', '2027-01']).code).toBe(0);
    expect(existsSync(join(dir, 'sub', 'projet.ecomplan.yaml'))).toBe(true);
  });
});

describe('ecomplan init refusals', () => {
  it('on a non-interactive stdin without --yes, says so and exits 2 instead of hanging', () => {
    const r = init([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`ecomplan: ${t('fr', 'init.not_tty')}\n  ↳ ${t('fr', 'init.not_tty.hint')}\n`);
    expect(r.stdout).toBe('');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('the same in English', () => {
    const r = init(['--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Standard input is not a terminal: cannot ask the questions');
    expect(r.stderr).toContain('--yes');
  });

  it('refuses an existing file before asking anything', () => {
    writeFileSync(join(dir, 'projet.ecomplan.yaml'), 'mine\n');
    const r = init([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(t('fr', 'cli.output_exists', { file: 'projet.ecomplan.yaml' }));
    expect(readFileSync(join(dir, 'projet.ecomplan.yaml'), 'utf8')).toBe('mine\n');
  });

  it.each([
    [['--price', 'abc'], 'Option --price invalide : Montant attendu, par exemple 24,90 (trouvé « abc »)'],
    [['--price', '0'], 'Option --price invalide : La valeur doit être supérieure à zéro'],
    [['--conversion', '3'], 'Option --conversion invalide : « 3 » : écrivez « 3% » pour un pourcentage, ou une fraction comme 0,02'],
    [['--start', '2027-13'], 'Option --start invalide : Mois attendu au format AAAA-MM, par exemple 2027-03 (trouvé « 2027-13 »)'],
    [['--visitors', 'beaucoup'], 'Option --visitors invalide : Nombre entier attendu, par exemple 1000 (trouvé « beaucoup »)'],
    [['--name', '   '], 'Option --name invalide : Une réponse est nécessaire'],
  ])('refuses a bad flag %j with exit 2', (args, message) => {
    const r = init(['--yes', ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`ecomplan: ${message}\n  ↳ ${t('fr', 'init.bad_flag.hint')}\n`);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses an unknown choice (commander lists the allowed ones)', () => {
    const r = init(['--yes', '--strategy', 'dropshipping']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Choix possibles : resale, outsourced, in_house');
    expect(readdirSync(dir)).toEqual([]);
  });
});
