/**
 * Issue 24, finding 1: the judged tree never chooses the judging config. The config comes
 * from --config, or from the working directory / the directory named on the command line and
 * above it up to the repository root; never from inside the judged inputs. The config used is
 * named in every format; a score with no criterion judged is « n/a » and fails --min-score.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CRITERION_IDS } from '../../src/criteria/index.js';
import { run } from '../helpers/cli.js';
import { COMPLETE, edited } from './fixtures.js';

const plainSpaces = (s: string) => s.replace(/[\u00A0\u202F]/g, ' ');
const IGNORE_ALL = `ignore: [${CRITERION_IDS.join(', ')}]\n`;
/** A candidate's project that misses a few sections: a score well under 80 %. */
const WEAK = edited([
  ['delete', ['brand', 'identity']],
  ['delete', ['brand', 'communication']],
  ['delete', ['experience']],
  ['delete', ['legal']],
  ['delete', ['suppliers', 'negotiation']],
]);

/** A class folder outside any repository: alice adds a config ignoring every criterion beside her project. */
function classFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ecomplan-rc-'));
  for (const who of ['alice', 'bob']) {
    mkdirSync(join(dir, 'classe', who), { recursive: true });
    writeFileSync(join(dir, 'classe', who, 'projet.ecomplan.yaml'), WEAK);
  }
  writeFileSync(join(dir, 'classe', 'alice', '.ecomplanrc.yaml'), IGNORE_ALL);
  return dir;
}

describe('a candidate’s own config is never read', () => {
  it('table: alice still fails under --min-score 80, judged with the defaults', () => {
    const dir = classFolder();
    const r = run(['check', 'classe', '--min-score', '80'], { cwd: dir });
    expect(r.code).toBe(1);
    const out = plainSpaces(r.stdout);
    const alice = out.split('\n').find((l) => l.startsWith('classe/alice/projet.ecomplan.yaml'))!;
    expect(alice).toMatch(/ ✖$/);
    expect(alice).not.toContain('n/a');
    expect(out).toContain('Configuration : seuils par défaut (aucun .ecomplanrc.yaml trouvé) — 2 fichier(s)');
  });
  it('github: an error annotation and a real score for alice, naming the config', () => {
    const dir = classFolder();
    const r = run(['check', 'classe', '--min-score', '80', '--format', 'github'], { cwd: dir });
    expect(r.code).toBe(1);
    const lines = plainSpaces(r.stdout).split('\n');
    expect(lines.some((l) => l.startsWith('::error file=classe/alice/projet.ecomplan.yaml,'))).toBe(true);
    const notice = lines.find((l) => l.startsWith('::notice file=classe/alice/projet.ecomplan.yaml,'))!;
    expect(notice).toMatch(/Score : \d+,\d %25 \(\d+ validé\(s\), \d+ partiel\(s\), \d+ manquant\(s\) sur 26\) — Configuration : seuils par défaut/);
  });
  it('a file named directly is judged with the working directory’s config, not the one beside it', () => {
    const dir = classFolder();
    const r = run(['check', join('classe', 'alice', 'projet.ecomplan.yaml'), '--format', 'json'], { cwd: dir });
    const f = JSON.parse(r.stdout).files[0];
    expect(f.config).toBeNull();
    expect(f.score.total).toBe(26);
    // From inside her folder, it is the working directory's config: the person running ecomplan chose it.
    const inside = run(['check', 'projet.ecomplan.yaml', '--format', 'json'], { cwd: join(dir, 'classe', 'alice') });
    expect(JSON.parse(inside.stdout).files[0]).toMatchObject({ config: '.ecomplanrc.yaml', score: { total: 0, percent: null } });
  });
});

describe('where the config is found', () => {
  it('the directory named on the command line, and above it up to the repository root, never above', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ecomplan-rc-'));
    const repo = join(dir, 'depot');
    mkdirSync(join(repo, '.git'), { recursive: true });
    mkdirSync(join(repo, 'formation', 'classe', 'eve'), { recursive: true });
    writeFileSync(join(repo, 'formation', 'classe', 'eve', 'projet.ecomplan.yaml'), COMPLETE);
    // Above the repository: never read.
    writeFileSync(join(dir, '.ecomplanrc.yaml'), IGNORE_ALL);
    const json = (args: string[], cwd: string) => JSON.parse(run(['check', ...args, '--format', 'json'], { cwd }).stdout).files[0];
    expect(json(['formation/classe'], repo).config).toBeNull();
    writeFileSync(join(repo, 'formation', '.ecomplanrc.yaml'), 'ignore: [C2.2]\n');
    // From the named directory upward, inside the repository.
    expect(json(['formation/classe'], repo).config).toBe(join('formation', '.ecomplanrc.yaml'));
    expect(json(['formation/classe/**/*.yaml'], repo).config).toBe(join('formation', '.ecomplanrc.yaml'));
    // A file named directly: from the working directory upward.
    expect(json([join('classe', 'eve', 'projet.ecomplan.yaml')], join(repo, 'formation')).config).toBe('.ecomplanrc.yaml');
    expect(json([join('formation', 'classe', 'eve', 'projet.ecomplan.yaml')], repo).config).toBeNull();
  });
  it('the config is named in every format', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ecomplan-rc-'));
    mkdirSync(join(dir, 'classe', 'eve'), { recursive: true });
    writeFileSync(join(dir, 'classe', 'eve', 'projet.ecomplan.yaml'), COMPLETE);
    writeFileSync(join(dir, 'classe', '.ecomplanrc.yaml'), 'ignore: [C2.2]\n');
    const shown = join('classe', '.ecomplanrc.yaml');
    const out = (format: string) => plainSpaces(run(['check', 'classe', '--format', format], { cwd: dir }).stdout);
    expect(out('stylish')).toContain(`Configuration : ${shown}\n`);
    expect(JSON.parse(out('json')).files[0].config).toBe(shown);
    expect(out('junit')).toContain(`<property name="config" value="${shown}"/>`);
    expect(JSON.parse(out('sarif')).runs[0].properties.configs).toEqual([{ config: shown, files: ['classe/eve/projet.ecomplan.yaml'] }]);
    expect(out('github')).toContain(`— Configuration : ${shown}`);
    expect(out('md')).toContain(`Configuration : ${shown}`);
    expect(out('csv').split('\r\n')[1]!.endsWith(`;${shown}`)).toBe(true);
  });
});

describe('a score with no criterion judged', () => {
  const all = CRITERION_IDS.join(',');
  it('is « n/a » and fails --min-score, in every format that shows a score', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ecomplan-rc-'));
    const file = join(dir, 'projet.ecomplan.yaml');
    writeFileSync(file, COMPLETE);
    const args = ['check', file, '--ignore', all, '--min-score', '80'];
    const r = run(args);
    expect(r.code).toBe(1);
    expect(plainSpaces(r.stdout)).toContain('Score : n/a (aucun critère jugé : tous sont ignorés)\n✖ Aucun critère jugé : le score minimal demandé (80,0 %) ne peut pas être atteint');
    const json = JSON.parse(run([...args, '--format', 'json']).stdout).files[0];
    expect(json).toMatchObject({ ok: false, exit_code: 1, score: { percent: null, total: 0 } });
    expect(
      run([...args, '--format', 'csv'])
        .stdout.split('\r\n')[1]!
        .split(';')[3],
    ).toBe('n/a');
    expect(run([...args, '--format', 'github']).stdout).toContain('::Score : n/a (aucun critère jugé');
  });
});

describe('the dossier', () => {
  it('judges with the working directory’s config or --config, and names it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ecomplan-rc-'));
    mkdirSync(join(dir, 'eve'));
    writeFileSync(join(dir, 'eve', 'projet.ecomplan.yaml'), COMPLETE);
    writeFileSync(join(dir, 'eve', '.ecomplanrc.yaml'), IGNORE_ALL);
    const md = (args: string[]) => plainSpaces(run(['report', join('eve', 'projet.ecomplan.yaml'), '--format', 'md', ...args], { cwd: dir }).stdout);
    expect(md([])).toContain('avec les seuils par défaut (aucun fichier .ecomplanrc.yaml trouvé)');
    writeFileSync(join(dir, 'formateur.yaml'), 'ignore: [C2.2]\n');
    const withConfig = md(['--config', 'formateur.yaml']);
    expect(withConfig).toContain('avec la configuration formateur.yaml.');
    expect(withConfig).toContain('| – ignoré | C2.2 ');
  });
});
