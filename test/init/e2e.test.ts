/**
 * End to end: the real `ecomplan init` process in a pseudo-terminal, answered with
 * scripted keystrokes (test/helpers/pty.ts), then `validate` and `forecast` on the
 * file it wrote; forecast figures are hand-computed from the answers.
 * Needs `npm run build` first (the CLI runs from dist/).
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadProject } from '../../src/model/load.js';
import { run } from '../helpers/cli.js';
import { answer, choose, KEY, runInPty, type PtyStep } from '../helpers/pty.js';
import { forecastYear1 } from './forecast.js';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ecomplan-init-e2e-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function validProject(file: string) {
  const loaded = await loadProject(file);
  expect(loaded.problems).toEqual([]);
  expect(run(['validate', file]).code).toBe(0);
  return loaded.project!;
}

const TIMEOUT = 180_000;

describe.skipIf(process.platform === 'win32')('ecomplan init, answered at the keyboard', () => {
  it(
    'resale: normal VAT regime, Etsy, a price typed wrong then corrected',
    async () => {
      const steps: PtyStep[] = [
        answer('Nom du projet :', 'Atelier Lumière'),
        answer('Le projet en une phrase', 'Bougies: "été" #1'),
        ...choose('Forme juridique :', 0, 'Micro-entreprise'),
        ...choose('Régime de TVA :', 1, 'Régime normal'),
        answer('Numéro de TVA intracommunautaire', ''),
        answer('Premier produit — son nom :', 'Bougie classique'),
        answer('Prix de vente TTC, en euros :', 'abc'),
        { expect: 'Montant attendu, par exemple 24,90 (trouvé « abc »)', send: `${KEY.backspace.repeat(3)}24,90${KEY.enter}` },
        ...choose('Comment obtenez-vous ce produit ?', 0, 'Revente'),
        answer('Prix d’achat unitaire HT, en euros :', '8,5'),
        answer('Nom du fournisseur :', 'Cire du Sud'),
        ...choose('Ces produits sont-ils d’occasion', 0, 'Non — des produits neufs'),
        ...choose('Canal de vente principal :', 1, 'Etsy'),
        ...choose('garder les frais habituels proposés ?', 0, 'Oui, garder ces frais'),
        answer('Visiteurs attendus le premier mois :', ''),
        answer('Taux de conversion (commandes / visiteurs)', ''),
        answer('Premier mois du prévisionnel (AAAA-MM) :', '2027-01'),
        { expect: 'ecomplan check projet.ecomplan.yaml' },
      ];
      const r = runInPty(['init'], steps, { cwd: dir });
      expect(r.error).toBeNull();
      expect(r.code).toBe(0);
      expect(r.output).toContain('✔ projet.ecomplan.yaml créé : un projet valide, prêt à compléter.');
      // The default of the conversion question shows its benchmark.
      expect(r.output).toContain('l’e-commerce convertit en général 1 à 3 % des visites');

      const p = await validProject(join(dir, 'projet.ecomplan.yaml'));
      expect(p.project).toMatchObject({ name: 'Atelier Lumière', description: 'Bougies: "été" #1', start: '2027-01' });
      expect(p.company).toMatchObject({ legal_form: 'micro_entreprise', vat_regime: 'normal', vat_number: 'à compléter' });
      expect(p.products[0]).toMatchObject({
        id: 'bougie-classique',
        name: 'Bougie classique',
        strategy: 'resale',
        supplier: 'cire-du-sud',
      });
      expect(p.products[0]!.price.toFixed(2)).toBe('24.90');
      expect(p.products[0]!.purchase_cost!.toFixed(2)).toBe('8.50');
      expect(p.suppliers?.list?.[0]).toMatchObject({ id: 'cire-du-sud', name: 'Cire du Sud' });
      expect(p.channels?.[0]).toMatchObject({ id: 'etsy', kind: 'marketplace' });
      expect(p.channels![0]!.commission_rate!.toFixed()).toBe('0.065');
      expect(p.channels![0]!.payment_fee_rate!.toFixed()).toBe('0.04');
      expect(p.channels![0]!.payment_fee_fixed!.toFixed(2)).toBe('0.30');
      expect(p.demand!.conversion_rate.toFixed()).toBe('0.015');
      expect(p.acquisition![0]!.visitors!.toFixed()).toBe('1000');

      {
        // 1000 visitors × 1.5 % = 15 orders a month; 24.90 TTC / 1.2 = 20.75 HT; × 15 × 12.
        const y1 = forecastYear1(join(dir, 'projet.ecomplan.yaml'));
        expect(y1.revenue_ht).toBe('3735.00');
        expect(y1.cogs).toBe('1530.00'); // 180 units × 8.50 HT (VAT recovered)
        expect(y1.channel_fees).toBe('524.61'); // (6.5 % + 4 %) × 4 482 TTC + 0.30 × 180
      }
    },
    TIMEOUT,
  );

  it(
    'outsourced, in English: SASU, Amazon, a setup cost, typed traffic and conversion',
    async () => {
      const steps: PtyStep[] = [
        answer('Project name:', 'Lumen Candles'),
        answer('The project in one sentence', ''),
        ...choose('Legal form:', 3, 'SASU'),
        ...choose('VAT regime:', 0, 'VAT franchise'),
        answer('First product — its name:', 'Classic candle'),
        answer('Consumer price including VAT, in euros:', '29.00'),
        ...choose('How do you get this product?', 1, 'Outsourced'),
        answer('Unit manufacturing cost excluding VAT', '9.80'),
        answer('Name of the workshop:', 'Atelier Cire Lyon'),
        answer('One-off setup cost excluding VAT', '350'),
        ...choose('Main sales channel:', 2, 'Amazon.fr'),
        ...choose('keep the usual fees proposed?', 0, 'Yes, keep these fees'),
        answer('Visitors expected in the first month:', '2 500'),
        answer('Conversion rate (orders / visitors)', `${KEY.backspace.repeat(10)}2%`),
        answer('First month of the forecast (YYYY-MM):', '2027-03'),
        { expect: 'ecomplan check project.ecomplan.yaml' },
      ];
      const r = runInPty(['init', '--lang', 'en'], steps, { cwd: dir });
      expect(r.error).toBeNull();
      expect(r.code).toBe(0);
      expect(r.output).toContain('✔ project.ecomplan.yaml written: a valid project, ready to complete.');

      const p = await validProject(join(dir, 'project.ecomplan.yaml'));
      expect(p.locale).toBe('en');
      expect(p.project.description).toBeUndefined();
      expect(p.company).toMatchObject({ legal_form: 'sasu', vat_regime: 'franchise' });
      expect(p.products[0]).toMatchObject({ id: 'classic-candle', strategy: 'outsourced', supplier: 'atelier-cire-lyon' });
      expect(p.products[0]!.manufacturing_cost!.toFixed(2)).toBe('9.80');
      expect(p.products[0]!.setup_cost!.toFixed(2)).toBe('350.00');
      expect(p.channels?.[0]).toMatchObject({ id: 'amazon', kind: 'marketplace' });
      expect(p.channels![0]!.commission_rate!.toFixed()).toBe('0.15');
      expect(p.channels![0]!.monthly_fee!.toFixed(2)).toBe('39.00');
      expect(p.acquisition![0]!.visitors!.toFixed()).toBe('2500');
      expect(p.demand!.conversion_rate.toFixed()).toBe('0.02');
      expect(p.project.start).toBe('2027-03');

      {
        // 2500 × 2 % = 50 orders a month × 29.00 (franchise: no VAT) × 12.
        const y1 = forecastYear1(join(dir, 'project.ecomplan.yaml'));
        expect(y1.revenue_ht).toBe('17400.00');
        expect(y1.channel_fees).toBe('2610.00'); // 15 % × 17 400
        expect(y1.setup_costs).toBe('420.00'); // 350 HT + 20 % VAT not recoverable under the franchise
        expect(y1.fixed_costs).toBe('468.00'); // Amazon's professional plan, 39 × 12
      }
    },
    TIMEOUT,
  );

  it(
    'in-house: material questions, own fees typed, the price given as a flag is not asked',
    async () => {
      const steps: PtyStep[] = [
        answer('Nom du projet :', 'Atelier Lumière'),
        answer('Le projet en une phrase', 'Bougies végétales coulées à la main'),
        ...choose('Forme juridique :', 0, 'Micro-entreprise'),
        ...choose('Régime de TVA :', 0, 'Franchise en base'),
        answer('Premier produit — son nom :', 'Bougie 200 g'),
        ...choose('Comment obtenez-vous ce produit ?', 2, 'Fabrication maison'),
        answer('Matière première principale :', 'Cire de soja'),
        answer('Unité dans laquelle vous l’achetez', `${KEY.backspace.repeat(5)}kg`),
        answer('Coût HT d’une unité de cette matière', '7,80'),
        answer('Quantité de cette matière par produit', `${KEY.backspace.repeat(5)}0,2`),
        answer('Temps de fabrication par produit, en minutes :', `${KEY.backspace.repeat(5)}12`),
        ...choose('Canal de vente principal :', 0, 'Votre boutique en ligne'),
        ...choose('garder les frais habituels proposés ?', 1, 'Non, saisir les frais de ce canal'),
        answer('Commission prélevée par le canal', ''),
        answer('Frais de paiement, en % de la commande :', `${KEY.backspace.repeat(10)}2,9 %`),
        answer('Frais de paiement fixes par commande, en euros :', `${KEY.backspace.repeat(10)}0,35`),
        answer('Abonnement mensuel, en euros :', `${KEY.backspace.repeat(10)}36`),
        answer('Visiteurs attendus le premier mois :', `${KEY.backspace.repeat(10)}800`),
        answer('Taux de conversion (commandes / visiteurs)', `${KEY.backspace.repeat(10)}0,018`),
        answer('Premier mois du prévisionnel (AAAA-MM) :', '2027-01'),
        { expect: 'ecomplan check boutique.yaml' },
      ];
      const r = runInPty(['init', 'boutique.yaml', '--price', '24'], steps, { cwd: dir });
      expect(r.error).toBeNull();
      expect(r.code).toBe(0);
      expect(r.output).not.toContain('Prix de vente TTC');

      const p = await validProject(join(dir, 'boutique.yaml'));
      expect(p.products[0]).toMatchObject({ id: 'bougie-200-g', strategy: 'in_house' });
      expect(p.products[0]!.price.toFixed(2)).toBe('24.00');
      expect(p.products[0]!.bill_of_materials).toHaveLength(1);
      expect(p.products[0]!.bill_of_materials![0]!.material).toBe('cire-de-soja');
      expect(p.products[0]!.bill_of_materials![0]!.quantity.toFixed()).toBe('0.2');
      expect(p.products[0]!.labour_minutes!.toFixed()).toBe('12');
      expect(p.materials?.[0]).toMatchObject({ id: 'cire-de-soja', name: 'Cire de soja', unit: 'kg' });
      expect(p.materials![0]!.cost.toFixed(2)).toBe('7.80');
      expect(p.labour!.hourly_cost.toFixed()).toBe('0');
      const c = p.channels![0]!;
      expect(c).toMatchObject({ id: 'site', kind: 'own_site' });
      expect(c.commission_rate!.toFixed()).toBe('0');
      expect(c.payment_fee_rate!.toFixed()).toBe('0.029');
      expect(c.payment_fee_fixed!.toFixed(2)).toBe('0.35');
      expect(c.monthly_fee!.toFixed(2)).toBe('36.00');
      expect(p.acquisition![0]!.visitors!.toFixed()).toBe('800');
      expect(p.demand!.conversion_rate.toFixed()).toBe('0.018');

      {
        // 800 × 1.8 % = 14.4 orders a month × 24.00 × 12.
        const y1 = forecastYear1(join(dir, 'boutique.yaml'));
        expect(y1.revenue_ht).toBe('4147.20');
        expect(y1.cogs).toBe('323.48'); // 172.8 units × 0.2 kg × 7.80 × 1.2 (VAT not recoverable)
        expect(y1.channel_fees).toBe('180.75'); // 2.9 % × 4 147.20 + 0.35 × 172.8
        expect(y1.fixed_costs).toBe('432.00'); // 36 a month, the channel's subscription
      }
    },
    TIMEOUT,
  );

  it(
    'Ctrl-C at a question leaves nothing behind and exits 2',
    () => {
      const r = runInPty(['init'], [answer('Nom du projet :', 'Atelier'), { expect: 'Le projet en une phrase', send: KEY.ctrlC }, { expect: 'Abandon : aucun fichier écrit' }], { cwd: dir });
      expect(r.error).toBeNull();
      expect(r.code).toBe(2);
      expect(readdirSync(dir)).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'Ctrl-C at a choice, near the end, leaves nothing behind either',
    () => {
      const steps: PtyStep[] = [
        answer('Nom du projet :', 'Atelier'),
        answer('Le projet en une phrase', ''),
        ...choose('Forme juridique :', 0, 'Micro-entreprise'),
        ...choose('Régime de TVA :', 0, 'Franchise en base'),
        answer('Premier produit — son nom :', 'Bougie'),
        answer('Prix de vente TTC, en euros :', '20'),
        ...choose('Comment obtenez-vous ce produit ?', 0, 'Revente'),
        answer('Prix d’achat unitaire HT, en euros :', '5'),
        answer('Nom du fournisseur :', ''),
        { expect: 'Ces produits sont-ils d’occasion', send: KEY.ctrlC },
        { expect: 'Abandon : aucun fichier écrit' },
      ];
      const r = runInPty(['init', 'x.yaml'], steps, { cwd: dir });
      expect(r.error).toBeNull();
      expect(r.code).toBe(2);
      expect(readdirSync(dir)).toEqual([]);
    },
    TIMEOUT,
  );
});
