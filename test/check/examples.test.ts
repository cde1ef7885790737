/**
 * The shipped examples (examples/*.yaml), judged with the real engine through the
 * evaluation module (the one place the check runs the engine): every criterion passes with no error finding, and
 * deleting a section makes exactly the criteria that read it stop passing (the
 * criteria that read the forecast may also move when the section feeds it).
 * Skipped while examples/ does not exist.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CRITERIA } from '../../src/criteria/index.js';
import { evaluate } from '../../src/evaluate/index.js';
import { loadText } from '../../src/model/load.js';
import { ROOT } from '../helpers/cli.js';

const DIR = join(ROOT, 'examples');
const EXAMPLES = existsSync(DIR)
  ? readdirSync(DIR)
      .filter((f) => /\.ya?ml$/.test(f))
      .sort()
  : [];
const FORECAST = new Set(CRITERIA.filter((c) => c.reads.includes('forecast')).map((c) => c.id));

function judgeText(text: string) {
  const loaded = loadText({ name: 'example.yaml', text });
  if (!loaded.project) return undefined;
  return evaluate({ project: loaded.project, map: loaded.map, warnings: loaded.problems }, { check: true }).check!;
}

const reads = (id: string, section: string) => CRITERIA.find((c) => c.id === id)!.reads.some((r) => r === section || r.startsWith(`${section}.`) || r.startsWith(`${section}[`));

describe('examples', () => {
  it('there are three examples', () => expect(EXAMPLES).toHaveLength(3));
  for (const name of EXAMPLES) {
    const text = readFileSync(join(DIR, name), 'utf8');
    it(`${name}: every criterion passes (100 %), no error finding`, () => {
      const result = judgeText(text);
      expect(result).toBeDefined();
      const engineWired = !result!.criteria.some((c) => c.messageId === 'gap.no_forecast');
      const notPassing = result!.criteria.filter((c) => c.status !== 'pass' && (engineWired || !FORECAST.has(c.id)));
      expect(notPassing.map((c) => [c.id, c.messageId, c.data])).toEqual([]);
      expect(result!.findings.filter((f) => f.severity === 'error')).toEqual([]);
    });
    it(`${name}: deleting a section touches exactly the criteria that read it`, () => {
      const doc = parseDocument(text);
      const sections = (doc.toJS() ? Object.keys(doc.toJS() as object) : []).filter((k) => !['ecomplan', 'locale', 'currency', 'project', 'products'].includes(k));
      let tested = 0;
      for (const section of sections) {
        const d = parseDocument(text);
        d.deleteIn([section]);
        const edited = d.toString({ lineWidth: 0 });
        const result = judgeText(edited);
        if (!result) continue; // the section is referenced elsewhere: the file is invalid without it
        tested++;
        const moved = result.criteria.filter((c) => c.status !== 'pass' && !FORECAST.has(c.id)).map((c) => c.id);
        const expected = CRITERIA.filter((c) => !FORECAST.has(c.id) && reads(c.id, section)).map((c) => c.id);
        expect([section, moved]).toEqual([section, expected]);
        // Where the section belongs: before the next top-level key present, else at the end of the file.
        const lines = edited.replace(/\n$/, '').split('\n');
        // Its commented example if the file has one, else the top of the file (issue 12, item 8).
        const where = lines.findIndex((l) => new RegExp(`^#\\s?${section}:`).test(l)) + 1 || 1;
        for (const c of result.criteria.filter((x) => x.status === 'fail' && !FORECAST.has(x.id))) expect([section, c.id, c.line]).toEqual([section, c.id, where]);
      }
      expect(tested).toBeGreaterThan(5);
    });
  }
});
