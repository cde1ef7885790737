/**
 * The evidence layer (src/criteria/evidence.ts): a criterion's texts, read by the one
 * detector, make it partial at the line of a weak text (filler, copy-paste, too thin,
 * an objective without a figure) and fail when none of its texts is content; the
 * trainer's minimums come from the config; the evidence table itself is coherent.
 */
import { describe, expect, it } from 'vitest';
import { CRITERION_IDS, DEFAULT_THRESHOLDS, type CriterionResult } from '../../src/criteria/index.js';
import { EVIDENCE_TEXTS, criteriaServedBy, patternSegments } from '../../src/criteria/evidence-table.js';
import { hasMessage } from '../../src/i18n/index.js';
import { COMPLETE, edited, judge, lineOf, load, type Edit } from './fixtures.js';

const set = (path: Array<string | number>, value: unknown): Edit => ['set', path, value];

function criterionOf(text: string, id: string, thresholds = {}): CriterionResult {
  return judge(text, { config: { thresholds: { ...DEFAULT_THRESHOLDS, ...thresholds }, ignore: [] } }).result.criteria.find((c) => c.id === id)!;
}

const gapsOf = (c: CriterionResult) => c.gaps.map((g) => [g.id, g.line]);
/** The line of a key path in `text`. */
const lineAt = (text: string, path: Array<string | number>) => load(text).map.keyAt(path).line;

describe('the evidence table', () => {
  it('names real criteria, and each pattern once', () => {
    const patterns = new Map<string, unknown>();
    for (const [id, specs] of Object.entries(EVIDENCE_TEXTS)) {
      expect(CRITERION_IDS).toContain(id);
      for (const s of specs) {
        // One spec object per pattern: a text is read once, and reported in every criterion that lists it.
        if (patterns.has(s.at)) expect(patterns.get(s.at)).toBe(s);
        patterns.set(s.at, s);
      }
    }
  });

  it('says in French and English what a jury expects in every text', () => {
    const ids = Object.values(EVIDENCE_TEXTS).flatMap((specs) => specs.map((s) => `evidence.expects.${s.expects}`));
    expect(ids.filter((id) => !hasMessage(id))).toEqual([]);
  });

  it('maps a concrete path to the criteria it serves', () => {
    expect(criteriaServedBy(['products', 2, 'description'])).toEqual(['C1.1', 'C2.7']);
    expect(criteriaServedBy(['brand', 'communication', 'strategy'])).toEqual(['C3.3', 'C3.5']);
    expect(criteriaServedBy(['brand', 'identity', 'values', 0])).toEqual(['C3.2']);
    expect(criteriaServedBy(['brand', 'identity', 'values'])).toEqual([]);
    expect(patternSegments('a.b[].c[]')).toEqual(['a', 'b', '[]', 'c', '[]']);
  });
});

describe('the complete project', () => {
  it('passes every criterion: its texts say something', () => {
    expect(judge(COMPLETE).result.criteria.filter((c) => c.status !== 'pass')).toEqual([]);
  });
});

describe('filler', () => {
  it('« x x x » as the mission: C3.2 partial at that line, with what a jury expects', () => {
    const text = edited([set(['brand', 'identity', 'mission'], 'x x x')]);
    const c = criterionOf(text, 'C3.2');
    expect(c.status).toBe('partial');
    expect(c.messageId).toBe('gap.text_filler');
    expect(c.data).toMatchObject({ path: 'brand.identity.mission', text: 'x x x', reason: 'repeated', expects: 'mission' });
    expect(c.line).toBe(lineOf(text, /^ {4}mission:/));
  });

  it('every text of a criterion filler: it fails, each text at its line', () => {
    const text = edited([
      set(['brand', 'consumer_analysis', 'method'], 'Lorem ipsum dolor sit amet'),
      set(['brand', 'consumer_analysis', 'personas', 0, 'expectations'], ['TODO', 'à compléter']),
      set(['brand', 'consumer_analysis', 'personas', 0, 'habits'], ['…']),
      set(['brand', 'consumer_analysis', 'personas', 1, 'expectations'], ['xxx']),
      set(['brand', 'consumer_analysis', 'personas', 1, 'habits'], ['test']),
    ]);
    const c = criterionOf(text, 'C3.1');
    expect(c.status).toBe('fail');
    expect(c.gaps.map((g) => [g.data.path, g.data.reason])).toEqual([
      ['brand.consumer_analysis.method', 'lorem'],
      ['brand.consumer_analysis.personas[0].expectations[0]', 'placeholder'],
      ['brand.consumer_analysis.personas[0].expectations[1]', 'placeholder'],
      ['brand.consumer_analysis.personas[0].habits[0]', 'no_letters'],
      ['brand.consumer_analysis.personas[1].expectations[0]', 'placeholder'],
      ['brand.consumer_analysis.personas[1].habits[0]', 'placeholder'],
    ]);
    expect(new Set(c.gaps.map((g) => g.line)).size).toBe(3);
  });

  it('a supporting text alone never fails a criterion', () => {
    const text = edited([set(['suppliers', 'list', 0, 'name'], 'Fournisseur à choisir')]);
    const c = criterionOf(text, 'C2.1');
    expect([c.status, c.messageId, c.data.path]).toEqual(['partial', 'gap.text_filler', 'suppliers.list[0].name']);
  });

  it('a placeholder VAT number: C5.2 partial at its line (issue 20, item 8)', () => {
    const text = edited([set(['company', 'vat_regime'], 'normal'), set(['company', 'vat_number'], 'à compléter')]);
    const c = criterionOf(text, 'C5.2');
    expect([c.status, c.messageId, c.data.path, c.line]).toEqual(['partial', 'gap.text_filler', 'company.vat_number', lineOf(text, /^ {2}vat_number:/)]);
  });
});

describe('copy-paste', () => {
  it('the mission pasted as the strategy: a finding at the second, naming the first', () => {
    const text = edited([set(['brand', 'communication', 'strategy'], `  rendre LE fait-main, accessible au quotidien `)]);
    const c = criterionOf(text, 'C3.3');
    expect(c.status).toBe('partial');
    expect(c.messageId).toBe('gap.text_copied');
    expect(c.data).toMatchObject({ path: 'brand.communication.strategy', first: 'brand.identity.mission', line: lineAt(text, ['brand', 'identity', 'mission']) });
    expect(c.line).toBe(lineAt(text, ['brand', 'communication', 'strategy']));
    // The first one stays evidence.
    expect(criterionOf(text, 'C3.2').status).toBe('pass');
    // C3.5 stands on the strategy alone: a copy is no explanation of its own.
    expect(criterionOf(text, 'C3.5').status).toBe('fail');
  });

  it('two personas with the same description', () => {
    const same = 'Cadre pressée à Lyon, achète le soir sur mobile après Instagram.';
    const text = edited([set(['brand', 'consumer_analysis', 'personas', 0, 'description'], same), set(['brand', 'consumer_analysis', 'personas', 1, 'description'], same)]);
    const c = criterionOf(text, 'C3.1');
    expect(c.status).toBe('partial');
    expect(gapsOf(c)).toEqual([['gap.text_copied', lineAt(text, ['brand', 'consumer_analysis', 'personas', 1, 'description'])]]);
    expect(c.gaps[0]!.data).toMatchObject({ first: 'brand.consumer_analysis.personas[0].description' });
  });

  it('the steps of a procedure and the stages of a funnel must differ; KPIs of two actions may repeat', () => {
    const text = edited([
      set(['orders', 'steps'], ['Préparation', 'Emballage', 'préparation !']),
      set(['experience', 'funnel', 2, 'kpi'], 'taux de clic'),
      set(['brand', 'communication', 'actions', 1, 'kpis'], ['visiteurs']),
    ]);
    expect(criterionOf(text, 'C2.5').gaps.map((g) => [g.id, g.data.path, g.data.first])).toEqual([['gap.text_repeated', 'orders.steps[2]', 'orders.steps[0]']]);
    expect(criterionOf(text, 'C4.2').gaps.map((g) => [g.id, g.data.path, g.data.first])).toEqual([['gap.text_repeated', 'experience.funnel[2].kpi', 'experience.funnel[1].kpi']]);
    expect(criterionOf(text, 'C3.4').status).toBe('pass');
  });

  it('two actions with the same objective', () => {
    const text = edited([set(['brand', 'communication', 'actions', 1, 'objective'], '2 000 visiteurs')]);
    const c = criterionOf(text, 'C3.4');
    expect([c.status, c.messageId, c.data.path, c.data.first]).toEqual(['partial', 'gap.text_repeated', 'brand.communication.actions[1].objective', 'brand.communication.actions[0].objective']);
  });
});

describe('substance', () => {
  it('a description under the minimum is thin; the trainer sets the minimum', () => {
    const text = edited([set(['products', 0, 'description'], 'Bougie de soja.')]);
    const c = criterionOf(text, 'C1.1');
    expect([c.status, c.messageId, c.data.words, c.data.min]).toEqual(['partial', 'gap.text_thin', 3, 8]);
    expect(criterionOf(text, 'C1.1', { minWordsDescription: 3 }).status).toBe('pass');
  });

  it('a stricter trainer: 12 words for a statement', () => {
    const c = criterionOf(COMPLETE, 'C3.2', { minWordsStatement: 12 });
    expect([c.status, c.messageId, c.data.path, c.data.min]).toEqual(['partial', 'gap.text_thin', 'brand.identity.mission', 12]);
  });

  it('an action objective without a figure', () => {
    const text = edited([set(['brand', 'communication', 'actions', 0, 'objective'], 'faire connaître la marque')]);
    const c = criterionOf(text, 'C3.4');
    expect([c.status, c.messageId, c.line]).toEqual(['partial', 'gap.text_no_figure', lineOf(text, /Lancement avec 5/)]);
  });

  it('a missing text is still reported by the criterion itself, not as filler', () => {
    const c = criterionOf(edited([['delete', ['brand', 'identity', 'mission']]]), 'C3.2');
    expect(c.messageId).toBe('gap.missing_one_of');
  });
});
