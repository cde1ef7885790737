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
export function leaksInOutput(stdout: string, stderr: string, input?: string): string[] {
  let texts = stdout;
  try {
    texts = stringsOf(JSON.parse(stdout), []).join('\n');
  } catch {
    // not JSON: scan it whole
  }
  const all = `${texts}\n${stderr}`;
  return input === undefined ? leaksIn(all) : LEAKS.filter(([, re]) => occurrences(all, re).some((at) => !quotesInput(all, at, input))).map(([name]) => name);
}

function occurrences(text: string, re: RegExp): Array<{ index: number; length: number }> {
  return [...text.matchAll(new RegExp(re.source, 'g'))].map((m) => ({ index: m.index, length: m[0].length }));
}

/**
 * Whether the match at `at` echoes the user's own text: the word with the characters before it on its line (up to
 * 12), or after it, appears as such in the input (« la preuve : null conseils » when a description says « null »).
 * A generated « de null % » is not in the input: it stays a leak.
 */
function quotesInput(text: string, at: { index: number; length: number }, input: string): boolean {
  const lineStart = text.lastIndexOf('\n', at.index) + 1;
  const lineEnd = text.indexOf('\n', at.index + at.length);
  const before = text.slice(Math.max(lineStart, at.index - 12), at.index + at.length);
  const after = text.slice(at.index, Math.min(lineEnd === -1 ? text.length : lineEnd, at.index + at.length + 12));
  const context = (s: string) => s.length > at.length + 3 && input.includes(s);
  return context(before) || context(after);
}
