/**
 * The questions of `ecomplan init`, asked with inquirer. Only the asking lives here:
 * every answer is checked as it is typed by the parsers of `answers.ts`, and a question
 * answered by a flag is skipped. Loaded lazily: inquirer is only needed by `init`.
 */
import { input, select } from '@inquirer/prompts';
import type { Decimal } from '../model/decimal.js';
import { LEGAL_FORMS, STRATEGIES, VAT_REGIMES } from '../model/schema.js';
import { tCode } from '../i18n/index.js';
import { feesOf, parseAmount, parseCount, parseMonth, parseQuantity, parseRate, parseText, showAmount, showDecimal, showRate, type InitAnswers, type Parsed } from './answers.js';
import { CHANNEL_PRESETS, channelFeeData } from './defaults.js';
import type { Prefill } from './prefill.js';

/** Streams of the prompts (tests); the terminal by default. */
export type PromptContext = Parameters<typeof input>[1];

/**
 * Ask what `prefill` does not already say. `base` holds the defaults (with the
 * pre-filled answers laid over them); the result is complete and valid.
 */
export async function askAnswers(base: InitAnswers, prefill: Prefill, context?: PromptContext): Promise<InitAnswers> {
  const lang = base.lang;
  const msg = (id: string, data?: Record<string, unknown>) => tCode(lang, id, data);

  /** A typed answer: re-asked until `parse` accepts it. */
  async function ask<T>(id: string, def: string | undefined, parse: (s: string) => Parsed<T>): Promise<T> {
    const check = (s: string) => {
      const r = parse(s);
      return r.ok ? true : msg(r.id, r.data);
    };
    const text = await input({ message: msg(id), ...(def === undefined ? {} : { default: def }), validate: check }, context);
    const r = parse(text);
    // `validate` already refused anything else.
    if (!r.ok) throw new Error(`init: answer refused after validation (${r.id})`);
    return r.value;
  }

  // inquirer's key help is in English; say it in the user's language.
  const keysHelpTip = (keys: [key: string, action: string][]) => keys.map(([key, action]) => `${key} ${msg(`init.keys.${action}`)}`).join(' • ');

  async function choose<T extends string | boolean>(id: string, values: readonly T[], def: T, choiceId: (v: T) => string, data?: (v: T) => Record<string, unknown>): Promise<T> {
    return select<T>(
      {
        message: msg(id),
        choices: values.map((value) => {
          const name = msg(choiceId(value), data?.(value));
          // Once chosen, the answer line shows the choice without its explanation.
          return { value, name, short: name.split(' — ')[0]! };
        }),
        default: def,
        pageSize: values.length,
        theme: { style: { keysHelpTip } },
      },
      context,
    );
  }

  const amount = (id: string, def: Decimal, positive: boolean) => ask(id, showAmount(def, lang), (s) => parseAmount(s, { positive }));
  const required = (s: string) => parseText(s, { required: true });

  const a: InitAnswers = { ...base, product: { ...base.product }, channel: { ...base.channel } };
  const p = a.product;

  if (prefill.name === undefined) a.name = await ask('init.q.name', undefined, required);
  if (prefill.description === undefined) a.description = await ask('init.q.description', undefined, (s) => parseText(s));
  if (prefill.legalForm === undefined) a.legalForm = await choose('init.q.legal_form', LEGAL_FORMS, a.legalForm, (v) => `init.choice.legal_form.${v}`);
  if (prefill.vatRegime === undefined) a.vatRegime = await choose('init.q.vat_regime', VAT_REGIMES, a.vatRegime, (v) => `init.choice.vat_regime.${v}`);
  if (a.vatRegime === 'normal' && prefill.vatNumber === undefined) a.vatNumber = await ask('init.q.vat_number', undefined, (s) => parseText(s));

  if (prefill.productName === undefined) p.name = await ask('init.q.product_name', undefined, required);
  if (prefill.price === undefined) p.price = await amount('init.q.price', p.price, true);
  if (prefill.strategy === undefined) p.strategy = await choose('init.q.strategy', STRATEGIES, p.strategy, (v) => `init.choice.strategy.${v}`);
  // Only the cost questions of the chosen strategy.
  if (p.strategy === 'resale') {
    if (prefill.unitCost === undefined) p.unitCost = await amount('init.q.purchase_cost', p.unitCost, true);
    if (prefill.supplierName === undefined) p.supplierName = await ask('init.q.supplier_name', p.supplierName, required);
    if (prefill.secondHand === undefined) p.secondHand = await choose('init.q.second_hand', [false, true], p.secondHand, (v) => `init.choice.second_hand.${v}`);
  } else if (p.strategy === 'outsourced') {
    if (prefill.unitCost === undefined) p.unitCost = await amount('init.q.manufacturing_cost', p.unitCost, true);
    if (prefill.supplierName === undefined) p.supplierName = await ask('init.q.workshop_name', p.supplierName, required);
    p.setupCost = await amount('init.q.setup_cost', p.setupCost, false);
  } else {
    p.materialName = await ask('init.q.material_name', p.materialName, required);
    p.materialUnit = await ask('init.q.material_unit', p.materialUnit, required);
    if (prefill.unitCost === undefined) p.unitCost = await amount('init.q.material_cost', p.unitCost, true);
    p.materialQuantity = await ask('init.q.material_quantity', showDecimal(p.materialQuantity, lang), (s) => parseQuantity(s, { positive: true }));
    p.labourMinutes = await ask('init.q.labour_minutes', showDecimal(p.labourMinutes, lang), (s) => parseQuantity(s));
  }

  if (prefill.channel === undefined) {
    const preset = await choose('init.q.channel', CHANNEL_PRESETS, a.channel.preset, (v) => `init.choice.channel.${v}`, channelFeeData);
    a.channel = { preset, ...feesOf(preset) };
    // A choice rather than inquirer's confirm, which only understands y/n.
    const keep = await choose('init.q.keep_fees', [true, false], true, (v) => `init.choice.keep_fees.${v}`);
    if (!keep) {
      const c = a.channel;
      c.commissionRate = await ask('init.q.commission_rate', showRate(c.commissionRate, lang), (s) => parseRate(s));
      c.paymentFeeRate = await ask('init.q.payment_fee_rate', showRate(c.paymentFeeRate, lang), (s) => parseRate(s));
      c.paymentFeeFixed = await amount('init.q.payment_fee_fixed', c.paymentFeeFixed, false);
      c.monthlyFee = await amount('init.q.monthly_fee', c.monthlyFee, false);
    }
  }

  if (prefill.visitors === undefined) a.visitors = await ask('init.q.visitors', String(a.visitors), parseCount);
  if (prefill.conversionRate === undefined) a.conversionRate = await ask('init.q.conversion', showRate(a.conversionRate, lang), (s) => parseRate(s, { positive: true }));
  if (prefill.start === undefined) a.start = await ask('init.q.start', a.start, parseMonth);
  return a;
}
