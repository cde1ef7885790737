/**
 * The rendering layer: an isolated Handlebars instance per output format, its
 * helpers, and the templates of `templates/` (overridable by name with
 * `--templates DIR`).
 *
 * Safety rules, enforced here rather than trusted to each template:
 * - user text is only ever data given to a compiled template; no user string is compiled;
 * - `{{x}}` escapes for the output format: HTML escaping in HTML, Markdown escaping
 *   in Markdown (the Markdown templates' `{{x}}` are rewritten to call `__md`);
 * - helpers that emit markup escape the text they wrap and return a SafeString.
 *
 * One template may serve both formats: structure is written with block helpers
 * (`section`, `p`, `ul`/`li`, `box`, `table`, `field`…) that each format renders its
 * way, so the legal prose exists once per language. A format-specific file
 * (`name.html.hbs`, `name.md.hbs`) takes precedence over a shared one (`name.hbs`).
 */
import Handlebars from 'handlebars';
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EcomplanError } from '../diagnostics/errors.js';
import { EXIT } from '../diagnostics/diagnostic.js';
import { t, tCode, type Lang } from '../i18n/index.js';
import { escapeHtml, escapeMarkdown, safeHref } from './escape.js';
import type { Field } from './field.js';
import { date, joinList, money, month, number, percent, plural } from './helpers.js';
import { collapse, ESCAPED_MUSTACHE_HELPER, keepGuillemets, listTemplates, markdownEscaping, type TemplateFile, tidyHtml, tidyMarkdown } from './template-files.js';

export type OutputFormat = 'html' | 'md';

/** `templates/` of the package (dist/render → ../../templates, src/render → ../../templates). */
const TEMPLATES_ROOT = fileURLToPath(new URL('../../templates/', import.meta.url));

export interface RendererOptions {
  format: OutputFormat;
  lang: Lang;
  currency?: string;
  /** A folder whose templates replace the package's ones of the same name. */
  templatesDir?: string;
  /** The package templates (tests may point elsewhere). */
  root?: string;
}

/** A table as data: the `table` helper renders it in either format. */
/** Above this many columns a table is set in smaller type (`table.wide`), so that words need not break to fit. */
const WIDE_TABLE_COLUMNS = 10;

export interface TableView {
  columns: Array<{ label: string; align?: 'left' | 'right' | 'center' }>;
  rows: TableCell[][];
  /** Marks the table for tests and CSS (`data-table`). */
  id?: string;
  caption?: string;
  /** Row indexes shown in bold (totals). */
  strongRows?: number[];
}
export type TableCell = string | Field | Handlebars.SafeString | ColoursCell | null | undefined;

/**
 * Colour codes with what follows them (« #F4EDE4, #2F4B3C et #C8894D — Fraunces »):
 * in HTML each code that is a hex colour (#rgb or #rrggbb) gets a small square of
 * that colour before it; any other text, and Markdown, keep the code alone.
 */
export interface ColoursCell {
  colours: readonly string[];
  rest: string;
}

/** A hex colour, the only text that may go into a swatch's style attribute. */
const HEX_COLOUR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/** The inline square shown before a colour code (the CSP allows inline styles only). */
export function swatch(colour: string): string {
  if (!HEX_COLOUR.test(colour)) return '';
  return `<span class="swatch" style="display:inline-block;width:.9em;height:.9em;margin-right:.25em;vertical-align:-.1em;border:1px solid #8a8a8a;border-radius:2px;print-color-adjust:exact;-webkit-print-color-adjust:exact;background-color:${colour.toLowerCase()}" role="img" aria-label="${escapeHtml(colour)}"></span>`;
}

const isColoursCell = (c: unknown): c is ColoursCell => typeof c === 'object' && c !== null && 'colours' in c && 'rest' in c;

/** What the `chart` helper needs of a chart (see `render/charts`). */
export interface ChartView {
  id: string;
  title: string;
  svg: string;
}

/** The file a Markdown report's chart is written to, beside the report. */
export const chartFileName = (id: string): string => `chart-${id}.svg`;

type HelperOptions = Handlebars.HelperOptions & { data: { ecomplan?: { sections: number } } };

export class Renderer {
  readonly format: OutputFormat;
  readonly lang: Lang;
  private readonly hb: typeof Handlebars;
  private readonly files: Map<string, TemplateFile>;
  private readonly compiled = new Map<string, Handlebars.TemplateDelegate>();
  private readonly currency: string;

  constructor(opts: RendererOptions) {
    this.format = opts.format;
    this.lang = opts.lang;
    this.currency = opts.currency ?? 'EUR';
    this.hb = Handlebars.create();
    this.files = listTemplates(opts.root ?? TEMPLATES_ROOT, opts.format);
    if (opts.templatesDir) {
      try {
        if (!statSync(opts.templatesDir).isDirectory()) throw new Error('not a directory');
      } catch {
        throw new EcomplanError(t(opts.lang, 'render.templates_dir_missing', { dir: opts.templatesDir }), {
          exitCode: EXIT.usage,
          hint: t(opts.lang, 'render.templates_dir_missing.hint'),
        });
      }
      for (const [name, file] of listTemplates(opts.templatesDir, opts.format)) {
        // An override in the user's folder wins over both package variants.
        this.files.set(name, { ...file, specific: true });
      }
    }
    this.registerHelpers();
    for (const name of this.files.keys()) {
      this.hb.registerPartial(name, ((ctx: unknown, o?: Handlebars.RuntimeOptions) => this.template(name)(ctx, o)) as Handlebars.TemplateDelegate);
    }
  }

  has(name: string): boolean {
    return this.files.has(name);
  }

  /** Render template `name` (path under templates/ without `.hbs`) with a view model. */
  render(name: string, view: unknown): string {
    const fn = this.template(name);
    let out: string;
    try {
      out = fn(view, { data: { ecomplan: { sections: 0 } } });
    } catch (e) {
      if (e instanceof EcomplanError) throw e;
      throw new EcomplanError(t(this.lang, 'render.template_error', { name, detail: (e as Error).message.split('\n')[0] ?? '' }), {
        exitCode: EXIT.usage,
      });
    }
    return this.format === 'md' ? tidyMarkdown(out) : tidyHtml(keepGuillemets(out));
  }

  /** Text escaped for this format (for helpers that build markup). */
  escape(s: string): string {
    return this.format === 'md' ? escapeMarkdown(s) : escapeHtml(s);
  }

  safe(s: string): Handlebars.SafeString {
    return new this.hb.SafeString(s);
  }

  private template(name: string): Handlebars.TemplateDelegate {
    const done = this.compiled.get(name);
    if (done) return done;
    const file = this.files.get(name);
    if (!file) throw new EcomplanError(t(this.lang, 'render.template_missing', { name, format: this.format }), { exitCode: EXIT.usage });
    let fn: Handlebars.TemplateDelegate;
    try {
      const source = readFileSync(file.path, 'utf8');
      const ast = this.hb.parse(source, { srcName: file.path });
      const program = this.format === 'md' ? markdownEscaping(ast, this.hb.helpers) : ast;
      fn = this.hb.compile(program as unknown as string, { preventIndent: true });
    } catch (e) {
      if (e instanceof EcomplanError) throw e;
      throw new EcomplanError(t(this.lang, 'render.template_error', { name, detail: (e as Error).message.split('\n')[0] ?? '' }), {
        exitCode: EXIT.usage,
      });
    }
    this.compiled.set(name, fn);
    return fn;
  }

  private fieldMarkup(f: Field | string | null | undefined, link = false): string {
    if (f === null || f === undefined) return '';
    const text = typeof f === 'string' ? f : f.ok ? f.text : null;
    if (text !== null) {
      const href = link && this.format === 'html' ? safeHref(text) : null;
      return href ? `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${escapeHtml(text)}</a>` : this.escape(text);
    }
    if (typeof f === 'string' || f.ok) return '';
    // Placeholders are our own words and key paths: square brackets stay readable (no link can form without a definition).
    return this.format === 'md' ? `**${escapeMarkdown(f.placeholder).replace(/\\([[\]])/g, '$1')}**` : `<mark class="todo">${escapeHtml(f.placeholder)}</mark>`;
  }

  private cellMarkup(c: TableCell): string {
    if (c instanceof this.hb.SafeString) return c.toString();
    if (c === null || c === undefined) return '';
    if (isColoursCell(c)) return this.coloursMarkup(c);
    return this.fieldMarkup(c as Field | string);
  }

  private coloursMarkup(c: ColoursCell): string {
    const colours = c.colours.map((x) => x.trim()).filter(Boolean);
    const tail = c.rest ? ` — ${c.rest}` : '';
    if (this.format === 'md') return this.escape(joinList(colours, this.lang) + tail);
    return (
      joinList(
        colours.map((x) => `${swatch(x)}${escapeHtml(x)}`),
        this.lang,
      ) + escapeHtml(tail)
    );
  }

  private registerHelpers(): void {
    const hb = this.hb;
    const lang = this.lang;
    const md = this.format === 'md';
    const S = (s: string) => new hb.SafeString(s);
    const marker = (id: unknown): string => (typeof id === 'string' && id ? (md ? ` <!-- clause: ${id} -->` : ` data-clause="${escapeHtml(id)}"`) : '');

    hb.registerHelper(ESCAPED_MUSTACHE_HELPER, (v: unknown) => {
      if (v instanceof hb.SafeString) return v.toString();
      if (v === null || v === undefined) return '';
      return escapeMarkdown(String(v));
    });

    // formatting (plain strings: escaped by the format afterwards). Names that a view model
    // might use as a property (`number`, `month`, `date`) are avoided: a helper wins over a property.
    hb.registerHelper('money', (v: unknown, o: HelperOptions) => money(v as never, lang, this.currency, typeof o.hash.places === 'number' ? o.hash.places : 2));
    hb.registerHelper('percent', (v: unknown, o: HelperOptions) => percent(v as never, lang, typeof o.hash.places === 'number' ? o.hash.places : 1));
    hb.registerHelper('num', (v: unknown, o: HelperOptions) => number(v as never, lang, typeof o.hash.places === 'number' ? o.hash.places : 0));
    hb.registerHelper('monthName', (v: unknown) => month(typeof v === 'string' ? v : null, lang));
    hb.registerHelper('longDate', (v: unknown) => date(typeof v === 'string' ? v : null, lang));
    hb.registerHelper('plural', (n: unknown, one: unknown, other: unknown) => plural(n as never, String(one), String(other), lang));
    hb.registerHelper('join', (items: unknown) => (Array.isArray(items) ? joinList(items.map(String), lang) : ''));
    hb.registerHelper('t', (id: unknown, o: HelperOptions) => tCode(lang, String(id), o.hash));

    // structure (markup: escape what they wrap, return SafeString)
    hb.registerHelper('field', (f: unknown, o: HelperOptions) => S(this.fieldMarkup(f as Field, o.hash.link === true)));
    hb.registerHelper('h1', (text: unknown) => S(md ? `# ${this.escape(String(text))}\n\n` : `<h1>${escapeHtml(String(text))}</h1>\n`));
    hb.registerHelper('section', function (this: unknown, id: unknown, title: unknown, o: HelperOptions) {
      const level = typeof o.hash.level === 'number' ? o.hash.level : 2;
      let heading = String(title ?? '');
      if (typeof o.hash.numbered === 'string' && o.data.ecomplan) heading = `${o.hash.numbered} ${++o.data.ecomplan.sections} – ${heading}`;
      // A number given by the view model (the table of contents shows the same) is ours: not escaped.
      const number = typeof o.hash.number === 'number' || typeof o.hash.number === 'string' ? `${o.hash.number}. ` : '';
      const body = String(o.fn(this));
      const explicit = typeof o.hash.anchor === 'string' ? o.hash.anchor : '';
      const anchor = explicit || (typeof id === 'string' ? id.replace(/[^a-zA-Z0-9_-]/g, '-') : '');
      if (md) {
        const before = `${explicit ? `<a id="${escapeHtml(explicit)}"></a>\n` : ''}${typeof id === 'string' && id ? `<!-- clause: ${id} -->\n` : ''}`;
        return S(`\n${before}${'#'.repeat(level)} ${number}${escapeMarkdown(heading)}\n\n${body}\n\n`);
      }
      return S(`<section${anchor ? ` id="${escapeHtml(anchor)}"` : ''}${marker(id)}>\n<h${level}>${escapeHtml(number)}${escapeHtml(heading)}</h${level}>\n${body}\n</section>\n`);
    });
    hb.registerHelper('p', function (this: unknown, o: HelperOptions) {
      const body = collapse(String(o.fn(this)));
      if (!body) return '';
      const cls = typeof o.hash.class === 'string' ? ` class="${escapeHtml(o.hash.class)}"` : '';
      return S(md ? `\n${body}${marker(o.hash.clause)}\n\n` : `<p${cls}${marker(o.hash.clause)}>${body}</p>\n`);
    });
    hb.registerHelper('li', function (this: unknown, o: HelperOptions) {
      const body = collapse(String(o.fn(this)));
      return S(md ? `\n- ${body}${marker(o.hash.clause)}\n` : `<li${marker(o.hash.clause)}>${body}</li>\n`);
    });
    const list = (ordered: boolean) =>
      function (this: unknown, o: HelperOptions) {
        const body = String(o.fn(this));
        if (!md) return S(`<${ordered ? 'ol' : 'ul'}${marker(o.hash.clause)}>\n${body}</${ordered ? 'ol' : 'ul'}>\n`);
        let n = 0;
        const items = body
          .split('\n')
          .map((l) => l.trim())
          .filter((l) => l !== '')
          .map((l) => (ordered && l.startsWith('- ') ? `${++n}. ${l.slice(2)}` : l));
        return S(`\n\n${items.join('\n')}\n\n`);
      };
    hb.registerHelper('ul', list(false));
    hb.registerHelper('ol', list(true));
    hb.registerHelper('box', function (this: unknown, o: HelperOptions) {
      const body = String(o.fn(this));
      const title = typeof o.hash.title === 'string' ? o.hash.title : '';
      if (!md) return S(`<div class="box" role="note"${marker(o.hash.clause)}>\n${title ? `<p class="box-title"><strong>${escapeHtml(title)}</strong></p>\n` : ''}${body}</div>\n`);
      const lines = tidyMarkdown(body).trimEnd().split('\n');
      const head = title ? [`> **${escapeMarkdown(title)}**`, '>'] : [];
      return S(`\n${typeof o.hash.clause === 'string' ? `<!-- clause: ${o.hash.clause} -->\n` : ''}${[...head, ...lines.map((l) => (l ? `> ${l}` : '>'))].join('\n')}\n\n`);
    });
    const self = this;
    hb.registerHelper('strong', function (this: unknown, ...args: unknown[]) {
      const o = args[args.length - 1] as HelperOptions;
      const body = args.length > 1 ? self.fieldMarkup(args[0] as Field | string) : collapse(String(o.fn(this)));
      return S(md ? `**${body}**` : `<strong>${body}</strong>`);
    });
    hb.registerHelper('link', (url: unknown, text: unknown) => {
      const label = typeof text === 'string' && text ? text : String(url ?? '');
      const href = safeHref(typeof url === 'string' ? url : null);
      if (md) return S(href && label !== url ? `${escapeMarkdown(label)} (${escapeMarkdown(String(url))})` : escapeMarkdown(String(url ?? label)));
      return S(href ? `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${escapeHtml(label)}</a>` : escapeHtml(label));
    });
    hb.registerHelper('table', (tv: unknown, o: HelperOptions) => {
      const view = tv as TableView | null;
      return S(this.tableMarkup(view && typeof o.hash.caption === 'string' ? { ...view, caption: o.hash.caption } : view));
    });
    hb.registerHelper('chart', (chart: unknown, o: HelperOptions) => S(this.chartMarkup(chart as ChartView | null, o.data.root as { chartFiles?: boolean })));
  }

  /**
   * A chart: inline SVG in HTML (the SVG comes from our chart functions, which escape
   * their text); in Markdown an image link to `chart-<id>.svg` written beside the
   * report, or a note when the report goes to a single file.
   */
  chartMarkup(chart: ChartView | null | undefined, root: { chartFiles?: boolean }): string {
    if (!chart) return '';
    if (this.format === 'md') {
      if (root?.chartFiles) return `\n\n![${escapeMarkdown(chart.title)}](${chartFileName(chart.id)})\n\n`;
      return `\n\n*${escapeMarkdown(t(this.lang, 'report.chart_in_html', { title: chart.title }))}*\n\n`;
    }
    return `<figure class="chart" id="chart-${escapeHtml(chart.id)}">\n${chart.svg}\n<figcaption>${escapeHtml(chart.title)}</figcaption>\n</figure>\n`;
  }

  tableMarkup(tv: TableView | null | undefined): string {
    if (!tv?.columns.length) return '';
    const strong = new Set(tv.strongRows ?? []);
    if (this.format === 'md') {
      const head = `| ${tv.columns.map((c) => escapeMarkdown(c.label)).join(' | ')} |`;
      const rule = `| ${tv.columns.map((c) => (c.align === 'right' ? '---:' : c.align === 'center' ? ':---:' : '---')).join(' | ')} |`;
      const rows = tv.rows.map((r, i) => {
        const cells = tv.columns.map((_, j) => {
          const v = this.cellMarkup(r[j]);
          return strong.has(i) && v && !v.startsWith('**') ? `**${v}**` : v;
        });
        return `| ${cells.join(' | ')} |`;
      });
      const caption = tv.caption ? `${escapeMarkdown(tv.caption)}\n\n` : '';
      return `\n\n${caption}${[head, rule, ...rows].join('\n')}\n\n`;
    }
    const align = (c: { align?: string }) => (c.align && c.align !== 'left' ? ` class="${c.align}"` : '');
    const head = `<thead><tr>${tv.columns.map((c) => `<th scope="col"${align(c)}>${escapeHtml(c.label)}</th>`).join('')}</tr></thead>`;
    const body = tv.rows.map((r, i) => `<tr${strong.has(i) ? ' class="total"' : ''}>${tv.columns.map((c, j) => `<td${align(c)}>${this.cellMarkup(r[j])}</td>`).join('')}</tr>`).join('\n');
    const caption = tv.caption ? `<caption>${escapeHtml(tv.caption)}</caption>` : '';
    // Cells wrap only between words (report-css): a table of many columns gets smaller type to fit the page.
    const wide = tv.columns.length > WIDE_TABLE_COLUMNS ? ' class="wide"' : '';
    return `<div class="table-wrap"><table${wide}${tv.id ? ` data-table="${escapeHtml(tv.id)}"` : ''}>${caption}\n${head}\n<tbody>\n${body}\n</tbody></table></div>\n`;
  }
}

export function createRenderer(opts: RendererOptions): Renderer {
  return new Renderer(opts);
}
