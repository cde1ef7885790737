/**
 * The user documentation holds together: README.md, docs/*.md (French, or English-only for the
 * pages with no twin: architecture, performance) and docs/en/*.md (English).
 *
 * - every relative link resolves: the file or folder exists and, for a Markdown page, the anchor
 *   is a heading of that page as GitHub slugs it;
 * - a French page links French pages and an English page English ones, unless the link says it
 *   crosses over (« [English](en/watch.md) », « en anglais : […] », « the French page […] »);
 * - a French page and its English twin show the same code blocks (``` fences), comments aside:
 *   a command, a key or a figure changed on one side only fails here. A transcript (a block whose
 *   first line is `$ command`) prints in its page's language, so only its commands are compared;
 * - a French page sets French typography outside code: no-break spaces before : % € and inside
 *   « », narrow ones before ; ! ?.
 *
 * Pure text: no build, no CLI.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

const mdIn = (dir: string) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => join(dir, f));

const ENGLISH = mdIn(join('docs', 'en'));
/** A French page and its English twin (docs/X.md ↔ docs/en/X.md; the README's twin is docs/en/README.md). */
const TWINS: Array<[string, string]> = [
  ['README.md', join('docs', 'en', 'README.md')],
  ...mdIn('docs')
    .filter((p) => existsSync(join(ROOT, 'docs', 'en', p.slice('docs/'.length))))
    .map((p): [string, string] => [p, join('docs', 'en', p.slice('docs/'.length))]),
];
const FRENCH = TWINS.map(([fr]) => fr);
/** Pages in one language only (English), linkable from both. */
const UNTRANSLATED = mdIn('docs').filter((p) => !FRENCH.includes(p));
const PAGES = [...FRENCH, ...UNTRANSLATED, ...ENGLISH];

const text = (page: string) => readFileSync(join(ROOT, page), 'utf8');

/** The page without its fenced blocks (kept as blank lines, so that line numbers hold). */
function prose(md: string): string[] {
  let fenced = false;
  return md.split('\n').map((line) => {
    if (line.startsWith('```')) {
      fenced = !fenced;
      return '';
    }
    return fenced ? '' : line;
  });
}

/** GitHub's heading ids (github-slugger): lower case, punctuation and symbols dropped, spaces as hyphens, repeats numbered. */
function anchors(md: string): Set<string> {
  const seen = new Map<string, number>();
  const ids = new Set<string>();
  for (const line of prose(md)) {
    const m = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!m) continue;
    const shown = m[1]!.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/<[^>]+>/g, '');
    const base = shown
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
      .replace(/ /g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    ids.add(n === 0 ? base : `${base}-${n}`);
  }
  return ids;
}

interface Link {
  page: string;
  line: number;
  label: string;
  target: string;
  /** The text around the link (across line breaks), for the language marks. */
  before: string;
  after: string;
}

function links(page: string): Link[] {
  // Code spans are not links, but their text may be a link's label: keep it, without the backticks.
  const body = prose(text(page))
    .join('\n')
    .replace(/`([^`\n]*)`/g, (_m, code: string) => code.replace(/[[\]()]/g, ' '));
  const lineAt = (index: number) => body.slice(0, index).split('\n').length;
  const out: Link[] = [];
  for (const m of body.matchAll(/!?\[([^\]]*)\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
    const end = m.index + m[0].length;
    out.push({ page, line: lineAt(m.index), label: m[1]!, target: m[2]!, before: body.slice(Math.max(0, m.index - 40), m.index), after: body.slice(end, end + 60) });
  }
  for (const m of body.matchAll(/^\s*\[[^\]]+\]:\s*(\S+)/gm)) out.push({ page, line: lineAt(m.index), label: '', target: m[1]!, before: '', after: '' });
  return out.filter((l) => !/^[a-z][a-z0-9+.-]*:/i.test(l.target));
}

/** The page or folder a relative link points at (from the repository root), and its anchor. */
function resolveLink(l: Link): { path: string; anchor: string | undefined } {
  const [file, anchor] = l.target.split('#', 2) as [string, string | undefined];
  const path = file === '' ? l.page : normalize(join(dirname(l.page), decodeURI(file)));
  return { path, anchor: anchor === undefined ? undefined : decodeURIComponent(anchor) };
}

const ALL_LINKS = PAGES.flatMap(links);

describe('links of README.md, docs/*.md and docs/en/*.md', () => {
  it('are found on every page (the scan itself works)', () => {
    expect(PAGES).toEqual(expect.arrayContaining(['README.md', 'docs/check.md', 'docs/architecture.md', 'docs/en/README.md', 'docs/en/check.md']));
    expect(UNTRANSLATED).toEqual(['docs/architecture.md', 'docs/performance.md']);
    expect(ALL_LINKS.length).toBeGreaterThan(100);
    expect(ALL_LINKS.filter((l) => l.target.includes('#')).length).toBeGreaterThan(50);
  });

  it('resolve: the file or folder exists inside the repository', () => {
    const broken = ALL_LINKS.filter((l) => {
      const { path } = resolveLink(l);
      return relative(ROOT, join(ROOT, path)).startsWith('..') || !existsSync(join(ROOT, path));
    }).map((l) => `${l.page}:${l.line} → ${l.target}`);
    expect(broken).toEqual([]);
  });

  it('land on a heading of the page they name (GitHub anchors)', () => {
    const cache = new Map<string, Set<string>>();
    const ids = (path: string) => cache.get(path) ?? cache.set(path, anchors(text(path))).get(path)!;
    const broken = ALL_LINKS.filter((l) => {
      const { path, anchor } = resolveLink(l);
      if (anchor === undefined || !path.endsWith('.md') || !existsSync(join(ROOT, path)) || statSync(join(ROOT, path)).isDirectory()) return false;
      return !ids(path).has(anchor);
    }).map((l) => `${l.page}:${l.line} → ${l.target}`);
    expect(broken).toEqual([]);
  });

  it('stay in their language: a French page links French pages, an English page English ones, unless the link says otherwise', () => {
    const near = (l: Link) => `${l.before} ${l.label} ${l.after}`;
    const crossing = ALL_LINKS.filter((l) => {
      const { path } = resolveLink(l);
      if (FRENCH.includes(l.page) && ENGLISH.includes(path)) return !/English|anglais/i.test(`${l.before} ${l.label}`);
      if (ENGLISH.includes(l.page) && FRENCH.includes(path)) return !/French|Français/i.test(near(l));
      return false;
    }).map((l) => `${l.page}:${l.line} → ${l.target}`);
    expect(crossing).toEqual([]);
  });
});

/** The fenced blocks of a page: info string and lines, comments and trailing blanks aside; a transcript keeps its commands only. */
function codeBlocks(md: string): string[] {
  return [...md.matchAll(/^```([^\n]*)\n([\s\S]*?)^```/gm)].map((m) => {
    const lines = m[2]!
      .split('\n')
      .map((l) => l.replace(/(^|\s)#.*$/, '').trimEnd())
      .filter((l) => l.trim() !== '');
    const kept = lines[0]?.startsWith('$ ') ? lines.filter((l) => l.startsWith('$ ')).map((l) => l.replace(/ --lang (fr|en)\b/g, '')) : lines;
    return [`\`\`\`${m[1]}`, ...kept].join('\n');
  });
}

/** The README's « Development » part is for developers, in English, with no twin. */
const userPart = (page: string, md: string) => (page === 'README.md' ? md.split('\n## Development\n')[0]! : md);

describe('a French page and its English twin', () => {
  it.each(TWINS)('%s and %s have the same code blocks', (fr, en) => {
    const frBlocks = codeBlocks(userPart(fr, text(fr)));
    const enBlocks = codeBlocks(text(en));
    expect(frBlocks.length).toBeGreaterThan(0);
    expect(frBlocks).toEqual(enBlocks);
  });

  it('the comparison sees a drift: a changed key, a changed command', () => {
    const md = '```yaml\nrisk:\n  draws: 4096   # tirages\n```\n\n```text\n$ ecomplan risk projet.ecomplan.yaml\nAnalyse de risque\n```\n';
    const en = '```yaml\nrisk:\n  draws: 4096   # draws\n```\n\n```text\n$ ecomplan risk projet.ecomplan.yaml --lang en\nRisk analysis\n```\n';
    expect(codeBlocks(md)).toEqual(codeBlocks(en));
    expect(codeBlocks(md.replace('4096', '4097'))).not.toEqual(codeBlocks(en));
    expect(codeBlocks(md.replace('$ ecomplan risk', '$ ecomplan forecast'))).not.toEqual(codeBlocks(en));
  });

  it('GitHub anchors are computed as GitHub does (accents kept, punctuation and no-break spaces dropped, repeats numbered)', () => {
    const ids = anchors('# A\n## Biens d’occasion et régime de la marge\n## `--format json`\n### Sans plages\u00A0: les scénarios\n## fixed_costs\n## A\n');
    expect([...ids]).toEqual(['a', 'biens-doccasion-et-régime-de-la-marge', '--format-json', 'sans-plages-les-scénarios', 'fixed_costs', 'a-1']);
  });
});

/** Plain spaces where French typography wants no-break ones, outside code, link targets and HTML comments. */
function typographyFaults(md: string): string[] {
  return prose(md).flatMap((line, i) => {
    const words = line.replace(/`[^`]*`|\]\([^)]*\)|<!--.*?-->/g, '`');
    const bad = /« | »| [:;!?%€]/.exec(words);
    return bad ? [`${i + 1}: …${words.slice(Math.max(0, bad.index - 30), bad.index + 10)}…`] : [];
  });
}

describe('French pages', () => {
  it.each(FRENCH)('%s sets French typography (no-break space before : % € and inside « », narrow before ; ! ?)', (page) => {
    expect(typographyFaults(text(page))).toEqual([]);
  });

  it('the typography check sees a plain space', () => {
    expect(typographyFaults('Un texte\u00A0: «\u00A0bien\u00A0»\u202F; `a : b`, [lien](x.md#a) ok')).toEqual([]);
    expect(typographyFaults('Un texte : mal')).toHaveLength(1);
    expect(typographyFaults('« mal\u00A0»')).toHaveLength(1);
  });
});
