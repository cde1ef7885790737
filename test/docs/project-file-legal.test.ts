/**
 * docs/project-file.md (French) and docs/en/project-file.md (English): the snippets of each, put
 * together, pass the C5 criteria they illustrate — the company (C5.2), the product with its safety
 * information and the legal section (C5.1, C5.3), the RGPD example with its tools and their roles
 * (C5.4) — issue 20, item 8.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, checkProject } from '../../src/criteria/index.js';
import { loadText } from '../../src/model/load.js';
import { ROOT } from '../helpers/cli.js';

for (const page of [join('docs', 'project-file.md'), join('docs', 'en', 'project-file.md')])
  describe(page, () => {
    it('its snippets, put together, pass C5.1 to C5.4', () => {
      const md = readFileSync(join(ROOT, page), 'utf8');
      const blocks = [...md.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
      const sections = blocks.filter((b) => !b.startsWith('ecomplan: 1') && !b.trimStart().startsWith('#'));
      const loaded = loadText({ name: 'snippets', text: ['ecomplan: 1', ...sections].join('\n') });
      expect(loaded.problems).toEqual([]);
      const result = checkProject({ project: loaded.project!, map: loaded.map, config: DEFAULT_CONFIG });
      const c5 = result.criteria.filter((c) => c.block === 'C5').map((c) => [c.id, c.status, c.status === 'pass' ? '' : `${c.messageId} ${c.path}`]);
      expect(c5).toEqual([
        ['C5.1', 'pass', ''],
        ['C5.2', 'pass', ''],
        ['C5.3', 'pass', ''],
        ['C5.4', 'pass', ''],
      ]);
    });
  });
