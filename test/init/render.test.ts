import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultAnswers, feesOf, parseText, type InitAnswers } from '../../src/init/answers.js';
import { CHANNEL_PRESETS, type ChannelPreset } from '../../src/init/defaults.js';
import { renderProjectYaml, yamlText } from '../../src/init/render.js';
import { Decimal } from '../../src/model/decimal.js';
import { loadText } from '../../src/model/load.js';
import { SCHEMA_ID } from '../../src/model/json-schema.js';
import { LEGAL_FORMS, ProjectFileSchema, STRATEGIES, VAT_REGIMES, type ProjectFile } from '../../src/model/schema.js';
import type { Lang } from '../../src/i18n/index.js';

const LANGS: Lang[] = ['fr', 'en'];

function load(text: string) {
  const loaded = loadText({ name: 'init.yaml', text });
  return { project: loaded.project, problems: loaded.problems.map((p) => `${p.code} ${p.path} ${JSON.stringify(p.data ?? {})}`) };
}

/** Validates with no problem at all (not even a warning); returns the project. */
function valid(text: string): ProjectFile {
  const { project, problems } = load(text);
  expect(problems).toEqual([]);
  expect(project).toBeDefined();
  return project!;
}

function answers(lang: Lang, over: Partial<InitAnswers> & { strategy?: InitAnswers['product']['strategy']; preset?: ChannelPreset } = {}): InitAnswers {
  const base = defaultAnswers(lang, '2027-01');
  const { strategy, preset, ...rest } = over;
  return {
    ...base,
    ...rest,
    product: { ...base.product, ...(strategy ? { strategy } : {}) },
    channel: preset ? { preset, ...feesOf(preset) } : base.channel,
  };
}

const TOP_LEVEL_KEYS = Object.keys(ProjectFileSchema.shape);

describe('renderProjectYaml: every combination validates', () => {
  // Three channels per combination, in turn: every channel meets every language, form, regime and strategy.
  const combos = LANGS.flatMap((lang) => LEGAL_FORMS.flatMap((legalForm) => VAT_REGIMES.flatMap((vatRegime) => STRATEGIES.map((strategy) => ({ lang, legalForm, vatRegime, strategy }))))).flatMap(
    (c, i) => [0, 1, 2].map((k) => ({ ...c, preset: CHANNEL_PRESETS[(i + k) % CHANNEL_PRESETS.length]! })),
  );

  it(`${combos.length} combinations of language × legal form × VAT regime × strategy × channel (three channels each, in turn)`, () => {
    for (const c of combos) {
      const a = answers(c.lang, { legalForm: c.legalForm, vatRegime: c.vatRegime, strategy: c.strategy, preset: c.preset });
      const p = valid(renderProjectYaml(a));
      expect(p.company?.legal_form).toBe(c.legalForm);
      expect(p.company?.vat_regime).toBe(c.vatRegime);
      expect(p.products[0]?.strategy).toBe(c.strategy);
      expect(p.channels?.[0]?.id).toBe(c.preset);
      expect(p.locale).toBe(c.lang);
    }
  });

  it('with every commented-out example uncommented, each combination still validates', () => {
    for (const c of combos) {
      const a = answers(c.lang, { legalForm: c.legalForm, vatRegime: c.vatRegime, strategy: c.strategy, preset: c.preset });
      const p = valid(renderProjectYaml(a, { uncommentExamples: true }));
      // Every section of the format is then present.
      for (const key of TOP_LEVEL_KEYS) expect(p[key as keyof ProjectFile], `${key} (${JSON.stringify(c)})`).toBeDefined();
    }
  });
});

describe('renderProjectYaml: the shape of the file', () => {
  it.each(LANGS)('starts with the yaml-language-server schema line (%s)', (lang) => {
    const text = renderProjectYaml(answers(lang));
    expect(text.split('\n')[0]).toBe(`# yaml-language-server: $schema=${SCHEMA_ID}`);
    expect(SCHEMA_ID).toBe('https://unpkg.com/ecomplan/schema/ecomplan.schema.json');
  });

  it.each(STRATEGIES)('shows every top-level section, filled or commented, in the order of the format (%s)', (strategy) => {
    const text = renderProjectYaml(answers('fr', { strategy }));
    let last = -1;
    for (const key of TOP_LEVEL_KEYS) {
      const m = new RegExp(`^(# )?${key}:`, 'm').exec(text);
      expect(m, key).not.toBeNull();
      expect(m!.index, `${key} comes after the previous section`).toBeGreaterThan(last);
      last = m!.index;
    }
  });

  it.each(STRATEGIES)('fills the sections the forecast needs (%s)', (strategy) => {
    const p = valid(renderProjectYaml(answers('fr', { strategy })));
    expect(p.project.start).toBe('2027-01');
    expect(p.project.horizon_months).toBe(36);
    expect(p.company).toBeDefined();
    expect(p.channels).toHaveLength(1);
    expect(p.demand?.conversion_rate.toFixed()).toBe('0.015');
    expect(p.demand?.items_per_order.toFixed()).toBe('1');
    expect(p.acquisition).toHaveLength(1);
    expect(p.acquisition?.[0]?.visitors?.toFixed()).toBe('1000');
  });

  it('writes only the cost keys of the chosen strategy', () => {
    const resale = valid(renderProjectYaml(answers('fr', { strategy: 'resale' })));
    expect(resale.products[0]).toMatchObject({ strategy: 'resale', supplier: 'fournisseur-a-choisir' });
    expect(resale.products[0]?.purchase_cost?.toFixed(2)).toBe('8.00');
    expect(resale.products[0]?.manufacturing_cost).toBeUndefined();
    expect(resale.products[0]?.bill_of_materials).toBeUndefined();
    expect(resale.suppliers?.list?.[0]).toMatchObject({
      id: 'fournisseur-a-choisir',
      name: 'Fournisseur à choisir',
      supplies: ['produit-1'],
      selected: true,
    });
    expect(resale.materials).toBeUndefined();

    const base = defaultAnswers('fr', '2027-01');
    const out = valid(
      renderProjectYaml({
        ...base,
        product: { ...base.product, strategy: 'outsourced', unitCost: new Decimal('9.8'), setupCost: new Decimal('350') },
      }),
    );
    expect(out.products[0]?.manufacturing_cost?.toFixed(2)).toBe('9.80');
    expect(out.products[0]?.setup_cost?.toFixed(2)).toBe('350.00');
    expect(out.products[0]?.purchase_cost).toBeUndefined();
    // A zero setup cost is not written at all.
    expect(valid(renderProjectYaml(answers('fr', { strategy: 'outsourced' }))).products[0]?.setup_cost).toBeUndefined();

    const inHouse = valid(
      renderProjectYaml({
        ...base,
        product: {
          ...base.product,
          strategy: 'in_house',
          materialName: 'Cire de soja',
          materialUnit: 'kg',
          unitCost: new Decimal('7.80'),
          materialQuantity: new Decimal('0.2'),
          labourMinutes: new Decimal('12'),
        },
      }),
    );
    expect(inHouse.products[0]?.bill_of_materials).toEqual([{ material: 'cire-de-soja', quantity: new Decimal('0.2') }]);
    expect(inHouse.products[0]?.labour_minutes?.toFixed()).toBe('12');
    expect(inHouse.products[0]?.supplier).toBeUndefined();
    expect(inHouse.materials).toEqual([{ id: 'cire-de-soja', name: 'Cire de soja', unit: 'kg', cost: new Decimal('7.80') }]);
    expect(inHouse.labour?.hourly_cost.toFixed()).toBe('0');
    expect(inHouse.suppliers).toBeUndefined();
  });

  it.each([
    ['site', 'own_site', '0', '0.015', '0.25', '0', 'other'],
    ['etsy', 'marketplace', '0.065', '0.04', '0.3', '0', 'marketplace'],
    ['amazon', 'marketplace', '0.15', '0', '0', '39', 'marketplace'],
  ] as const)('channel %s gets its usual fees (french-rules.md)', (preset, kind, commission, payRate, payFixed, monthly, sourceKind) => {
    const p = valid(renderProjectYaml(answers('fr', { preset })));
    const c = p.channels![0]!;
    expect(c.kind).toBe(kind);
    expect(c.share.toFixed()).toBe('1');
    expect(c.commission_rate?.toFixed()).toBe(commission);
    expect(c.payment_fee_rate?.toFixed()).toBe(payRate);
    expect(c.payment_fee_fixed?.toFixed()).toBe(payFixed);
    expect(c.monthly_fee?.toFixed()).toBe(monthly);
    expect(p.acquisition![0]!.kind).toBe(sourceKind);
  });

  it('writes the VAT number under the normal regime, a visible placeholder when unknown', () => {
    const given = valid(renderProjectYaml(answers('fr', { vatRegime: 'normal', vatNumber: 'FR12345678901' })));
    expect(given.company?.vat_number).toBe('FR12345678901');
    expect(valid(renderProjectYaml(answers('fr', { vatRegime: 'normal' }))).company?.vat_number).toBe('à compléter');
    expect(valid(renderProjectYaml(answers('en', { vatRegime: 'normal' }))).company?.vat_number).toBe('to be completed');
    expect(valid(renderProjectYaml(answers('fr', { vatNumber: 'FR1' }))).company?.vat_number).toBeUndefined();
  });

  it('writes the description when given, else shows it commented out', () => {
    expect(renderProjectYaml(answers('fr'))).toContain('\n  # description: Ce que vous vendez, à qui, et pourquoi.\n');
    expect(valid(renderProjectYaml(answers('fr', { description: 'Des bougies' }))).project.description).toBe('Des bougies');
  });

  it('quotes user text so that it stays a value', () => {
    const name = 'Bougies: "été" #1';
    const text = renderProjectYaml(answers('fr', { name }));
    expect(text).toContain(`  name: 'Bougies: "été" #1'`);
    expect(valid(text).project.name).toBe(name);
    expect(yamlText('123')).toBe('"123"');
    // Identifiers made from such names stay text too.
    for (const product of ['123', 'true', 'null', '1e3', '0x1f']) {
      const p = valid(renderProjectYaml({ ...answers('fr'), product: { ...answers('fr').product, name: product, supplierName: product } }));
      expect(p.products[0]?.id).toBe(product);
      expect(p.suppliers?.list?.[0]?.supplies).toEqual([product]);
    }
    expect(yamlText('yes')).toBe('yes');
    expect(yamlText('')).toBe('""');
  });
});

/** Text as the prompts hand it over: cleaned to one line; a blank required answer is re-asked (here: replaced). */
const NASTY = [
  'Bougies: "été" #1',
  '- item',
  '{ a: 1 }',
  '[a, b]',
  'null',
  '~',
  '123',
  '0x1F',
  '1e3',
  '.5',
  'true',
  'yes',
  '#',
  "'",
  '"',
  '---',
  '...',
  '&anchor',
  '*alias',
  '!tag',
  '%YAML 1.2',
  '@at',
  '`tick`',
  'a: b',
  'a #b',
  '? key',
  '|',
  '>',
  '2027-01',
  'line\nbreak',
  '\r\n',
  '\u2028',
  '\u0000',
  '\t',
  '\uFEFFbom',
  'e\u0301te\u0301',
  '🕯️ bougie',
  '{name}',
  'C:\\chemin\\',
  ' '.repeat(5),
  'x'.repeat(300),
];
const userText = fc.oneof(fc.constantFrom(...NASTY), fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ maxLength: 40 }));
const cleaned = (s: string) => (parseText(s).ok ? (parseText(s) as { value: string }).value : '');
const required = userText.map((s) => cleaned(s) || 'x');
const money = fc.tuple(fc.nat({ max: 1_000_000 }), fc.nat({ max: 999 })).map(([i, f]) => new Decimal(`${i}.${String(f).padStart(3, '0')}`).plus(new Decimal('0.001')));
const rate = fc.nat({ max: 10_000 }).map((n) => new Decimal(n).div(10_000));

const answersArb = fc.record({
  lang: fc.constantFrom<Lang>('fr', 'en'),
  name: required,
  description: userText.map(cleaned),
  legalForm: fc.constantFrom(...LEGAL_FORMS),
  vatRegime: fc.constantFrom(...VAT_REGIMES),
  vatNumber: userText.map(cleaned),
  product: fc.record({
    name: required,
    price: money,
    strategy: fc.constantFrom(...STRATEGIES),
    unitCost: money,
    supplierName: required,
    secondHand: fc.boolean(),
    setupCost: money,
    materialName: required,
    materialUnit: required,
    materialQuantity: money,
    labourMinutes: money,
  }),
  channel: fc.record({
    preset: fc.constantFrom(...CHANNEL_PRESETS),
    commissionRate: rate,
    paymentFeeRate: rate,
    paymentFeeFixed: money,
    monthlyFee: money,
  }),
  visitors: fc.nat({ max: 1_000_000_000 }),
  conversionRate: rate.map((r) => (r.isZero() ? new Decimal('0.0001') : r)),
  start: fc.tuple(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
});

describe('renderProjectYaml: property test with nasty answers', () => {
  it('any answers give a valid file that reads back exactly the answers', () => {
    fc.assert(
      fc.property(answersArb, fc.boolean(), (a, uncommentExamples) => {
        const p = valid(renderProjectYaml(a, { uncommentExamples }));
        expect(p.project.name).toBe(a.name);
        expect(p.company?.name).toBe(a.name);
        if (a.description) expect(p.project.description).toBe(a.description);
        expect(p.project.start).toBe(a.start);
        const prod = p.products[0]!;
        expect(prod.name).toBe(a.product.name);
        expect(prod.price.eq(a.product.price)).toBe(true);
        if (!uncommentExamples) expect(prod.second_hand).toBe(a.product.strategy === 'resale' && a.product.secondHand ? true : undefined);
        if (a.product.strategy === 'in_house') {
          expect(p.materials?.[0]?.name).toBe(a.product.materialName);
          expect(p.materials?.[0]?.unit).toBe(a.product.materialUnit);
          expect(p.materials?.[0]?.cost.eq(a.product.unitCost)).toBe(true);
          expect(prod.bill_of_materials?.[0]?.quantity.eq(a.product.materialQuantity)).toBe(true);
        } else {
          expect(p.suppliers?.list?.[0]?.name).toBe(a.product.supplierName);
          expect((prod.purchase_cost ?? prod.manufacturing_cost)?.eq(a.product.unitCost)).toBe(true);
        }
        if (a.vatRegime === 'normal' && a.vatNumber) expect(p.company?.vat_number).toBe(a.vatNumber);
        const c = p.channels![0]!;
        expect(c.commission_rate?.eq(a.channel.commissionRate)).toBe(true);
        expect(c.payment_fee_rate?.eq(a.channel.paymentFeeRate)).toBe(true);
        expect(c.payment_fee_fixed?.eq(a.channel.paymentFeeFixed)).toBe(true);
        expect(c.monthly_fee?.eq(a.channel.monthlyFee)).toBe(true);
        expect(p.demand?.conversion_rate.eq(a.conversionRate)).toBe(true);
        expect(p.acquisition?.[0]?.visitors?.toFixed()).toBe(String(a.visitors));
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 300) },
    );
  });
});

describe('renderProjectYaml: text not cleaned first', () => {
  it('still gives a valid file: the YAML quoting alone keeps any text a value', () => {
    // Control characters other than tab and line breaks are refused by the model (value.control_char); cleanText removes them from answers.
    const raw = fc
      .oneof(fc.constantFrom(...NASTY), fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 40 }))
      .filter((s) => s.trim() !== '' && !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/.test(s));
    fc.assert(
      fc.property(raw, raw, (name, product) => {
        const a = answers('fr');
        const p = valid(renderProjectYaml({ ...a, name, product: { ...a.product, name: product } }));
        expect(p.project.name).toBe(name.trim());
        expect(p.products[0]!.name).toBe(product.trim());
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 300) },
    );
  });
});
