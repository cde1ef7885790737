/** What must never reach a user, whatever the input (issue 13). */
export const LEAKS: ReadonlyArray<[string, RegExp]> = [
  ['NaN', /\bNaN\b/],
  ['Infinity', /\bInfinity\b/],
  ['undefined', /\bundefined\b/],
  ['null', /\bnull\b/],
  ['[object Object]', /\[object Object\]/],
  ['unfilled placeholder', /\{[a-z_]+(?::[a-z_.]+)?\}/],
  ['stack trace', /\n\s+at .+\(.+:\d+:\d+\)/],
];

export function leaksIn(text: string): string[] {
  return LEAKS.filter(([, re]) => re.test(text)).map(([name]) => name);
}

function stringsOf(v: unknown, out: string[]): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) stringsOf(x, out);
  else if (v && typeof v === 'object')
    for (const [k, x] of Object.entries(v)) {
      out.push(k);
      stringsOf(x, out);
    }
  return out;
}

/** Leaks in a command's output: in a JSON output, only its texts (a JSON `null` is a value, not a leak). */
export function leaksInOutput(stdout: string, stderr: string): string[] {
  let texts = stdout;
  try {
    texts = stringsOf(JSON.parse(stdout), []).join('\n');
  } catch {
    // not JSON: scan it whole
  }
  return leaksIn(`${texts}\n${stderr}`);
}
