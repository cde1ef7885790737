/**
 * YAML syntax errors are explained in the user's language (the parser's own messages are
 * English): the code stays `yaml.syntax` for CI, the message says what to fix.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../helpers/cli.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ecomplan-yaml-syntax-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface JsonDiag {
  code: string;
  line: number;
  column: number;
  message: string;
}
function firstError(name: string, text: string, lang: 'fr' | 'en'): { exit: number | null; d: JsonDiag } {
  const file = join(dir, name);
  writeFileSync(file, text);
  const r = run(['validate', file, '--format', 'json', '--lang', lang]);
  const results = JSON.parse(r.stdout) as Array<{ diagnostics: JsonDiag[] }>;
  return { exit: r.code, d: results[0]!.diagnostics[0]! };
}

describe('YAML syntax errors in French and English', () => {
  const cases: Array<{ name: string; text: string; line: number; fr: string; en: string }> = [
    {
      name: 'unclosed-map.yaml',
      text: 'ecomplan: 1\nproject: { name: X, start: 2027-01\nproducts: []\n',
      line: 2, // where the brace was opened (issue 12, item 7)
      fr: 'Erreur de syntaxe YAML : l’accolade « { » ouverte ici (ligne 2, colonne 10) n’est pas refermée avant la ligne 3 : ajoutez « } » à la fin de la valeur',
      en: 'YAML syntax error: the brace `{` opened here (line 2, column 10) is not closed before line 3: add `}` at the end of the value',
    },
    {
      name: 'unclosed-seq.yaml',
      text: 'ecomplan: 1\ntags: [a, b\nproducts: []\n',
      line: 2,
      fr: 'Erreur de syntaxe YAML : le crochet « [ » ouvert ici (ligne 2, colonne 7) n’est pas refermé avant la ligne 3 : ajoutez « ] » à la fin de la liste',
      en: 'YAML syntax error: the bracket `[` opened here (line 2, column 7) is not closed before line 3: add `]` at the end of the list',
    },
    {
      name: 'unclosed-quote.yaml',
      text: 'ecomplan: 1\nname: "abc\nproducts: []\n',
      line: 4, // the parser reports the end of the file, where it looked for the quote
      fr: 'Erreur de syntaxe YAML : guillemet fermant manquant (un texte entre guillemets ouvert plus haut n’est pas refermé)',
      en: 'YAML syntax error: missing closing quote (a quoted text opened above is not closed)',
    },
    {
      name: 'colon-in-value.yaml',
      text: 'ecomplan: 1\nname: Atelier: Lumière\n',
      line: 2,
      fr: 'Erreur de syntaxe YAML : deux « : » sur une ligne ; si la valeur contient « : », mettez-la entre guillemets (name: "Atelier : Lumière")',
      en: 'YAML syntax error: two `:` on one line; if the value contains `:`, put it in quotes (name: "Atelier: Lumière")',
    },
    {
      name: 'at-start.yaml',
      text: 'ecomplan: 1\nname: @atelier\n',
      line: 2,
      fr: 'Erreur de syntaxe YAML : une valeur ne peut pas commencer par « @ » : mettez-la entre guillemets',
      en: 'YAML syntax error: a value cannot start with `@`: put it in quotes',
    },
    {
      name: 'missing-colon.yaml',
      text: 'ecomplan: 1\nproject\n  name: X\n',
      line: 2,
      fr: 'Erreur de syntaxe YAML : une clé tient sur une ligne et est suivie de « : » (deux-points manquant, ou guillemet ou accolade non refermé ?)',
      en: 'YAML syntax error: a key fits on one line and is followed by `:` (missing colon, or an unclosed quote or brace?)',
    },
  ];
  it.each(cases)('$name', ({ name, text, line, fr, en }) => {
    const f = firstError(name, text, 'fr');
    expect(f.exit).toBe(1);
    expect(f.d).toMatchObject({ code: 'yaml.syntax', line, message: fr });
    expect(firstError(name, text, 'en').d.message).toBe(en);
  });
});
