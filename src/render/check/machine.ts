/**
 * Machine formats of `ecomplan check`: JSON (the full result), CSV (one row per file,
 * for a spreadsheet), JUnit XML (one test case per criterion per file), SARIF 2.1.0
 * (code-scanning tools) and GitHub Actions annotations. Pure functions of the report.
 */
import { CRITERIA } from '../../criteria/index.js';
import { FINDING_CODES } from '../../criteria/findings.js';
import { BLOCK_IDS } from '../../criteria/types.js';
import { t, tCode, type Lang } from '../../i18n/index.js';
import { githubEscapeData, githubEscapeProperty } from '../formatters/diagnostics.js';
import { toCsv } from '../escape.js';
import { brokenFile, classSummary, configSentence, configsOf, percentPlain, scorePlain, scoreSentence, title, type CheckFormatter, type CheckReport, type FileCheck } from './model.js';

/** Interpolation data as JSON: Decimals become strings (their exact digits). */
const plain = (data: Record<string, unknown>): Record<string, unknown> => JSON.parse(JSON.stringify(data)) as Record<string, unknown>;

function fileJson(f: FileCheck, lang: Lang) {
  const base = { file: f.file, state: f.state, exit_code: f.exitCode };
  if (!f.result)
    return {
      ...base,
      diagnostics: f.diagnostics.map((d) => ({
        code: d.code,
        severity: d.severity,
        message: d.message,
        path: d.path,
        line: d.line,
        column: d.column,
        ...(d.hint ? { hint: d.hint } : {}),
      })),
    };
  const r = f.result;
  const score = (s: (typeof r.score)['overall']) => ({
    percent: scorePlain(s),
    pass: s.pass,
    partial: s.partial,
    fail: s.fail,
    total: s.total,
  });
  return {
    ...base,
    config: f.config ?? null,
    ok: r.ok,
    score: { ...score(r.score.overall), blocks: Object.fromEntries(BLOCK_IDS.map((b) => [b, score(r.score.blocks[b])])) },
    criteria: r.criteria.map((x) => ({
      id: x.id,
      block: x.block,
      title: title(x.id, lang),
      status: x.status,
      message_id: x.messageId,
      message: tCode(lang, x.messageId, x.data),
      data: plain(x.data),
      path: x.path,
      line: x.line,
      column: x.column,
      gaps: x.gaps.map((g) => ({
        id: g.id,
        message: tCode(lang, g.id, g.data),
        data: plain(g.data),
        path: g.path,
        line: g.line,
        column: g.column,
      })),
    })),
    findings: r.findings.map((x) => ({
      code: x.code,
      severity: x.severity,
      message: tCode(lang, x.code, x.data),
      data: plain(x.data),
      path: x.path,
      line: x.line,
      column: x.column,
    })),
  };
}

export const json: CheckFormatter = (report, { lang }) => {
  const s = classSummary(report);
  const summary = {
    files: s.files,
    checked: s.checked,
    ok: s.ok,
    invalid: s.broken.length,
    average_percent: percentPlain(s.average),
    missed: s.missed,
    invalid_files: s.broken,
  };
  return `${JSON.stringify({ ecomplan: 1, version: report.version, files: report.files.map((f) => fileJson(f, lang)), summary }, null, 2)}\n`;
};

/**
 * The CSV separator and decimal mark: French spreadsheets (Excel, LibreOffice in a
 * French locale) split on `;` and read `94,2` as a number; English ones split on `,`
 * and read `94.2`. `--csv-separator` overrides; decimals are commas only in French
 * with a separator other than `,`.
 */
function csvDialect(lang: Lang, separator?: string): { separator: string; decimal: '.' | ',' } {
  const sep = separator ?? (lang === 'fr' ? ';' : ',');
  return { separator: sep, decimal: lang === 'fr' && sep !== ',' ? ',' : '.' };
}

/**
 * One row per file: score and block scores in percent, error and warning findings,
 * then each criterion's status (pass, partial, fail, ignored); an invalid or
 * unreadable file has its row too, with its first error in the last column.
 */
export const csv: CheckFormatter = (report, { lang, csvSeparator }) => {
  const { separator, decimal } = csvDialect(lang, csvSeparator);
  const pct = (v: Parameters<typeof percentPlain>[0]) => (decimal === ',' ? percentPlain(v).replace('.', ',') : percentPlain(v));
  const header = ['file', 'state', 'exit_code', 'score', ...BLOCK_IDS, 'errors', 'warnings', ...CRITERIA.map((c) => c.id), 'first_error', 'config'];
  const score = (s: Parameters<typeof scorePlain>[0]) => (s.total ? pct(s.value) : 'n/a');
  const firstError = (f: FileCheck) => {
    const b = brokenFile(f);
    return `${b.line}:${b.column} ${b.message}`;
  };
  const rows = [header];
  for (const f of report.files) {
    const r = f.result;
    rows.push([
      f.file,
      f.state,
      String(f.exitCode),
      r ? score(r.score.overall) : '',
      ...BLOCK_IDS.map((b) => (r?.score.blocks[b].total ? pct(r.score.blocks[b].value) : '')),
      r ? String(r.findings.filter((x) => x.severity === 'error').length) : String(f.diagnostics.filter((d) => d.severity === 'error').length),
      r ? String(r.findings.filter((x) => x.severity === 'warning').length) : String(f.diagnostics.filter((d) => d.severity === 'warning').length),
      ...CRITERIA.map((c) => r?.criteria.find((x) => x.id === c.id)?.status ?? ''),
      r ? '' : firstError(f),
      r ? (f.config ?? '') : '',
    ]);
  }
  // toCsv quotes per RFC 4180 and neutralises a file name a spreadsheet would run as a formula.
  return toCsv(rows, separator);
};

/** XML 1.0 text: escaped, without the characters XML cannot hold. */
function xml(s: string): string {
  return s
    .replace(/[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * JUnit XML (the Jenkins/Surefire schema, junit-10.xsd): a test suite per file, a
 * test case per criterion (failure exactly when the criterion fails, as the exit
 * code; a partial passes with its gaps in system-out; ignored is skipped) and a
 * `coherence` case failing on error findings. An invalid file is one erroring case.
 */
export const junit: CheckFormatter = (report, { lang }) => {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let errors = 0;
  for (const f of report.files) {
    const cases: string[] = [];
    let sFail = 0;
    let sErr = 0;
    let sSkip = 0;
    if (!f.result) {
      sErr = 1;
      const text = f.diagnostics.map((d) => `${f.file}:${d.line}:${d.column} ${d.message}${d.path ? ` (${d.path})` : ''}`).join('\n');
      const word = t(lang, f.state === 'invalid' ? 'check.status.invalid' : 'check.status.unreadable');
      cases.push(`    <testcase name="validate" classname="${xml(f.file)}">\n      <error type="${f.state}" message="${xml(word)}">${xml(text)}</error>\n    </testcase>`);
    } else {
      for (const r of f.result.criteria) {
        const name = `${r.id} ${title(r.id, lang)}`;
        const gaps = r.gaps.map((g) => `${f.file}:${g.line}:${g.column} ${tCode(lang, g.id, g.data)}`).join('\n');
        let body = '';
        if (r.status === 'fail') {
          sFail++;
          body = `\n      <failure type="fail" message="${xml(tCode(lang, r.messageId, r.data))}">${xml(gaps)}</failure>\n    `;
        } else if (r.status === 'partial') body = `\n      <system-out>${xml(`${t(lang, 'check.status.partial')}\n${gaps}`)}</system-out>\n    `;
        else if (r.status === 'ignored') {
          sSkip++;
          body = `\n      <skipped message="${xml(tCode(lang, r.messageId, r.data))}"/>\n    `;
        }
        cases.push(`    <testcase name="${xml(name)}" classname="${xml(f.file)}">${body}</testcase>`);
      }
      const errs = f.result.findings.filter((x) => x.severity === 'error');
      const all = f.result.findings.map((x) => `${f.file}:${x.line}:${x.column} ${x.severity} ${tCode(lang, x.code, x.data)}`).join('\n');
      let body = all ? `\n      <system-out>${xml(all)}</system-out>\n    ` : '';
      if (errs.length) {
        sFail++;
        body = `\n      <failure type="coherence" message="${xml(tCode(lang, errs[0]!.code, errs[0]!.data))}">${xml(all)}</failure>\n    `;
      }
      cases.push(`    <testcase name="coherence" classname="${xml(f.file)}">${body}</testcase>`);
    }
    tests += cases.length;
    failures += sFail;
    errors += sErr;
    // The config the file was judged with (empty: the default thresholds) and its score (« n/a » when nothing was judged).
    const properties = f.result
      ? `    <properties>\n      <property name="config" value="${xml(f.config ?? '')}"/>\n      <property name="score" value="${scorePlain(f.result.score.overall) ?? 'n/a'}"/>\n    </properties>\n`
      : '';
    suites.push(
      `  <testsuite name="${xml(f.file)}" file="${xml(f.file)}" tests="${cases.length}" failures="${sFail}" errors="${sErr}" skipped="${sSkip}">\n${properties}${cases.join('\n')}\n  </testsuite>`,
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="ecomplan check" tests="${tests}" failures="${failures}" errors="${errors}">\n${suites.join('\n')}\n</testsuites>\n`;
};

/** A file name as a SARIF artifact URI (a relative URI reference, percent-encoded, forward slashes). */
function artifactUri(file: string): string {
  return file
    .replace(/\\/g, '/')
    .split('/')
    .map((seg) => encodeURIComponent(seg))
    .join('/');
}

const SARIF_LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/** Each config used (null: the default thresholds) with the artifacts it judged. */
function sarifConfigs(report: CheckReport): Array<{ config: string | null; files: string[] }> {
  return configsOf(report).map((c) => ({ config: c.config, files: report.files.filter((f) => f.result && (f.config ?? null) === c.config).map((f) => artifactUri(f.file)) }));
}

/**
 * SARIF 2.1.0: one run, rules = the 26 criteria and the finding codes (plus any
 * other code met: validation, engine); a result per gap of a failed (error) or
 * partial (warning) criterion, per finding, and per problem of an invalid file.
 */
export const sarif: CheckFormatter = (report, { lang }) => {
  interface Rule {
    id: string;
    name: string;
    shortDescription: { text: string };
    fullDescription?: { text: string };
    help?: { text: string };
    defaultConfiguration: { level: string };
    properties: { tags: string[] };
  }
  const rules: Rule[] = CRITERIA.map((c) => ({
    id: c.id,
    name: c.id.replace('.', '_'),
    shortDescription: { text: c.title[lang] },
    fullDescription: { text: c.jury[lang] },
    help: { text: c.passes[lang] },
    defaultConfiguration: { level: SARIF_LEVEL[c.severity] },
    properties: { tags: ['criterion', c.block] },
  }));
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const ruleFor = (code: string, level: string, tag: string): number => {
    const known = ruleIndex.get(code);
    if (known !== undefined) return known;
    rules.push({ id: code, name: code, shortDescription: { text: code }, defaultConfiguration: { level }, properties: { tags: [tag] } });
    ruleIndex.set(code, rules.length - 1);
    return rules.length - 1;
  };
  for (const code of FINDING_CODES) ruleFor(code, 'warning', 'coherence');
  const results: unknown[] = [];
  const location = (file: string, line: number, column: number) => ({
    physicalLocation: {
      artifactLocation: { uri: artifactUri(file) },
      region: { startLine: Math.max(1, line), startColumn: Math.max(1, column) },
    },
  });
  for (const f of report.files) {
    if (!f.result) {
      for (const d of f.diagnostics) {
        const i = ruleFor(d.code, 'error', 'validation');
        results.push({
          ruleId: d.code,
          ruleIndex: i,
          level: SARIF_LEVEL[d.severity],
          message: { text: d.path ? `${d.message} (${d.path})` : d.message },
          locations: [location(f.file, d.line, d.column)],
        });
      }
      continue;
    }
    for (const r of f.result.criteria) {
      if (r.status !== 'fail' && r.status !== 'partial') continue;
      for (const g of r.gaps)
        results.push({
          ruleId: r.id,
          ruleIndex: ruleIndex.get(r.id),
          level: r.status === 'fail' ? 'error' : 'warning',
          message: { text: `${r.id} ${title(r.id, lang)} — ${tCode(lang, g.id, g.data)}` },
          locations: [location(f.file, g.line, g.column)],
          properties: { status: r.status, messageId: g.id, path: g.path },
        });
    }
    for (const x of f.result.findings) {
      const i = ruleFor(x.code, SARIF_LEVEL[x.severity], 'coherence');
      results.push({
        ruleId: x.code,
        ruleIndex: i,
        level: SARIF_LEVEL[x.severity],
        message: { text: tCode(lang, x.code, x.data) },
        locations: [location(f.file, x.line, x.column)],
        properties: { path: x.path },
      });
    }
  }
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'ecomplan', semanticVersion: report.version, version: report.version, rules } },
        columnKind: 'utf16CodeUnits',
        results,
        // The config each judged file was judged with (null: the default thresholds).
        properties: { configs: sarifConfigs(report) },
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

/** GitHub Actions workflow commands: failed criteria are errors, partial ones warnings, at their file and line. */
export const github: CheckFormatter = (report, { lang }) => {
  const lines: string[] = [];
  const annotate = (level: 'error' | 'warning' | 'notice', file: string, line: number, col: number, titleText: string, msg: string) =>
    lines.push(`::${level} file=${githubEscapeProperty(file)},line=${line},col=${col},title=${githubEscapeProperty(titleText)}::${githubEscapeData(msg)}`);
  for (const f of report.files) {
    if (!f.result) {
      for (const d of f.diagnostics) {
        const located = d.path ? `${d.message} (${d.path})` : d.message;
        annotate(d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'notice', f.file, d.line, d.column, d.code, d.hint ? `${located}\n${d.hint}` : located);
      }
      continue;
    }
    for (const r of f.result.criteria) {
      if (r.status !== 'fail' && r.status !== 'partial') continue;
      for (const g of r.gaps) annotate(r.status === 'fail' ? 'error' : 'warning', f.file, g.line, g.column, `${r.id} ${title(r.id, lang)}`, tCode(lang, g.id, g.data));
    }
    for (const x of f.result.findings) annotate(x.severity === 'error' ? 'error' : x.severity === 'warning' ? 'warning' : 'notice', f.file, x.line, x.column, x.code, tCode(lang, x.code, x.data));
    const o = f.result.score.overall;
    lines.push(`::notice file=${githubEscapeProperty(f.file)},title=ecomplan check::${githubEscapeData(`${scoreSentence(o, lang)} — ${configSentence(f.config, lang)}`)}`);
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
};
