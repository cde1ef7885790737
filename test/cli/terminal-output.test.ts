/**
 * Issue 24, finding 5: user text never writes into a terminal or a CI log. Escape sequences
 * (clear screen, OSC 52 clipboard, OSC 8 hyperlinks, C1 CSI), bidi overrides and line breaks in
 * values, keys, names and file names are shown as visible escapes in every human output; no line
 * of it starts a GitHub Actions `::` command. (JSON, SARIF, JUnit and `github` escape already.)
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { visible } from '../../src/i18n/visible.js';
import { example, run } from '../helpers/cli.js';

const BOUGIES = readFileSync(example('bougies-atelier-lumiere.ecomplan.yaml'), 'utf8');

/** C0 but tab and line feed, DEL, C1, bidi controls: what must never reach a terminal from user text. */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
const PAYLOADS = ['\u001b[2J', '\u001b]52;c;cHduZWQ=\u0007', '\u001b]8;;https://evil.example\u001b\\lien\u001b]8;;\u001b\\', '\u009b2J', '\u202Eevil', '\n::error::pwned'];
/** As YAML double-quoted text. */
const q = (s: string) => JSON.stringify(s);

/** The lines of an output that would reach a terminal raw or run as a workflow command. */
function unsafe(out: string): string[] {
  return out.split('\n').filter((l) => CONTROL.test(l) || l.trimStart().startsWith('::'));
}

describe('control characters from user text', () => {
  it('invalid values and keys: validate and check (stylish)', () => {
    const text = BOUGIES.replace('legal_form: micro_entreprise', `legal_form: ${q(`micro${PAYLOADS.join('')}`)}`).replace('project:\n', `project:\n  ${q(`clé${PAYLOADS.join('')}`)}: 1\n`);
    for (const cmd of ['validate', 'check']) {
      const r = run([cmd, '-'], { input: text });
      expect(r.code).toBe(cmd === 'check' ? 2 : 1);
      const out = r.stdout + r.stderr;
      expect(out).toContain('micro\\x1B[2J');
      expect(unsafe(out)).toEqual([]);
    }
  });
  it('valid names with line breaks and bidi overrides: every table, the checklist, Markdown to the terminal', () => {
    const text = BOUGIES.replace('- { name: RSE, weight: 15% }', `- { name: ${q('RSE\n::error::pwned\u202E')}, weight: 15% }`)
      .replace(/RSE: (\d) \}/g, `${q('RSE\n::error::pwned\u202E')}: $1 }`)
      .replace('name: Bougie classique 200 g', `name: ${q('Bougie\n::warning::pwned\u202Eg')}`)
      .replace('name: Cire de soja en paillettes', `name: ${q('Cire\n::error::x\u2066')}`);
    for (const args of [['check'], ['forecast'], ['margin'], ['stock'], ['sensitivity'], ['report', '--format', 'md'], ['legal'], ['check', '--format', 'md']]) {
      const r = run([args[0]!, '-', ...args.slice(1)], { input: text });
      expect([args.join(' '), r.code]).toEqual([args.join(' '), 0]);
      expect([args.join(' '), unsafe(r.stdout + r.stderr)]).toEqual([args.join(' '), []]);
    }
  });
  it('file names', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ecomplan-tty-'));
    mkdirSync(join(dir, 'classe'));
    const name = 'x\u001b[2J\n::error::pwned\u202E.ecomplan.yaml';
    writeFileSync(join(dir, 'classe', name), BOUGIES);
    writeFileSync(join(dir, 'classe', 'cassé.ecomplan.yaml'), BOUGIES.replace('  start: 2027-01\n', ''));
    for (const args of [
      ['check', 'classe'],
      ['check', join('classe', name)],
      ['validate', join('classe', name)],
      ['validate', 'classe/cassé.ecomplan.yaml', join('classe', name)],
    ]) {
      const r = run(args, { cwd: dir });
      const out = r.stdout + r.stderr;
      expect(out).toContain('x\\x1B[2J\\n::error::pwned\\u202E');
      expect([args.join(' '), unsafe(out)]).toEqual([args.join(' '), []]);
    }
  });
  it('visible(): what is escaped and how', () => {
    expect(visible('a\u001b[2Jb\tc\nd\re\u009b\u202Ef\u2069 é € ✔')).toBe('a\\x1B[2Jb\\tc\\nd\\re\\x9B\\u202Ef\\u2069 é € ✔');
  });
});
