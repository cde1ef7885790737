/** `--format csv` of forecast: a label a spreadsheet would run as a formula is neutralised (OWASP CSV injection). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { example, run } from '../helpers/cli.js';

describe('forecast --format csv and formulas in user text', () => {
  it('an investment named =HYPERLINK(…) is written as text, numbers stay numbers', () => {
    const text = readFileSync(example('bougies-atelier-lumiere.ecomplan.yaml'), 'utf8').replace('"Boutique Shopify (thème, paramétrage, photos produits)"', `'=HYPERLINK("http://x")'`);
    const r = run(['forecast', '-', '--format', 'csv'], { input: text });
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\r\n');
    expect(lines).toContain('base,financing_plan,plan.needs.investments[0],"\'=HYPERLINK(""http://x"")",amount,1680.00');
    expect(lines.some((l) => /,-\d+\.\d{2}$/.test(l))).toBe(true); // a negative amount is not prefixed
  });
});
