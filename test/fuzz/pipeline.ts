/**
 * One fuzz case through the whole program, in process: validate; when valid, forecast, check,
 * report and legal in their formats. Returns what a user would see and what went wrong.
 */
import { leaksInOutput } from '../bad-inputs/leaks.js';
import { runInProcess } from '../helpers/in-process.js';

const VALID_RUNS: string[][] = [['forecast', '--format', 'json'], ['forecast', '--format', 'md'], ['check', '--format', 'json'], ['check', '--format', 'md'], ['report', '--format', 'md'], ['legal']];

export interface CaseResult {
  valid: boolean;
  findings: string[];
  ms: number;
}

export async function runCase(text: string, opts: { full: boolean }): Promise<CaseResult> {
  const started = performance.now();
  const findings: string[] = [];
  const v = await runInProcess(['validate', '-', '--format', 'json'], { stdin: text });
  if (![0, 1, 2].includes(v.code)) findings.push(`validate exit ${v.code}`);
  if (v.stderr.includes('Erreur interne') || v.stderr.includes('Internal error')) findings.push(`validate internal error: ${v.stderr}`);
  let parsed: Array<{ diagnostics: Array<{ code: string; line: number; column: number; message: string }> }> = [];
  try {
    parsed = JSON.parse(v.stdout);
  } catch {
    findings.push(`validate json unreadable: ${v.stdout.slice(0, 200)} ${v.stderr.slice(0, 200)}`);
  }
  for (const d of parsed[0]?.diagnostics ?? []) if (!(d.line >= 1 && d.column >= 1) || !d.code) findings.push(`unlocated diagnostic ${JSON.stringify(d)}`);
  for (const leak of leaksInOutput(v.stdout, v.stderr, text)) findings.push(`validate leaks ${leak}`);
  const valid = v.code === 0;
  if (valid && opts.full) {
    for (const [command, ...rest] of VALID_RUNS) {
      const r = await runInProcess([command!, '-', ...rest], { stdin: text });
      if (r.stderr.includes('Erreur interne') || r.stderr.includes('Internal error')) findings.push(`${command} internal error: ${r.stderr.slice(0, 300)}`);
      for (const leak of leaksInOutput(r.stdout, r.stderr, text)) findings.push(`${command} ${rest.join(' ')} leaks ${leak}`);
    }
  }
  return { valid, findings, ms: performance.now() - started };
}
