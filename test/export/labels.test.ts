/** Every label of the workbook comes from the catalog: labels are built from data (`xlsx.line.${key}`), so an id missing from the catalog would show as itself. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildWorkbook } from '../../src/export/index.js';
import { loadText } from '../../src/model/load.js';
import { exampleFiles } from '../helpers/projects.js';

describe('workbook labels', () => {
  for (const file of exampleFiles()) {
    for (const lang of ['fr', 'en'] as const) {
      it(`${file.split('/').at(-1)} (${lang}): no sheet name, title, cell or note is an unresolved message id`, () => {
        const project = loadText({ name: file, text: readFileSync(file, 'utf8') }).project!;
        const wb = buildWorkbook(project, { scenario: 'base', lang });
        const texts = [wb.title, ...wb.sheets.flatMap((s) => [s.name, ...[...s.cells.values()].flatMap((c) => [typeof c.value === 'string' ? c.value : '', c.note ?? ''])])];
        expect(texts.filter((s) => /\bxlsx\.[a-z_]+(\.[a-z_0-9]+)*/.test(s))).toEqual([]);
        expect(texts.filter((s) => /\{[a-z_]+\}/.test(s))).toEqual([]);
        expect(texts.length).toBeGreaterThan(100);
      });
    }
  }
});
