/**
 * `ecomplan check` as users run it (the built CLI): one file, a class folder of 50
 * generated variants, exit codes, config files, --explain, and the progress line
 * (in-process, with a terminal stderr). The class is judged with `--jobs 1`: the formats are what is
 * tested here, and parallel.test.ts checks that worker threads give the same bytes in every format
 * (starting the workers for each of these runs doubled the file's time).
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/cli/run/check.js';
import type { CliContext } from '../../src/cli/context.js';
import { run } from '../helpers/cli.js';
import { COMPLETE, COMPLETE_PATH, edited, type Edit } from './fixtures.js';
import { sarifValidator, validateJunit } from './validators.js';

/** The criteria that read the forecast: ignored where a test needs a verdict independent of the engine. */
const FORECAST = 'C1.4,C1.5,C1.6,C2.3,C2.4';

const plainSpaces = (s: string) => s.replace(/[\u00A0\u202F]/g, ' ');

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'ecomplan-check-'));
}

describe('one file', () => {
  it('the complete project, with its forecast, scores 100 % and exits 0', () => {
    const r = run(['check', COMPLETE_PATH]);
    expect(r.code).toBe(0);
    expect(plainSpaces(r.stdout)).toContain('Score : 100,0 % (26 validé(s), 0 partiel(s), 0 manquant(s) sur 26)');
    expect(plainSpaces(r.stdout)).toContain('✔ C1.4  Plan financier proche des objectifs de croissance  — Chiffre d’affaires prévu à ± 20 % des objectifs (année(s) 1, 3)');
  });
  it('prints the checklist and exits 0 when nothing fails', () => {
    const r = run(['check', COMPLETE_PATH, '--ignore', FORECAST]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(plainSpaces(r.stdout)).toContain('✔ C5.4  Procédures et outils respectueux du RGPD');
    expect(plainSpaces(r.stdout)).toContain('– C1.4  Plan financier proche des objectifs de croissance  — Critère ignoré (configuration ou --ignore)');
    expect(plainSpaces(r.stdout)).toContain('Score : 100,0 % (21 validé(s), 0 partiel(s), 0 manquant(s) sur 21)');
  });
  it('exits 1 when a criterion fails, pointing at where the section belongs', () => {
    const dir = tmp();
    const file = join(dir, 'projet.ecomplan.yaml');
    const text = edited([['delete', ['orders']]]);
    writeFileSync(file, text);
    const r = run(['check', file, '--ignore', FORECAST]);
    expect(r.code).toBe(1);
    expect(plainSpaces(r.stdout)).toContain(`↳ Ajoutez la section « orders » (steps, preparation_hours)  ${file}:1:1`); // no commented example: the top of the file (issue 12, item 8)
  });
  it('--min-score replaces the no-fail rule', () => {
    const dir = tmp();
    const file = join(dir, 'projet.ecomplan.yaml');
    writeFileSync(file, edited([['delete', ['orders']]]));
    expect(run(['check', file, '--ignore', FORECAST, '--min-score', '90']).code).toBe(0);
    const r = run(['check', file, '--ignore', FORECAST, '--min-score', '99%']);
    expect(r.code).toBe(1);
    expect(plainSpaces(r.stdout)).toContain('✖ Score sous le minimum demandé (99,0 %)');
  });
  it('exits 2 on an invalid or unreadable file, with located problems', () => {
    const dir = tmp();
    const file = join(dir, 'cassé.ecomplan.yaml');
    writeFileSync(file, COMPLETE.replace('  start: 2027-01\n', ''));
    const r = run(['check', file]);
    expect(r.code).toBe(2);
    expect(plainSpaces(r.stdout)).toContain(`${file}:7:3  erreur  Clé obligatoire manquante « start » dans project  (project.start)`);
    expect(run(['check', join(dir, 'absent.yaml')]).code).toBe(2);
  });
  it('reads stdin with -, in the file’s language or --lang', () => {
    const r = run(['check', '-', '--ignore', FORECAST, '--lang', 'en'], { input: COMPLETE });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Certification criteria — <stdin>');
    expect(r.stdout).toContain('Score: 100.0% (21 passed, 0 partial, 0 missing out of 21)');
  });
  it('writes -o atomically and refuses to overwrite without --force', () => {
    const dir = tmp();
    const out = join(dir, 'check.json');
    expect(run(['check', COMPLETE_PATH, '-f', 'json', '-o', out]).stdout).toBe('');
    expect((JSON.parse(readFileSync(out, 'utf8')) as { files: unknown[] }).files).toHaveLength(1);
    expect(run(['check', COMPLETE_PATH, '-f', 'json', '-o', out]).code).toBe(2);
    expect(run(['check', COMPLETE_PATH, '-f', 'json', '-o', out, '--force', '--ignore', FORECAST]).code).toBe(0);
  });
});

describe('usage', () => {
  it('--explain prints the jury’s words, what passes and a snippet', () => {
    const r = run(['check', '--explain', 'C2.4']);
    expect(r.code).toBe(0);
    const out = plainSpaces(r.stdout);
    expect(out.startsWith('C2.4 — Délivrer rapidement : maîtrise des stocks\nC2 — Structurer les relations fournisseurs')).toBe(true);
    expect(out).toContain('Les mots du jury\n  « Présenter ses dispositifs de gestion de stocks');
    expect(out).toContain('Exemple minimal\n  inventory:\n    safety_stock_days: 15');
    expect(run(['check', '--explain', 'c2.4', '--lang', 'en']).stdout).toContain('The jury’s words');
    expect(JSON.parse(run(['check', '--explain', 'C3.5', '-f', 'json']).stdout)).toMatchObject({
      id: 'C3.5',
      block: 'C3',
      reads: ['brand.communication.actions', 'brand.consumer_analysis.personas'],
    });
    expect(run(['check', '--explain', 'C3.5', '-f', 'md']).stdout).toContain('```yaml\nbrand:\n  consumer_analysis:');
  });
  it('an unknown criterion is a usage error with a suggestion', () => {
    const r = run(['check', '--explain', 'C2.44']);
    expect(r.code).toBe(2);
    expect(plainSpaces(r.stderr)).toContain('Critère inconnu « C2.44 » : vouliez-vous dire « C2.4 » ?');
    expect(run(['check', '--explain', ' ']).code).toBe(2);
    const i = run(['check', COMPLETE_PATH, '--ignore', 'C3.5,X9']);
    expect(i.code).toBe(2);
    expect(plainSpaces(i.stderr)).toContain('Critère inconnu « X9 »');
  });
  it('no input is a usage error', () => {
    const r = run(['check']);
    expect(r.code).toBe(2);
    expect(plainSpaces(r.stderr)).toContain('Donnez au moins un fichier, dossier ou motif à vérifier');
  });
  it('a bad --min-score is a usage error', () => {
    expect(run(['check', COMPLETE_PATH, '--min-score', '120']).code).toBe(2);
  });
});

describe('configuration', () => {
  it('.ecomplanrc.yaml of the directory named is used: ignored criteria and thresholds', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'classe', 'groupe-a'), { recursive: true });
    writeFileSync(join(dir, '.ecomplanrc.yaml'), `ignore: [${FORECAST}, C2.2]\nthresholds:\n  min_order_steps: 6\n`);
    const file = join(dir, 'classe', 'groupe-a', 'projet.ecomplan.yaml');
    writeFileSync(file, edited([['delete', ['suppliers', 'negotiation']]]));
    const r = run(['check', dir, '-f', 'json']);
    const f = (
      JSON.parse(r.stdout) as {
        files: Array<{ criteria: Array<{ id: string; status: string; message_id: string; data: Record<string, unknown> }> }>;
      }
    ).files[0]!;
    expect(f.criteria.find((c) => c.id === 'C2.2')!.status).toBe('ignored');
    expect(f.criteria.find((c) => c.id === 'C2.5')).toMatchObject({
      status: 'partial',
      message_id: 'gap.too_few',
      data: { count: 5, min: 6 },
    });
    expect(r.code).toBe(0);
  });
  it('--config names the file; its problems are located and stop the run', () => {
    const dir = tmp();
    const config = join(dir, 'formateur.yaml');
    writeFileSync(config, 'ignore: [C2.2]\ntresholds:\n  markup_target: 40%\n');
    const r = run(['check', COMPLETE_PATH, '--config', config]);
    expect(r.code).toBe(2);
    expect(plainSpaces(r.stderr)).toContain(`${config}:2:1  erreur  Clé inconnue « tresholds » : vouliez-vous dire « thresholds » ?`);
    expect(plainSpaces(r.stderr)).toContain(`ecomplan: Configuration invalide : ${config}`);
    writeFileSync(config, 'min_score: 50%\nignore: [C2.2]\n');
    expect(run(['check', COMPLETE_PATH, '--config', config]).code).toBe(0);
    expect(run(['check', COMPLETE_PATH, '--config', join(dir, 'absent.yaml')]).code).toBe(2);
  });
});

/** 50 project files in nested folders: variants of the complete project, one invalid, one unreadable. */
function classFolder(): { dir: string; files: string[] } {
  const dir = tmp();
  const sections = ['company', 'labour', 'inventory', 'orders', 'shipping', 'returns', 'channels', 'demand', 'acquisition', 'experience', 'legal'];
  const files: string[] = [];
  for (let i = 0; i < 50; i++) {
    const group = join(dir, `groupe-${i % 3}`);
    mkdirSync(group, { recursive: true });
    const file = join(group, `candidat-${String(i).padStart(2, '0')}.${i % 2 ? 'yaml' : 'ecomplan.yaml'}`);
    let text: string;
    if (i === 17) text = COMPLETE.replace('  start: 2027-01\n', '');
    else if (i === 33) text = 'ecomplan: 1\n\u0000binary';
    else {
      const edits: Edit[] = i % 5 === 0 ? [] : [['delete', [sections[i % sections.length]!]]];
      if (i % 7 === 0) edits.push(['set', ['legal', 'withdrawal_days'], 10]);
      text = edited(edits);
    }
    writeFileSync(file, text);
    files.push(file);
  }
  // Not project files: skipped by the folder search.
  writeFileSync(join(dir, 'notes.yaml'), 'title: notes de cours\n');
  writeFileSync(join(dir, '.ecomplanrc.yaml'), `ignore: [${FORECAST}]\n`);
  writeFileSync(join(dir, 'README.md'), '# classe\n');
  return { dir, files: files.sort() };
}

describe('a class of 50 files', () => {
  let cls: { dir: string; files: string[] };
  beforeAll(() => {
    cls = classFolder();
  });
  it('prints one row per file and the class summary; broken files do not stop the others', () => {
    const r = run(['check', cls.dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('');
    const out = plainSpaces(r.stdout);
    const rows = out.split('\n').slice(1, 51);
    expect(rows.map((l) => l.split(/\s+/)[0])).toEqual(cls.files);
    expect(rows.find((l) => l.includes('candidat-17'))).toMatch(/projet invalide : 1 erreur\(s\)/);
    expect(rows.find((l) => l.includes('candidat-33'))).toMatch(/illisible : /);
    expect(out).toContain('Synthèse de la classe : 50 fichier(s), 48 vérifié(s), ');
    expect(out).toMatch(/\n2 invalide\(s\) :\n {2}\S*candidat-33\.yaml:2:1 Fichier binaire[^\n]*\n {2}\S*candidat-17\.yaml:7:3 Clé obligatoire manquante « start » dans project\n/);
    expect(out).toContain('Critères les plus souvent manquants :');
  });
  it('a quoted glob selects files the same way', () => {
    const r = run(['check', `${cls.dir}/**/*.ecomplan.yaml`, '-f', 'csv']);
    expect(r.stdout.trimEnd().split('\r\n')).toHaveLength(1 + 25);
  });
  it('CSV: a header and one row per file', () => {
    const out = join(cls.dir, 'classe.csv');
    run(['check', cls.dir, '--jobs', '1', '-f', 'csv', '-o', out]);
    const lines = readFileSync(out, 'utf8').trimEnd().split('\r\n');
    expect(lines).toHaveLength(51);
    expect(lines.slice(1).map((l) => l.split(';')[0])).toEqual(cls.files);
    expect(lines[0]!.split(';')).toHaveLength(39);
    expect(lines.filter((l) => l.includes(';invalid;'))).toHaveLength(1);
    expect(lines.filter((l) => l.includes(';unreadable;'))).toHaveLength(1);
  });
  it('CSV with --lang en or --csv-separator ,: commas and dot decimals', () => {
    for (const extra of [
      ['--lang', 'en'],
      ['--csv-separator', ','],
    ]) {
      const lines = run(['check', cls.dir, '--jobs', '1', '-f', 'csv', ...extra])
        .stdout.trimEnd()
        .split('\r\n');
      expect(lines[0]!.startsWith('file,state,exit_code,score,')).toBe(true);
      expect(lines.slice(1).every((l) => !/;/.test(l.split(',')[0]!))).toBe(true);
    }
    const bad = run(['check', cls.dir, '--jobs', '1', '-f', 'csv', '--csv-separator', ';;']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Séparateur CSV');
  });
  it('JUnit: one suite per file, accepted by the JUnit XML schema (when vendored)', async () => {
    const out = join(cls.dir, 'classe.xml');
    run(['check', cls.dir, '--jobs', '1', '-f', 'junit', '-o', out]);
    const xml = readFileSync(out, 'utf8');
    expect((xml.match(/<testsuite /g) ?? []).length).toBe(50);
    expect((xml.match(/<testcase /g) ?? []).length).toBe(48 * 27 + 2);
    const v = await validateJunit(xml);
    expect(v).toEqual({ ok: true, errors: [] });
  });
  it('SARIF: valid, with a result per gap and finding', () => {
    const r = run(['check', cls.dir, '--jobs', '1', '-f', 'sarif']);
    const validate = sarifValidator();
    expect(validate(JSON.parse(r.stdout))).toBe(true);
  });
  it('the same input gives the same bytes', () => {
    expect(run(['check', cls.dir, '--jobs', '1', '-f', 'json']).stdout).toBe(run(['check', cls.dir, '--jobs', '1', '-f', 'json']).stdout);
  });
});

describe('progress', () => {
  function ctx(tty: boolean) {
    const out: string[] = [];
    const err: string[] = [];
    const c: CliContext = {
      io: {
        stdout: (s) => out.push(s),
        stdoutBytes: () => undefined,
        stderr: (s) => err.push(s),
        stdin: async () => Buffer.from(''),
        stdoutIsTTY: false,
        stderrIsTTY: tty,
        stdinIsTTY: false,
        env: {},
      },
      color: false,
      debug: false,
      exitCode: 0,
    };
    return { c, out, err };
  }
  it('is shown on stderr when it is a terminal, and cleared at the end', async () => {
    const { c, err } = ctx(true);
    await runCheck(c, [COMPLETE_PATH, COMPLETE_PATH.replace('complete', 'absent')], { format: 'csv' });
    expect(plainSpaces(err.join(''))).toBe(`\r\x1b[KVérification 1/2 : ${COMPLETE_PATH}\r\x1b[KVérification 2/2 : ${COMPLETE_PATH.replace('complete', 'absent')}\r\x1b[K`);
    expect(c.exitCode).toBe(2);
  });
  it('is not shown when stderr is not a terminal', async () => {
    const { c, err } = ctx(false);
    await runCheck(c, [COMPLETE_PATH, COMPLETE_PATH], { format: 'csv' });
    expect(err).toEqual([]);
  });
});
