/**
 * The commented examples of `init`'s file illustrate criteria (issue 20, item 8): uncommented, the
 * file passes every criterion of C5 they illustrate — the legal notice (C5.2, with the identity
 * block), the consumer-law procedures and product safety (C5.1), the CGV (C5.3), the RGPD (C5.4).
 */
import { describe, expect, it } from 'vitest';
import { defaultAnswers, type InitAnswers } from '../../src/init/answers.js';
import { renderProjectYaml } from '../../src/init/render.js';
import { DEFAULT_CONFIG, checkProject } from '../../src/criteria/index.js';
import { loadText } from '../../src/model/load.js';
import { LEGAL_FORMS } from '../../src/model/schema.js';
import type { Lang } from '../../src/i18n/index.js';

function c5(lang: Lang, legalForm: InitAnswers['legalForm']) {
  const base = defaultAnswers(lang, '2027-01');
  // A user who uncomments the examples has also named the shop (init's default name is a placeholder, issue 25).
  const text = renderProjectYaml({ ...base, name: 'Atelier Lumière', legalForm, vatRegime: 'franchise' }, { uncommentExamples: true });
  const loaded = loadText({ name: 'init.yaml', text });
  const result = checkProject({ project: loaded.project!, map: loaded.map, config: DEFAULT_CONFIG });
  return result.criteria.filter((c) => c.block === 'C5').map((c) => [c.id, c.status, c.status === 'pass' ? '' : `${c.messageId} ${c.path}`]);
}

describe('init: the commented examples, uncommented, pass the C5 criteria they illustrate', () => {
  for (const lang of ['fr', 'en'] as const)
    for (const legalForm of LEGAL_FORMS)
      it(`${lang}, ${legalForm}`, () => {
        expect(c5(lang, legalForm)).toEqual([
          ['C5.1', 'pass', ''],
          ['C5.2', 'pass', ''],
          ['C5.3', 'pass', ''],
          ['C5.4', 'pass', ''],
        ]);
      });
});
