import { describe, expect, it } from 'vitest';
import { cleanText, nextMonth, parseAmount, parseCount, parseMonth, parseQuantity, parseRate, parseText, showAmount, showRate, slugify, type Parsed } from '../../src/init/answers.js';
import { Decimal } from '../../src/model/decimal.js';
import { hasMessage } from '../../src/i18n/index.js';
import { loadText } from '../../src/model/load.js';

/** The parsed decimal as a plain string, or the message id of the refusal. */
function outcome(r: Parsed<Decimal>): string {
  return r.ok ? r.value.toFixed() : r.id;
}

describe('parseAmount: what people type for a price or a cost', () => {
  it.each([
    ['24.90', '24.9'],
    ['24,90', '24.9'],
    ['24,90 €', '24.9'],
    ['€24.90', '24.9'],
    ['24 EUR', '24'],
    ['1 234,50', '1234.5'],
    ['1\u202F234,50', '1234.5'],
    ['  8  ', '8'],
    ['0.125', '0.125'],
    ['abc', 'init.invalid.amount'],
    ['24.9.0', 'init.invalid.amount'],
    ['1.234,50', 'init.invalid.amount'],
    ['', 'init.invalid.amount'],
    ['-3', 'init.invalid.negative'],
    ['1e3', 'init.invalid.amount'],
  ])('%j → %s', (text, expected) => {
    expect(outcome(parseAmount(text))).toBe(expected);
  });

  it('a price must be positive; a setup cost may be zero', () => {
    expect(outcome(parseAmount('0', { positive: true }))).toBe('init.invalid.positive');
    expect(outcome(parseAmount('0,00', { positive: true }))).toBe('init.invalid.positive');
    expect(outcome(parseAmount('0'))).toBe('0');
  });

  it('keeps the exact decimal typed (no binary float)', () => {
    const r = parseAmount('0,1');
    expect(r.ok && r.value.plus(new Decimal('0.2')).eq(new Decimal('0.3'))).toBe(true);
  });
});

describe('parseRate: 2% or 0.02, like the project file', () => {
  it.each([
    ['2%', '0.02'],
    ['2 %', '0.02'],
    ['2\u00A0%', '0.02'],
    ['1,5 %', '0.015'],
    ['1.5%', '0.015'],
    ['0.02', '0.02'],
    ['0,02', '0.02'],
    ['1', '1'],
    ['100%', '1'],
    ['0%', '0'],
    ['150%', 'init.invalid.rate_above_100'],
    ['2', 'init.invalid.rate_bare'],
    ['-2%', 'init.invalid.negative'],
    ['deux', 'init.invalid.rate'],
    ['%', 'init.invalid.rate'],
  ])('%j → %s', (text, expected) => {
    expect(outcome(parseRate(text))).toBe(expected);
  });

  it('suggests the percentage for a bare number above 1', () => {
    expect(parseRate('2')).toEqual({ ok: false, id: 'init.invalid.rate_bare', data: { value: '2', suggestion: '2%' } });
  });

  it('a conversion rate of zero is refused', () => {
    expect(outcome(parseRate('0%', { positive: true }))).toBe('init.invalid.positive');
  });
});

describe('other answers', () => {
  it('counts accept spaces as thousands separators', () => {
    expect(parseCount('1 000')).toEqual({ ok: true, value: 1000 });
    expect(parseCount('0')).toEqual({ ok: true, value: 0 });
    expect(parseCount('12.5')).toEqual({ ok: false, id: 'init.invalid.count', data: { value: '12.5' } });
    expect(parseCount('-1')).toEqual({ ok: false, id: 'init.invalid.negative' });
  });

  it('quantities may be fractional, not negative', () => {
    expect(outcome(parseQuantity('0,2'))).toBe('0.2');
    expect(outcome(parseQuantity('0', { positive: true }))).toBe('init.invalid.positive');
    expect(outcome(parseQuantity('-1'))).toBe('init.invalid.negative');
    expect(outcome(parseQuantity('x'))).toBe('init.invalid.number');
  });

  it.each([
    ['2027-01', '2027-01'],
    [' 2030-12 ', '2030-12'],
  ])('month %j → %s', (text, expected) => {
    expect(parseMonth(text)).toEqual({ ok: true, value: expected });
  });

  it.each(['2027-13', '2027-00', '27-01', '1999-05', 'janvier', '2027/01', '2027-3', '2027-1'])('month %j is refused', (text) => {
    expect(parseMonth(text)).toMatchObject({ ok: false, id: 'init.invalid.month' });
  });

  it('a required text cannot be blank', () => {
    expect(parseText('  \t ', { required: true })).toEqual({ ok: false, id: 'init.invalid.required' });
    expect(parseText('')).toEqual({ ok: true, value: '' });
  });

  it('cleanText keeps one line of text whatever is pasted', () => {
    expect(cleanText('  Bougies\n« été »\t#1 ')).toBe('Bougies « été » #1');
    expect(cleanText('a\u2028b\u0000c\uFEFFd')).toBe('a b c d');
    expect(cleanText('lone \uD800 surrogate')).toBe('lone surrogate');
    expect(cleanText('emoji 🕯️ stays')).toBe('emoji 🕯️ stays');
  });

  it.each([
    ['Bougie « été » n°1', 'x', 'bougie-ete-n-1'],
    ['Cire du Sud', 'x', 'cire-du-sud'],
    ['ŒUVRES d’Æsop', 'x', 'oeuvres-d-aesop'],
    ['!!!', 'produit-1', 'produit-1'],
    ['日本', 'produit-1', 'produit-1'],
    ['a'.repeat(60), 'x', 'a'.repeat(40)],
  ])('slugify(%j) → %s', (text, fallback, expected) => {
    expect(slugify(text, fallback)).toBe(expected);
  });

  it('the start month defaults to the month after today, across a year end', () => {
    expect(nextMonth(new Date(2026, 11, 31))).toBe('2027-01');
    expect(nextMonth(new Date(2026, 0, 1))).toBe('2026-02');
    expect(nextMonth(new Date(2026, 8, 15))).toBe('2026-10');
  });

  it('proposed values read back as the same value', () => {
    for (const lang of ['fr', 'en'] as const) {
      for (const v of ['0.015', '0.065', '0.04', '0', '1']) {
        const r = parseRate(showRate(new Decimal(v), lang));
        expect(r.ok && r.value.eq(new Decimal(v))).toBe(true);
      }
      for (const v of ['0.25', '39', '25', '0.125']) {
        const r = parseAmount(showAmount(new Decimal(v), lang));
        expect(r.ok && r.value.eq(new Decimal(v))).toBe(true);
      }
    }
    expect(showRate(new Decimal('0.015'), 'fr')).toBe('1,5 %');
    expect(showAmount(new Decimal('0.3'), 'en')).toBe('0.30');
  });

  it('every message id a parser returns exists in the catalog', () => {
    const ids = [
      parseAmount('x'),
      parseAmount('-1'),
      parseAmount('0', { positive: true }),
      parseQuantity('x'),
      parseCount('x'),
      parseRate('x'),
      parseRate('3'),
      parseRate('300%'),
      parseMonth('x'),
      parseText('', { required: true }),
    ].map((r) => (r.ok ? 'ok' : r.id));
    for (const id of ids) expect(hasMessage(id), id).toBe(true);
  });
});

describe('init and validate agree on months (issue 12 item 9)', () => {
  it.each(['2027-01', '2027-1', '2027-3', '2027-12', '2027-13', '2030-06'])('%j: init accepts it exactly when validate does', (text) => {
    const init = parseMonth(text).ok;
    const file = `ecomplan: 1\nproject:\n  name: Essai\n  start: "${text}"\n`;
    const loaded = loadText({ name: 'm.yaml', text: file });
    const startRefused = loaded.problems.some((p) => p.path === 'project.start' && p.severity === 'error');
    expect(init).toBe(!startRefused);
  });
});
