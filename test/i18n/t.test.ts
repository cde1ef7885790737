/** Numbers in messages: a percentage keeps its own decimals (like formatPercent), an amount shows cents. */
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/model/decimal.js';
import { t } from '../../src/i18n/index.js';

/** French messages carry no-break spaces (typography); compare the words and figures. */
const plain = (s: string) => s.replace(/[\u00A0\u202F]/g, ' ');

describe('t(): decimals of numbers in messages', () => {
  it('a percentage with one decimal is not padded to two (72,9 %, not 72,90 %)', () => {
    const data = { lowest: new Decimal('72.9'), target: new Decimal('30'), criterion: 'qualité' };
    expect(plain(t('fr', 'criteria.C2.3.pass', data))).toBe('Taux de marque le plus bas : 72,9 % (cible 30 %) ; fournisseurs notés sur « qualité »');
    expect(t('en', 'criteria.C2.3.pass', data)).toBe('Lowest markup rate: 72.9% (target 30%); suppliers scored on `qualité`');
    expect(plain(t('fr', 'criteria.C4.2.pass', { stages: 5, end: new Decimal('1.8') }))).toBe('Tunnel de vente en 5 étapes, taux final 1,8 % cohérent avec le prévisionnel');
  });
  it('an amount keeps its cents (1 334,50 €)', () => {
    const data = { horizon: 36, lowest: new Decimal('1334.5'), month: '2027-01' };
    expect(plain(t('fr', 'criteria.C1.6.pass', data))).toBe('Prévisionnel sur 36 mois ; trésorerie au plus bas : 1 334,50 € (janvier 2027)');
    expect(t('en', 'criteria.C1.6.pass', data)).toBe('Forecast over 36 months; lowest cash balance: €1,334.50 (January 2027)');
  });
});

describe('t(): enum values named in the reader’s language', () => {
  it('`{strategies:strategy}` renders each id through strategy.<id> (no English id in French)', () => {
    const data = { strategies: ['in_house', 'outsourced', 'resale'], evaluated: 3 };
    expect(plain(t('fr', 'criteria.C1.2.pass', data))).toBe('Stratégies de production étudiées : fabrication maison, sous-traitance, achat-revente (3 produit(s) avec une alternative)');
    expect(t('en', 'criteria.C1.2.pass', data)).toBe('Production strategies studied: in-house, outsourced, resale (3 product(s) with an alternative)');
  });
  it('an id without a catalog entry is shown as written', () => {
    expect(plain(t('fr', 'criteria.C1.2.pass', { strategies: ['troc'], evaluated: 0 }))).toBe('Stratégies de production étudiées : troc (0 produit(s) avec une alternative)');
  });
});

describe('t(): English amounts read €1,234.56 like the tables', () => {
  it('the engine’s English warnings put € before the amount, minus first', () => {
    const data = { month: '2028-11', amount: new Decimal('-2179.29'), lowest: new Decimal('-33144.2'), lowest_month: '2030-08' };
    expect(t('en', 'forecast.cash_negative', data)).toBe('Cash goes below zero in November 2028 (-€2,179.29); lowest: -€33,144.20 in August 2030');
    expect(plain(t('fr', 'forecast.cash_negative', data))).toBe('La trésorerie devient négative en novembre 2028 (-2 179,29 €) ; la plus basse : -33 144,20 € en août 2030');
  });
});

describe('t(): months in messages read like the tables (janvier 2027)', () => {
  it('C1.5 names the break-even month', () => {
    expect(plain(t('fr', 'criteria.C1.5.pass', { month: '2027-12', indicators: ['min_markup_rate'] }))).toBe('Point mort atteint en décembre 2027 ; indicateurs de coût suivis : min_markup_rate');
    expect(t('en', 'criteria.C1.5.pass', { month: '2027-12', indicators: ['min_markup_rate'] })).toBe('Break-even reached in December 2027; cost indicators followed: min_markup_rate');
  });
});

describe('t(): both ends of a percentage range', () => {
  it('0,2–10 %, not 0,20–10 %', () => {
    const data = { rate: new Decimal('150'), min: new Decimal('0.2'), max: new Decimal('10') };
    expect(plain(t('fr', 'forecast.conversion_implausible', data))).toBe('Taux de conversion de 150 % hors de la fourchette plausible (0,2–10 %)');
    expect(t('en', 'forecast.conversion_implausible', data)).toBe('Conversion rate of 150% outside the plausible range (0.2–10%)');
  });
});
