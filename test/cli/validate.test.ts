/**
 * Bad input gets a clear answer, never a crash: each case asserts the message id,
 * the line, and the exit code of the real CLI (`node bin/ecomplan.js`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, run } from '../helpers/cli.js';

const MINIMAL = readFileSync(join(ROOT, 'test/fixtures/minimal.ecomplan.yaml'), 'utf8');
let dir: string;
const file = (name: string, content: string | Buffer): string => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ecomplan-validate-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface JsonResult {
  file: string;
  valid: boolean;
  diagnostics: Array<{ code: string; line: number; column: number; path: string; message: string }>;
}
function validateJson(args: string[], input?: string | Buffer): { code: number | null; results: JsonResult[]; stderr: string } {
  const r = run(['validate', '--format', 'json', ...args], { input });
  return { code: r.code, results: JSON.parse(r.stdout) as JsonResult[], stderr: r.stderr };
}

describe('ecomplan validate: bad input', () => {
  const cases: Array<{ name: string; make: () => string; code: string; line: number; exit: number }> = [
    { name: 'a missing file', make: () => join(dir, 'absent.yaml'), code: 'file.not_found', line: 1, exit: 2 },
    {
      name: 'a directory',
      make: () => {
        mkdirSync(join(dir, 'folder'), { recursive: true });
        return join(dir, 'folder');
      },
      code: 'file.is_directory',
      line: 1,
      exit: 2,
    },
    { name: 'an empty file', make: () => file('empty.yaml', '\n  \n'), code: 'file.empty', line: 1, exit: 2 },
    {
      name: 'not YAML',
      make: () => file('notyaml.yaml', 'ecomplan: 1\nproject: {name: "x"\nfoo: [1, 2\n'),
      code: 'yaml.syntax',
      line: 2,
      exit: 1,
    },
    { name: 'a YAML list instead of a mapping', make: () => file('list.yaml', '- a\n- b\n'), code: 'file.not_mapping', line: 1, exit: 1 },
    {
      name: 'duplicate keys',
      make: () => file('dup.yaml', MINIMAL.replace('  horizon_months: 12', '  horizon_months: 12\n  name: Autre')),
      code: 'yaml.duplicate_key',
      line: 8,
      exit: 1,
    },
    {
      name: 'tabs',
      make: () => file('tabs.yaml', MINIMAL.replace('  name: Petit Projet', '\tname: Petit Projet')),
      code: 'yaml.tab',
      line: 5,
      exit: 1,
    },
    {
      name: 'a non-UTF-8 file',
      make: () => file('latin1.yaml', Buffer.concat([Buffer.from('ecomplan: 1\nproject:\n  name: Caf'), Buffer.from([0xe9]), Buffer.from('\n')])),
      code: 'file.not_utf8',
      line: 3,
      exit: 2,
    },
    {
      name: 'a binary file',
      make: () => file('bin.yaml', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00])),
      code: 'file.binary',
      line: 3,
      exit: 2,
    },
    {
      name: 'a file over 5 MB',
      make: () => file('big.yaml', `# ${'x'.repeat(5 * 1024 * 1024)}\n`),
      code: 'file.too_large',
      line: 1,
      exit: 2,
    },
    {
      name: 'an alias bomb (billion laughs)',
      make: () => {
        const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
        let prev = 'a';
        for (const c of 'bcdefghi') {
          lines.push(`${c}: &${c} [${Array(9).fill(`*${prev}`).join(',')}]`);
          prev = c;
        }
        return file('bomb.yaml', `${lines.join('\n')}\n`);
      },
      code: 'yaml.too_many_nodes',
      line: 6,
      exit: 1,
    },
    {
      name: 'deep nesting (flow)',
      make: () => file('deep.yaml', `a: ${'['.repeat(5000)}${']'.repeat(5000)}\n`),
      code: 'yaml.too_deep',
      line: 1,
      exit: 1,
    },
    {
      name: 'deep nesting (block)',
      make: () => file('deep2.yaml', `${Array.from({ length: 100 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n')}\n${'  '.repeat(100)}x: 1\n`),
      code: 'yaml.too_deep',
      line: 66,
      exit: 1,
    },
    {
      name: 'a number where text is expected',
      make: () => file('num.yaml', MINIMAL.replace('  name: Petit Projet', '  name: 2024')),
      code: 'value.expected_text',
      line: 5,
      exit: 1,
    },
    {
      name: 'text where a number is expected',
      make: () => file('text.yaml', MINIMAL.replace('price: 24.90', 'price: vingt euros')),
      code: 'value.expected_number',
      line: 11,
      exit: 1,
    },
    {
      name: 'a wrong ecomplan: version',
      make: () => file('version.yaml', MINIMAL.replace('ecomplan: 1', 'ecomplan: 3')),
      code: 'value.bad_format_version',
      line: 2,
      exit: 1,
    },
  ];
  for (const c of cases) {
    it(`${c.name}: ${c.code} at line ${c.line}, exit ${c.exit}`, () => {
      const path = c.make();
      const { code, results, stderr } = validateJson([path]);
      expect(stderr).toBe('');
      expect(code).toBe(c.exit);
      expect(results[0]?.diagnostics[0]).toMatchObject({ code: c.code, line: c.line });
    });
  }

  it('prints one line per problem, file:line:col, the key path and a hint — never a stack trace', () => {
    const p = file('rate.yaml', MINIMAL.replace('vat_rate: 20%', 'vat_rate: 20'));
    const r = run(['validate', p]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${p}:12:15  erreur  Le taux « 20 » doit s’écrire « 20% »  (products[0].vat_rate)`);
    expect(r.stdout).toContain('↳ Un taux s’écrit en pourcentage (20%) ou en fraction (0.2).');
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)/);
  });

  it('reads stdin with -', () => {
    const r = run(['validate', '-'], { input: MINIMAL });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('<stdin>');
  });

  it('GitHub annotations point at file and line', () => {
    const p = file('gh.yaml', MINIMAL.replace('vat_rate: 20%', 'vat_rate: 20'));
    const r = run(['validate', '--format', 'github', '--lang', 'en', p]);
    expect(r.code).toBe(1);
    // The hint follows on a second line of the annotation (%0A), as under the stylish message.
    expect(r.stdout).toBe(
      `::error file=${p},line=12,col=15,title=value.rate_bare_number::The rate \`20\` must be written \`20%25\` (products[0].vat_rate)%0AA rate is written as a percentage (20%25) or a fraction (0.2).\n`,
    );
  });

  it('several files: exit 2 wins over 1, every file reported', () => {
    const bad = file('bad.yaml', MINIMAL.replace('mix: 100%', 'mix: 50%'));
    const { code, results } = validateJson([bad, join(dir, 'nope.yaml'), join(ROOT, 'test/fixtures/minimal.ecomplan.yaml')]);
    expect(code).toBe(2);
    expect(results.map((r) => r.valid)).toEqual([false, false, true]);
  });

  it('an unknown option or format is a usage error (exit 2)', () => {
    expect(run(['validate', '--format', 'xml', 'x.yaml']).code).toBe(2);
    expect(run(['frobnicate']).code).toBe(2);
  });
});

describe('ecomplan validate: the file’s locale', () => {
  const EN = join(ROOT, 'test/init/golden/default-en.yaml');
  it('a `locale: en` file gets an English summary without --lang', () => {
    const r = run(['validate', EN]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`✔ ${EN}: valid project\n`);
  });
  it('its errors and counts are English too (no French severity word)', () => {
    const bad = file('bad-en.yaml', readFileSync(EN, 'utf8').replace(/^project:/m, 'projet:'));
    const r = run(['validate', bad]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${bad}:17:1  error  Unknown key \`projet\`: did you mean \`project\`?  (projet)`);
    expect(r.stdout).toContain('✖ 2 error(s), 0 warning(s)');
    expect(r.stdout).not.toContain('erreur');
  });
  it('files of different locales: French, as without a locale; --lang wins', () => {
    const fr = join(ROOT, 'test/fixtures/minimal.ecomplan.yaml');
    expect(run(['validate', EN, fr]).stdout).toBe(`✔ ${EN} : projet valide\n✔ ${fr} : projet valide\n`);
    expect(run(['validate', EN, '--lang', 'fr']).stdout).toBe(`✔ ${EN} : projet valide\n`);
  });
});

describe('ecomplan validate: a decimal comma inside { … }', () => {
  it('`price: 24,90` in a flow mapping says to write 24.90, not « did you mean id »', () => {
    const flow = MINIMAL.replace(
      / {2}- id: tasse\n[\s\S]*?supplier: poterie\n/,
      '  - { id: tasse, name: Tasse, price: 24,90, vat_rate: 20%, mix: 100%, strategy: resale, purchase_cost: 8.50, supplier: poterie }\n',
    );
    const { code, results } = validateJson([file('comma.yaml', flow)]);
    expect(code).toBe(1);
    expect(results[0]!.diagnostics).toEqual([
      expect.objectContaining({
        code: 'schema.decimal_comma',
        path: 'products[0].90',
        line: 9,
        column: 41,
        message: 'Clé inconnue « 90 » : dans { … }, la virgule sépare deux clés ; un nombre décimal s’écrit avec un point : « price: 24.90 »',
      }),
    ]);
  });
});

describe('ecomplan validate: control characters in text', () => {
  it('an escape sequence in a name is refused (it would repaint the terminal of whoever runs forecast or check)', () => {
    const p = file('esc.yaml', MINIMAL.replace('  name: Petit Projet', '  name: "Petit \\e[2J Projet"'));
    const { code, results } = validateJson([p]);
    expect(code).toBe(1);
    expect(results[0]!.diagnostics).toEqual([
      expect.objectContaining({
        code: 'value.control_char',
        path: 'project.name',
        line: 5,
        column: 9,
        message: 'Caractère de contrôle invisible dans le texte "Petit \\u001b[2J Projet" : retirez-le',
      }),
    ]);
    expect(run(['forecast', p]).stdout).not.toContain('\u001b');
  });
  it('tabs and line breaks stay allowed', () => {
    const p = file('tab.yaml', MINIMAL.replace('  name: Petit Projet', '  name: "Petit\\tProjet"\n  description: "ligne 1\\nligne 2"'));
    expect(validateJson([p]).code).toBe(0);
  });
});
