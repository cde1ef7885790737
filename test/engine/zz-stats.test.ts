import fc from 'fast-check';
import { it } from 'vitest';
import { computeForecast } from '../../src/engine/index.js';
import { rawProject, toProject } from './arbitrary.js';
it('stats', () => {
  let sw = 0, n = 0, neg = 0, loans = 0;
  fc.assert(fc.property(rawProject, (raw) => { const f = computeForecast(toProject(raw)); n++; if (f.vatSwitch) sw++; if (f.cash.lowest.lt(0)) neg++; if (f.bank.loans.length) loans++; }), { numRuns: 200 });
  console.log({ n, sw, neg, loans });
});
