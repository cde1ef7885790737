/**
 * docs/first-project.md (French) and docs/en/first-project.md (English) show real output:
 * these tests fail when either walkthrough drifts from what init, validate and forecast print.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultAnswers } from '../../src/init/answers.js';
import { renderProjectYaml } from '../../src/init/render.js';
import { Decimal } from '../../src/model/decimal.js';
import { messageIds, t, tCode } from '../../src/i18n/index.js';
import { ROOT, run } from '../helpers/cli.js';

/** The ```text block of `doc` that starts with `$ <command>`. */
function blockOf(doc: string, command: string): string[] {
  const start = doc.indexOf(`\`\`\`text\n$ ${command}`);
  expect(start, command).toBeGreaterThanOrEqual(0);
  const body = doc.slice(start + '```text\n'.length, doc.indexOf('\n```', start));
  return body.split('\n');
}

// The answers of the session shown in the walkthrough.
const base = defaultAnswers('fr', '2027-01');
const walkthrough = {
  ...base,
  name: 'Atelier Lumière',
  description: 'Bougies végétales coulées à la main, vendues en ligne',
  product: {
    ...base.product,
    name: 'Bougie classique 200 g',
    price: new Decimal('24'),
    strategy: 'in_house' as const,
    materialName: 'Cire de soja',
    materialUnit: 'kg',
    unitCost: new Decimal('7.80'),
    materialQuantity: new Decimal('0.2'),
    labourMinutes: new Decimal('12'),
  },
  visitors: 600,
};

const dir = mkdtempSync(join(tmpdir(), 'ecomplan-init-docs-'));
const file = join(dir, 'projet.ecomplan.yaml');
writeFileSync(file, renderProjectYaml(walkthrough));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

for (const page of [join('docs', 'first-project.md'), join('docs', 'en', 'first-project.md')]) {
  const doc = readFileSync(join(ROOT, page), 'utf8');
  const block = (command: string) => blockOf(doc, command);
  describe(page, () => {
    it('every answered question of the session is a question of the catalog', () => {
      const questions = messageIds()
        .filter((id) => id.startsWith('init.q.'))
        .map((id) => tCode('fr', id));
      const answered = block('ecomplan init').filter((l) => l.startsWith('✔ ') && !l.includes('créé'));
      expect(answered).toHaveLength(17);
      for (const line of answered)
        expect(
          questions.some((q) => line.slice(2).startsWith(q)),
          line,
        ).toBe(true);
      expect(block('ecomplan init')).toContain(t('fr', 'init.intro'));
    });

    it('shows what validate prints for that file', () => {
      const r = run(['validate', 'projet.ecomplan.yaml'], { cwd: dir });
      expect(r.code).toBe(0);
      expect(block('ecomplan validate')[1]).toBe(r.stdout.trimEnd());
    });

    it('shows lines that forecast prints for that file', () => {
      const r = run(['forecast', 'projet.ecomplan.yaml'], { cwd: dir });
      expect(r.code).toBe(0);
      // The docs write plain spaces where the tables use no-break ones (U+00A0, U+202F).
      const printed = r.stdout.split('\n').map((l) => l.replace(/[\u00A0\u202F]/g, ' ').trimEnd());
      for (const line of block('ecomplan forecast').slice(1)) if (line !== '…') expect(printed, line).toContain(line);
    });
  });
}
