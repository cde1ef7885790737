/**
 * Issue 25's trainer test, on the three examples: every piece of prose replaced by
 * « x x x », by lorem ipsum, or by one real sentence pasted everywhere scores under
 * 70 %, with the C2, C3 and C4 criteria that read those texts partial or failing at
 * their lines; and (fast-check) replacing one more evidence text by filler never
 * raises the score.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkProject, DEFAULT_CONFIG, type CheckResult } from '../../src/criteria/index.js';
import { EVIDENCE_TEXTS, matchesPattern, patternSegments } from '../../src/criteria/evidence-table.js';
import { textsOf } from '../../src/criteria/evidence.js';
import type { Path } from '../../src/diagnostics/diagnostic.js';
import { formatPath } from '../../src/diagnostics/diagnostic.js';
import { evaluate } from '../../src/evaluate/index.js';
import { loadText } from '../../src/model/load.js';
import type { Forecast } from '../../src/engine/types.js';
import { exampleFiles, projectName } from '../helpers/projects.js';
import { fillerVariant, type FillerVariant } from '../helpers/filler-variants.js';

const SEVENTY = 0.7;

function evaluated(text: string) {
  const loaded = loadText({ name: 'variant.ecomplan.yaml', text });
  if (!loaded.project) throw new Error(`invalid: ${JSON.stringify(loaded.problems.slice(0, 3))}`);
  const ev = evaluate({ project: loaded.project, map: loaded.map, warnings: loaded.problems }, { check: true });
  return { loaded, check: ev.check!, forecast: ev.forecasts[0]?.forecast };
}

/** The criteria whose evidence table reads `path`, and the spec that does. */
function readersOf(path: Path): Array<{ id: string; kind: string; repeats: boolean }> {
  return Object.entries(EVIDENCE_TEXTS).flatMap(([id, specs]) => specs.filter((s) => matchesPattern(path, patternSegments(s.at))).map((s) => ({ id, kind: s.kind, repeats: s.repeats === true })));
}

/** Judge a variant with the example's forecast: the forecast reads no text, so it is the variant's too. */
function checkedWith(text: string, forecast: Forecast) {
  const loaded = loadText({ name: 'variant.ecomplan.yaml', text });
  if (!loaded.project) throw new Error(`invalid: ${JSON.stringify(loaded.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.path]))}`);
  return { loaded, check: checkProject({ project: loaded.project, map: loaded.map, forecast, config: DEFAULT_CONFIG }, loaded.problems) };
}

for (const file of exampleFiles()) {
  const text = readFileSync(file, 'utf8');
  describe(projectName(file), () => {
    const forecast = evaluated(text).forecast as Forecast;
    for (const variant of ['xxx', 'lorem', 'pasted'] as FillerVariant[]) {
      it(`every prose text replaced (${variant}): under 70 %, C2–C4 partial or failing at the lines of the texts`, () => {
        const { text: filled, paths } = fillerVariant(text, variant);
        const { loaded, check } = checkedWith(filled, forecast);
        expect(check.score.overall.value.toNumber()).toBeLessThan(SEVENTY);
        const judged = new Set<string>();
        for (const path of paths) {
          // In the pasted variant the first text is real content, and identity fields (an address) may hold any sentence.
          const readers = readersOf(path).filter((r) => r.id.match(/^C[234]\./) && (variant !== 'pasted' || (r.kind !== 'field' && !r.repeats)));
          for (const r of readers) {
            const c = check.criteria.find((x) => x.id === r.id)!;
            const gap = c.gaps.find((g) => g.path === formatPath(path));
            if (variant === 'pasted' && !gap) continue;
            expect([r.id, formatPath(path), c.status === 'pass']).toEqual([r.id, formatPath(path), false]);
            expect([r.id, formatPath(path), gap?.line]).toEqual([r.id, formatPath(path), loaded.map.keyAt(path).line]);
            judged.add(r.id);
          }
        }
        for (const block of ['C2', 'C3', 'C4']) expect([...judged].some((id) => id.startsWith(block))).toBe(true);
        if (variant === 'pasted') expect(judged.size).toBeGreaterThanOrEqual(10);
      });
    }
  });
}

describe('replacing one more evidence text by filler never raises the score', () => {
  const FILLERS = ['x x x', 'Lorem ipsum dolor sit amet, consectetur adipiscing elit.', 'à compléter', 'TODO', '…', 'test'];
  const examples = exampleFiles().map((file) => {
    const text = readFileSync(file, 'utf8');
    const { loaded, forecast } = evaluated(text);
    // SIREN and SIRET are validated (nine and fourteen digits): filler there makes the file invalid, not partial.
    const paths = textsOf({ project: loaded.project!, map: loaded.map })
      .map((t) => t.path)
      .filter((p) => !['company.siren', 'company.siret'].includes(formatPath(p)));
    return { text, forecast: forecast as Forecast, paths };
  });

  function scoreWith(ex: (typeof examples)[number], replaced: ReadonlyArray<readonly [Path, string]>): CheckResult['score']['overall'] {
    const doc = parseDocument(ex.text);
    for (const [path, value] of replaced) doc.setIn(path as Array<string | number>, value);
    return checkedWith(doc.toString({ lineWidth: 0 }), ex.forecast).check.score.overall;
  }

  it('from the example, and from the example already degraded', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 0, max: examples.length - 1 })
          .chain((e) =>
            fc.tuple(
              fc.constant(e),
              fc.uniqueArray(fc.integer({ min: 0, max: examples[e]!.paths.length - 1 }), { maxLength: 6 }),
              fc.integer({ min: 0, max: examples[e]!.paths.length - 1 }),
              fc.constantFrom(...FILLERS),
              fc.constantFrom(...FILLERS),
            ),
          ),
        ([e, before, one, fillerBefore, filler]) => {
          const ex = examples[e]!;
          const degraded = before.map((k) => [ex.paths[k]!, fillerBefore] as const);
          const base = scoreWith(ex, degraded);
          const after = scoreWith(ex, [...degraded, [ex.paths[one]!, filler]]);
          expect(after.value.lte(base.value)).toBe(true);
          expect(after.pass).toBeLessThanOrEqual(base.pass);
          // From the intact example, any filler costs something.
          if (before.length === 0) expect(after.value.lt(base.value)).toBe(true);
        },
      ),
      { numRuns: 20 },
    );
  });

  it('each example scores 100 % before any replacement', () => {
    for (const ex of examples) expect(scoreWith(ex, []).value.toNumber()).toBe(1);
  });
});
