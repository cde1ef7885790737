/**
 * Issue 24, finding 4: no CSV cell of any command starts with `=`, `+`, `-`, `@`, a tab or a CR
 * from user text (a spreadsheet would run it as a formula); numbers stay numbers. A property:
 * names everywhere in the example (products, materials, suppliers, channels, costs, the register,
 * an order export, the file's own name) are drawn from formula-like texts, and every cell of
 * every CSV output — forecast, margin, stock, sensitivity, actuals, check, the legal register — is read back.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell } from '../../src/render/escape.js';
import { example, ROOT, run } from '../helpers/cli.js';

const BOUGIES = readFileSync(example('bougies-atelier-lumiere.ecomplan.yaml'), 'utf8');
const SHOPIFY = readFileSync(join(ROOT, 'examples', 'actuals', 'bougies-shopify-commandes.csv'), 'utf8');

/** What a spreadsheet runs as a formula at the start of a cell, unless the cell is a plain number. */
const FORMULA = /^[=+\-@\t\r]/;
const NUMBER = /^-?\d+(?:[.,]\d+)?$/;

/** Every cell of a CSV document that a spreadsheet would run as a formula. */
function formulaCells(csv: string, delimiter: string): string[] {
  const rows = parse(csv.replace(/^\uFEFF/, ''), { delimiter, relax_column_count: true }) as string[][];
  return rows.flat().filter((c) => FORMULA.test(c) && !NUMBER.test(c));
}

/** A formula-like text: a dangerous first character and any tail (valid as a name: not blank, no control character but tab and CR). */
const hostile = fc
  .tuple(fc.constantFrom('=', '+', '-', '@', '\t', '\r', '=HYPERLINK("http://x";"y")', '-2+3', '@SUM(A1)', '+33 6 12 34 56 78'), fc.string({ maxLength: 12 }))
  .map(([head, tail]) => `${head}${tail.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, '')}x`);

/** The example and an order export with every name replaced by one of `names` (JSON strings are YAML double-quoted scalars). */
function hostileProject(names: string[]): { project: string; orders: string } {
  let i = 0;
  const next = () => names[i++ % names.length]!;
  const project = BOUGIES.replace(/^(\s*(?:- )?(?:name|purpose): )(?![{[])(.+?)(\s+#.*)?$/gm, (_m, lead: string) => `${lead}${JSON.stringify(next())}`)
    .replace(/(\{ id: [\w-]+, name: )([^,]+)(,)/g, (_m, lead: string, _n, comma: string) => `${lead}${JSON.stringify(next())}${comma}`)
    .replace(/recipients: \[Brevo\]/, `recipients: [Brevo, ${JSON.stringify(next())}]`);
  const quoted = `"${next().replace(/"/g, '""')}"`;
  const orders = SHOPIFY.replace(/,Bougie classique 200 g,24\.00,,bougie-classique,/, `,${quoted},24.00,,${quoted},`);
  return { project, orders };
}

describe('every CSV output of every command', () => {
  it('no cell starts a formula (property over formula-like names)', () => {
    fc.assert(
      fc.property(fc.array(hostile, { minLength: 8, maxLength: 8 }), (names) => {
        const dir = mkdtempSync(join(tmpdir(), 'ecomplan-csv-'));
        const { project, orders } = hostileProject(names);
        // A file name too: the first name that can be one (a tab or a CR at its start would be one for the shell, not a formula).
        const fileName = (names.find((n) => /^[=+\-@]/.test(n)) ?? '=x').replace(/[\r\t/\\]/g, '_');
        const file = join(dir, `${fileName}.ecomplan.yaml`);
        writeFileSync(file, project);
        writeFileSync(join(dir, 'commandes.csv'), orders);
        const outputs: Array<[string, string, string]> = [];
        for (const cmd of [['forecast', '--scenario', 'all'], ['margin'], ['stock'], ['sensitivity'], ['actuals', join(dir, 'commandes.csv')]]) {
          const r = run([cmd[0]!, file, ...cmd.slice(1), '--format', 'csv']);
          expect([cmd[0], r.code]).toEqual([cmd[0], 0]);
          outputs.push([cmd[0]!, r.stdout, ',']);
        }
        for (const [lang, sep] of [
          ['fr', ';'],
          ['en', ','],
        ] as const)
          outputs.push([`check ${lang}`, run(['check', '.', '--format', 'csv', '--lang', lang], { cwd: dir }).stdout, sep]);
        const legal = join(dir, 'legal');
        expect(run(['legal', file, '-o', legal]).code).toBe(0);
        const register = readdirSync(legal).find((f) => f.endsWith('.csv'))!;
        outputs.push(['legal', readFileSync(join(legal, register), 'utf8'), ';']);
        // The names did reach the start of cells (neutralised): the property is not vacuous.
        const reached = outputs
          .filter(([, csv, sep]) =>
            (parse(csv.replace(/^\uFEFF/, ''), { delimiter: sep, relax_column_count: true }) as string[][])
              .flat()
              .some((c) => c.startsWith("'") && [...names, fileName].some((n) => c.slice(1).startsWith(n))),
          )
          .map(([w]) => w);
        expect(reached).toEqual(expect.arrayContaining(['margin', 'check fr', 'check en', 'legal']));
        for (const [what, csv, sep] of outputs) expect([what, formulaCells(csv, sep)]).toEqual([what, []]);
      }),
      { numRuns: 2, seed: 24, endOnFailure: true },
    );
  }, 120_000);
  it('the one writer: quoting, numbers left alone', () => {
    expect(csvCell('-12.50', ',')).toBe('-12.50');
    expect(csvCell('-2+3', ',')).toBe("'-2+3");
    expect(csvCell('=A1;B1', ';')).toBe(`"'=A1;B1"`);
    expect(csvCell('\tx', ',')).toBe("'\tx");
  });
});
