/**
 * Messages that never send in circles (issue 23, item 3): a hint keeps the value the user meant, and a
 * monthly cost written twice is asked about (« compté deux fois ? »), including after uncommenting
 * what `init` wrote.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultAnswers, feesOf } from '../../src/init/answers.js';
import { renderProjectYaml } from '../../src/init/render.js';
import { localize } from '../../src/diagnostics/problem.js';
import { Decimal } from '../../src/model/decimal.js';
import { loadText } from '../../src/model/load.js';

const MINIMAL = readFileSync(new URL('../fixtures/minimal.ecomplan.yaml', import.meta.url), 'utf8');

function problems(text: string) {
  const loaded = loadText({ name: 'p.yaml', text });
  return localize(loaded.problems, 'fr').map((p) => ({ code: p.code, path: p.path, line: p.line, data: p.data, message: p.message, hint: p.hint }));
}

const withLoan = (rate: string) => `${MINIMAL}financing:\n  - { kind: loan, name: Prêt bancaire, amount: 8000, rate: ${rate}, months: 48, month: 1 }\n`;

describe('a decimal comma inside { … }: the hint keeps the value', () => {
  it('`rate: 4,5%` says to write 4.5% (or "4,5%" quoted), never « 4% »', () => {
    const found = problems(withLoan('4,5%'));
    expect(found).toEqual([
      expect.objectContaining({
        code: 'schema.decimal_comma_rate',
        path: 'financing[0].5%',
        line: 21,
        data: expect.objectContaining({ previous: 'rate', found: '4,5%', suggestion: '4.5%' }),
        message: '« rate: 4,5% » : dans { … }, la virgule sépare deux clés et « 5% » est lu comme une clé ; écrivez « rate: 4.5% »',
        hint: 'Ou gardez la virgule entre guillemets : rate: "4,5%".',
      }),
    ]);
    // The error on `rate: 4` (read before the comma) is not shown: its advice « 4% » would change the loan.
    expect(JSON.stringify(found)).not.toContain('4%»');
    expect(found.map((p) => p.code)).not.toContain('value.rate_bare_number');
  });

  it('the value it suggests is read as the user meant: 4.5% and "4,5%" are the same rate', () => {
    for (const written of ['4.5%', '"4,5%"']) {
      const loaded = loadText({ name: 'p.yaml', text: withLoan(written) });
      expect(loaded.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(loaded.project!.financing![0]!.rate!.eq(new Decimal('0.045'))).toBe(true);
    }
  });

  it('`vat_rate: 5,5%` and `price: 24,90`: the key before the comma and its whole value', () => {
    const flow = MINIMAL.replace(
      / {2}- id: tasse\n[\s\S]*?supplier: poterie\n/,
      '  - { id: tasse, name: Tasse, price: 24,90, vat_rate: 5,5%, mix: 100%, strategy: resale, purchase_cost: 8.50, supplier: poterie }\n',
    );
    const found = problems(flow);
    expect(found.map((p) => [p.code, p.data?.previous, p.data?.suggestion])).toEqual([
      ['schema.decimal_comma', 'price', '24.90'],
      ['schema.decimal_comma_rate', 'vat_rate', '5.5%'],
    ]);
  });

  it('a comma after text is still « put the text in quotes », not a decimal number', () => {
    const text = MINIMAL.replace('    - { id: poterie, name: Poterie du Lot }', '    - { id: poterie, name: Lot 3,4 }');
    expect(problems(text).map((p) => [p.code, p.data?.previous])).toEqual([['schema.flow_comma', 'name']]);
  });
});

const withCosts = (channel: string, costs: string[]) => `${MINIMAL}channels:\n  - ${channel}\nfixed_costs:\n${costs.map((c) => `  - ${c}\n`).join('')}`;
const SHOP = '{ id: site, name: Boutique en ligne, kind: own_site, share: 100%, monthly_fee: 36 }';
const twice = (text: string) => problems(text).filter((p) => p.code.startsWith('fixed_cost.twice'));

describe('a fixed cost counted twice: « compté deux fois ? »', () => {
  it('the same label twice over the same months', () => {
    const found = twice(withCosts(SHOP, ['{ name: Expert-comptable, monthly: 70 }', '{ name: Expert comptable, yearly: 600 }']));
    expect(found).toEqual([
      expect.objectContaining({
        code: 'fixed_cost.twice_label',
        path: 'fixed_costs[1]',
        line: 24,
        data: expect.objectContaining({ name: 'Expert comptable', other: 'Expert-comptable', other_path: 'fixed_costs[0]', other_line: 23 }),
      }),
    ]);
    expect(found[0]!.message).toContain('compté deux fois ?');
  });

  it('the shop’s subscription as a fixed cost and as the channel’s monthly fee: same amount, same provider', () => {
    const found = twice(withCosts(SHOP, ['{ name: Abonnement de la boutique en ligne, monthly: 36 }']));
    expect(found).toEqual([
      expect.objectContaining({ code: 'fixed_cost.twice_amount', path: 'fixed_costs[0]', data: expect.objectContaining({ other: 'Boutique en ligne', other_path: 'channels[0].monthly_fee' }) }),
    ]);
    expect(found[0]!.message).toContain('compté deux fois ?');
    expect(found[0]!.hint).toContain('monthly_fee');
  });

  it('no question for a rent that changes (distinct months), another amount, or an amount shared by different providers', () => {
    const costs = [
      '{ name: Loyer, monthly: 300, until: 6 }',
      '{ name: Loyer, monthly: 350, from: 7 }',
      '{ name: Applications de la boutique en ligne, monthly: 20 }',
      '{ name: Assurance, monthly: 36 }',
    ];
    expect(twice(withCosts(SHOP, costs))).toEqual([]);
  });

  it('init’s file, every example uncommented, with the subscription typed at the channel question: nothing counted twice', () => {
    for (const lang of ['fr', 'en'] as const) {
      const base = defaultAnswers(lang, '2027-01');
      const a = { ...base, channel: { preset: 'site' as const, ...feesOf('site'), monthlyFee: new Decimal(36) } };
      const text = renderProjectYaml(a, { uncommentExamples: true });
      expect(loadText({ name: 'init.yaml', text }).problems).toEqual([]);
      // The example init used to write invited the same line: it would be asked about now.
      const before = text.replace(/^( *- \{ name: (?:Nom de domaine et messagerie|Domain name and e-mail), yearly: 90 \})$/m, '  - { name: Abonnement de la boutique en ligne, monthly: 36 }');
      if (lang === 'fr') expect(twice(before).map((p) => p.code)).toEqual(['fixed_cost.twice_amount']);
    }
  });
});
