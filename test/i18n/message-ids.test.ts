/** Message ids are typed: `t()` takes a MessageId, so an unknown literal id is a compile error (npm run typecheck). */
import { describe, expect, it } from 'vitest';
import { t, tCode, type MessageId } from '../../src/i18n/index.js';

describe('typed message ids', () => {
  it('t() renders a known id; an unknown literal id does not compile', () => {
    const known: MessageId = 'be.fixed_charges';
    expect(t('fr', known)).toBe('Charges fixes');
    // @ts-expect-error — not a message id of any catalog
    expect(t('fr', 'be.no_such_message')).toBe('be.no_such_message');
  });
  it('tCode() renders an id carried by data, and an unknown one as itself', () => {
    expect(tCode('en', 'forecast.missing_section', { section: 'demand' })).toBe('Section `demand` is missing: the forecast needs it');
    expect(tCode('en', 'no.such.code')).toBe('no.such.code');
  });
});
