/**
 * The formatters of `ecomplan check`, on a report built in-process: the checklist,
 * the class table, JSON, CSV, JUnit (against the JUnit XSD with xmllint when both
 * are there), SARIF 2.1.0 (against the official schema when vendored, and always
 * against its structure) and GitHub annotations.
 */
import { describe, expect, it } from 'vitest';
import { CRITERIA } from '../../src/criteria/index.js';
import { localize, problem } from '../../src/diagnostics/problem.js';
import { checkFormatters, classSummary, type CheckReport, type FileCheck } from '../../src/render/check/index.js';
import { sarifValidator, validateJunit } from './validators.js';
import { COMPLETE, edited, judge, lineOf } from './fixtures.js';

const complete = judge(COMPLETE);
const noNegotiation = judge(
  edited([
    ['delete', ['suppliers', 'negotiation']],
    ['set', ['legal', 'withdrawal_days'], 10],
  ]),
);

const checked = (file: string, j: ReturnType<typeof judge>): FileCheck => ({
  file,
  state: 'checked',
  result: j.result,
  diagnostics: [],
  exitCode: j.result.ok ? 0 : 1,
});
const invalid: FileCheck = {
  file: 'classe/cassé.yaml',
  state: 'invalid',
  diagnostics: localize([problem('schema.required', 'error', 'project.start', { line: 3, column: 1 }, { key: 'start', parent: 'project' })], 'fr').map((d) => ({ ...d, file: 'classe/cassé.yaml' })),
  exitCode: 2,
};

const one: CheckReport = { files: [checked('atelier.ecomplan.yaml', noNegotiation)], version: '0.1.0' };
const many: CheckReport = {
  files: [checked('classe/alice.ecomplan.yaml', complete), checked('classe/bob & co.yaml', noNegotiation), invalid],
  version: '0.1.0',
};
const fr = { lang: 'fr' as const, color: false };
/** French typography puts no-break spaces in messages; assertions are written with plain spaces. */
const plainSpaces = (s: string) => s.replace(/[\u00A0\u202F]/g, ' ');
const en = { lang: 'en' as const, color: false };

describe('stylish', () => {
  it('one file: a checklist by block, gaps with file:line:col, findings, score', () => {
    const out = plainSpaces(checkFormatters.stylish(one, fr));
    const where = lineOf(noNegotiation.text, 'suppliers:');
    expect(out).toContain('Critères de certification — atelier.ecomplan.yaml');
    expect(out).toContain('✔ C1.1  Présenter son produit');
    expect(out).toMatch(
      new RegExp(
        `✖ C2\\.2  Argumentaire de négociation rédigé\\n      ↳ Ajoutez la section « suppliers\\.negotiation » \\(supplier, objectives, arguments, concessions, fallback\\)  atelier\\.ecomplan\\.yaml:${where}:1`,
      ),
    );
    expect(out).toContain('◐ C5.1  Procédures compatibles avec le droit de la consommation');
    expect(out).toContain(`atelier.ecomplan.yaml:${lineOf(noNegotiation.text, '  withdrawal_days:')}:3  erreur  Délai de rétractation de 10 jours : illégal, le minimum est 14 jours (L221-18)`);
    expect(out).toContain('Score : 94,2 % (24 validé(s), 1 partiel(s), 1 manquant(s) sur 26)');
    expect(out.trimEnd().split('\n').pop()).toBe('✖ Des critères manquent ou des erreurs de cohérence restent');
  });
  it('in English', () => {
    const out = plainSpaces(checkFormatters.stylish(one, en));
    expect(out).toContain('Score: 94.2% (24 passed, 1 partial, 1 missing out of 26)');
  });
  it('many files: one row per file, the class summary, then the broken files’ problems', () => {
    const out = plainSpaces(checkFormatters.stylish(many, fr));
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/^Fichier\s+Score\s+C1\s+C2\s+C3\s+C4\s+C5\s+Erreurs\s+État$/);
    expect(lines[1]).toMatch(/^classe\/alice\.ecomplan\.yaml\s+100,0 %\s+100,0 %\s+100,0 %\s+100,0 %\s+100,0 %\s+100,0 %\s+0\s+✔$/);
    expect(lines[2]).toMatch(/^classe\/bob & co\.yaml\s+94,2 %\s+100,0 %\s+85,7 %\s+100,0 %\s+100,0 %\s+87,5 %\s+1\s+✖$/);
    expect(lines[3]).toMatch(/^classe\/cassé\.yaml\s+–\s+projet invalide : 1 erreur\(s\)/);
    expect(out).toContain('Synthèse de la classe : 3 fichier(s), 2 vérifié(s), 1 prêt(s), score moyen 97,1 %');
    expect(out).toContain('C2.2 Argumentaire de négociation rédigé : 1 candidat(s) sur 2');
    expect(out).toContain('classe/cassé.yaml:3:1  erreur  Clé obligatoire manquante « start » dans project');
  });
  it('many files: the class summary counts the invalid files and lists each with its first error', () => {
    const out = plainSpaces(checkFormatters.stylish(many, fr));
    expect(out).toContain('score moyen 97,1 %\n1 invalide(s) :\n  classe/cassé.yaml:3:1 Clé obligatoire manquante « start » dans project\n');
    expect(plainSpaces(checkFormatters.stylish(many, en))).toContain('\n1 invalid:\n  classe/cassé.yaml:3:1 ');
  });
});

it('French typography: no-break spaces inside « » and before : ; and %', () => {
  const out = checkFormatters.stylish(one, fr);
  expect(out).toContain('Ajoutez la section «\u00A0suppliers.negotiation\u00A0»');
  expect(out).toContain('Score\u00A0: 94,2\u00A0%');
  expect(out).toContain('TVA\u202F; projet décrit');
});

describe('class summary', () => {
  it('counts the criteria candidates miss, fails first', () => {
    const s = classSummary(many);
    expect({ files: s.files, checked: s.checked, ok: s.ok, average: s.average.toFixed(4) }).toEqual({
      files: 3,
      checked: 2,
      ok: 1,
      average: '0.9712',
    });
    expect(s.missed).toEqual([
      { id: 'C2.2', fail: 1, partial: 0 },
      { id: 'C5.1', fail: 0, partial: 1 },
    ]);
    expect(s.broken).toEqual([{ file: 'classe/cassé.yaml', state: 'invalid', line: 3, column: 1, message: invalid.diagnostics[0]!.message }]);
  });
});

describe('json', () => {
  it('gives every criterion with message id, data, message and position', () => {
    const out = JSON.parse(checkFormatters.json(one, fr)) as {
      files: Array<{ ok: boolean; score: { percent: string }; criteria: Array<Record<string, unknown>>; findings: unknown[] }>;
    };
    const f = out.files[0]!;
    expect(f.ok).toBe(false);
    expect(f.score.percent).toBe('94.2');
    expect(f.criteria).toHaveLength(26);
    expect(f.criteria.find((c) => c.id === 'C2.2')).toMatchObject({
      status: 'fail',
      message_id: 'gap.missing_section',
      data: { path: 'suppliers.negotiation', keys: ['supplier', 'objectives', 'arguments', 'concessions', 'fallback'] },
      line: lineOf(noNegotiation.text, 'suppliers:'),
    });
    expect(f.findings).toHaveLength(1);
  });
  it('the summary counts the invalid files and gives each one’s first error', () => {
    const out = JSON.parse(checkFormatters.json(many, fr)) as {
      files: Array<{ state: string }>;
      summary: { invalid: number; invalid_files: unknown[] };
    };
    expect(out.files.map((f) => f.state)).toEqual(['checked', 'checked', 'invalid']);
    expect(out.summary.invalid).toBe(1);
    expect(out.summary.invalid_files).toEqual([{ file: 'classe/cassé.yaml', state: 'invalid', line: 3, column: 1, message: invalid.diagnostics[0]!.message }]);
  });
});

/** RFC 4180 reader, as a spreadsheet reads the file. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}

describe('csv', () => {
  it('one row per file, a column per block and per criterion, the first error of an invalid file (English: `,` and dot decimals)', () => {
    const rows = readCsv(checkFormatters.csv(many, en));
    expect(rows).toHaveLength(4);
    expect(rows[0]).toEqual(['file', 'state', 'exit_code', 'score', 'C1', 'C2', 'C3', 'C4', 'C5', 'errors', 'warnings', ...CRITERIA.map((c) => c.id), 'first_error', 'config']);
    expect(rows.every((r) => r.length === 39)).toBe(true);
    expect(rows[2]!.slice(0, 11)).toEqual(['classe/bob & co.yaml', 'checked', '1', '94.2', '100.0', '85.7', '100.0', '100.0', '87.5', '1', '0']);
    expect(rows[2]![11 + CRITERIA.findIndex((c) => c.id === 'C2.2')]).toBe('fail');
    expect(rows[2]![37]).toBe('');
    expect(rows[3]!.slice(0, 5)).toEqual(['classe/cassé.yaml', 'invalid', '2', '', '']);
    expect(rows[3]![37]).toBe(`3:1 ${invalid.diagnostics[0]!.message}`);
  });
  it('in French: `;` separator and decimal commas, as French spreadsheets read them', () => {
    const lines = checkFormatters.csv(many, fr).split('\r\n');
    expect(lines[0]!.startsWith('file;state;exit_code;score;C1;')).toBe(true);
    expect(lines[2]!.startsWith('classe/bob & co.yaml;checked;1;94,2;100,0;85,7;100,0;100,0;87,5;1;0;')).toBe(true);
    expect(lines[3]!.startsWith('classe/cassé.yaml;invalid;2;;')).toBe(true);
  });
  it('--csv-separator: `,` keeps dot decimals in French; a tab', () => {
    expect(
      checkFormatters
        .csv(many, { ...fr, csvSeparator: ',' })
        .split('\r\n')[2]!
        .startsWith('classe/bob & co.yaml,checked,1,94.2,100.0,85.7,'),
    ).toBe(true);
    expect(
      checkFormatters
        .csv(many, { ...fr, csvSeparator: '\t' })
        .split('\r\n')[2]!
        .startsWith('classe/bob & co.yaml\tchecked\t1\t94,2\t'),
    ).toBe(true);
  });
  it('quotes fields that hold the separator or a quote', () => {
    const rows = checkFormatters.csv({ files: [{ ...invalid, file: 'a, "b".yaml' }], version: '0' }, en).split('\r\n');
    expect(rows[1]!.startsWith('"a, ""b"".yaml",invalid,2')).toBe(true);
    const semi = checkFormatters.csv({ files: [{ ...invalid, file: 'a; b.yaml' }], version: '0' }, fr).split('\r\n');
    expect(semi[1]!.startsWith('"a; b.yaml";invalid;2')).toBe(true);
  });
});

describe('junit', () => {
  const xml = plainSpaces(checkFormatters.junit(many, fr));
  it('one test case per criterion per file, plus coherence; fails exactly when the criterion fails', () => {
    const suites = xml.split('<testsuite ').slice(1);
    expect(suites).toHaveLength(3);
    expect(suites[0]).toMatch(/^name="classe\/alice\.ecomplan\.yaml" file="classe\/alice\.ecomplan\.yaml" tests="27" failures="0" errors="0" skipped="0">/);
    expect(suites[1]).toMatch(/^name="classe\/bob &amp; co\.yaml" file="classe\/bob &amp; co\.yaml" tests="27" failures="2" errors="0" skipped="0">/);
    expect((suites[1]!.match(/<testcase /g) ?? []).length).toBe(27);
    expect(suites[1]).toContain(
      '<testcase name="C2.2 Argumentaire de négociation rédigé" classname="classe/bob &amp; co.yaml">\n      <failure type="fail" message="Ajoutez la section « suppliers.negotiation »',
    );
    expect(suites[1]).toContain('<testcase name="coherence" classname="classe/bob &amp; co.yaml">\n      <failure type="coherence"');
    expect(suites[2]).toMatch(/tests="1" failures="0" errors="1"/);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="ecomplan check" tests="55" failures="2" errors="1">/);
  });
  it('is accepted by the JUnit XML schema (junit-10.xsd)', async () => {
    expect(await validateJunit(xml)).toEqual({ ok: true, errors: [] });
  });
  it('the schema check can fail (an attribute the XSD does not allow)', async () => {
    expect((await validateJunit(xml.replace('<testsuites ', '<testsuites bogus="1" '))).ok).toBe(false);
  });
});

describe('sarif', () => {
  const log = JSON.parse(checkFormatters.sarif(many, fr)) as {
    runs: Array<{
      tool: { driver: { rules: Array<{ id: string }> } };
      results: Array<{
        ruleId: string;
        ruleIndex: number;
        level: string;
        locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }>;
      }>;
    }>;
  };
  it('validates against the SARIF 2.1.0 JSON schema', () => {
    const validate = sarifValidator();
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(validate({ ...log, version: '2.0.0' })).toBe(false);
  });
  it('has rule metadata for the 26 criteria and results located in the files', () => {
    const run = log.runs[0]!;
    expect(run.tool.driver.rules.slice(0, 26).map((r) => r.id)).toEqual(CRITERIA.map((c) => c.id));
    const negotiation = run.results.find((r) => r.ruleId === 'C2.2')!;
    expect(negotiation.level).toBe('error');
    expect(run.tool.driver.rules[negotiation.ruleIndex]!.id).toBe('C2.2');
    expect(negotiation.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'classe/bob%20%26%20co.yaml' },
      region: { startLine: lineOf(noNegotiation.text, 'suppliers:'), startColumn: 1 },
    });
    expect(run.results.find((r) => r.ruleId === 'C5.1')!.level).toBe('warning');
    expect(run.results.find((r) => r.ruleId === 'finding.withdrawal_illegal')!.level).toBe('error');
    expect(run.results.find((r) => r.ruleId === 'schema.required')!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('classe/cass%C3%A9.yaml');
  });
});

describe('github', () => {
  it('annotates failed criteria as errors and partial ones as warnings, at file and line', () => {
    const out = plainSpaces(checkFormatters.github(one, fr)).split('\n');
    expect(out).toContain(
      `::error file=atelier.ecomplan.yaml,line=${lineOf(noNegotiation.text, 'suppliers:')},col=1,title=C2.2 Argumentaire de négociation rédigé::Ajoutez la section « suppliers.negotiation » (supplier, objectives, arguments, concessions, fallback)`,
    );
    expect(
      out.some((l) =>
        l.startsWith(`::warning file=atelier.ecomplan.yaml,line=${lineOf(noNegotiation.text, '  withdrawal_days:')},col=3,title=C5.1 Procédures compatibles avec le droit de la consommation::`),
      ),
    ).toBe(true);
    expect(out.some((l) => l.startsWith('::error file=atelier.ecomplan.yaml,line=') && l.includes('title=finding.withdrawal_illegal::'))).toBe(true);
    expect(out).toContain(
      '::notice file=atelier.ecomplan.yaml,title=ecomplan check::Score : 94,2 %25 (24 validé(s), 1 partiel(s), 1 manquant(s) sur 26) — Configuration : seuils par défaut (aucun .ecomplanrc.yaml trouvé)',
    );
  });
});

describe('github: an invalid file', () => {
  it('annotates its problems with their hint on the second line, like validate', () => {
    const bad: FileCheck = {
      file: 'classe/taux.yaml',
      state: 'invalid',
      diagnostics: localize([problem('value.rate_bare_number', 'error', 'products[0].vat_rate', { line: 12, column: 15 }, { value: '20', suggestion: '20%' })], 'en').map((d) => ({
        ...d,
        file: 'classe/taux.yaml',
      })),
      exitCode: 2,
    };
    expect(checkFormatters.github({ files: [bad], version: '0.1.0' }, en)).toBe(
      '::error file=classe/taux.yaml,line=12,col=15,title=value.rate_bare_number::The rate `20` must be written `20%25` (products[0].vat_rate)%0AA rate is written as a percentage (20%25) or a fraction (0.2).\n',
    );
  });
});

describe('md', () => {
  it('one file: a table per block; many: the class table', () => {
    const md = plainSpaces(checkFormatters.md(one, fr));
    expect(md).toContain('| ✖ | **C2.2** Argumentaire de négociation rédigé | Ajoutez la section « suppliers.negotiation »');
    const table = plainSpaces(checkFormatters.md(many, fr));
    expect(table).toContain('| classe/alice.ecomplan.yaml | 100,0 % | 100,0 % | 100,0 % | 100,0 % | 100,0 % | 100,0 % | 0 | validé |');
    expect(table).toMatch(/\| classe\/cassé\.yaml \| – \|/);
    expect(table).toContain('\n1 invalide(s) :\n\n- `classe/cassé.yaml:3:1` Clé obligatoire manquante');
  });
});

describe('csv: a file name is data, not a formula', () => {
  it('neutralises a leading = in the file column', () => {
    const out = checkFormatters.csv({ ...many, files: [{ ...many.files[0]!, file: '=HYPERLINK("http://x")' }] }, fr);
    expect(out.split('\r\n')[1]!.startsWith(`"'=HYPERLINK(""http://x"")";`)).toBe(true);
  });
});

describe('an invalid file has its row in every format', () => {
  it.each(['stylish', 'json', 'junit', 'sarif', 'github', 'csv', 'md'] as const)('%s', (format) => {
    const out = checkFormatters[format](many, fr);
    expect(out).toContain(format === 'sarif' ? 'classe/cass%C3%A9.yaml' : 'classe/cassé.yaml');
  });
});
