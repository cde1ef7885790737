import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/model/decimal.js';
import { yearTotal } from '../../src/render/report/cash-plan.js';
import { EMPTY, money } from '../../src/render/sections.js';

const cells = ['100.10', '-20.05', '0.40'].map((v) => money(new Decimal(v)));

describe('the year total of a cash line (issue 12, item 1)', () => {
  it('opens with the first month, closes with the last, sums the flows', () => {
    expect(yearTotal('start', cells)).toEqual(money(new Decimal('100.10')));
    expect(yearTotal('end', cells)).toEqual(money(new Decimal('0.40')));
    // 100.10 − 20.05 + 0.40 = 80.45
    expect(yearTotal('sales', cells)).toEqual(money(new Decimal('80.45')));
    expect(yearTotal('sales', [EMPTY])).toEqual(EMPTY);
  });
});
