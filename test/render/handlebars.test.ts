import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EcomplanError } from '../../src/diagnostics/errors.js';
import { Decimal } from '../../src/model/decimal.js';
import { createRenderer, type TableView } from '../../src/render/handlebars.js';
import { date, joinList, money, percent, plural } from '../../src/render/helpers.js';

function templates(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ecomplan-hbs-'));
  for (const [name, text] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
  }
  return dir;
}

describe('helpers', () => {
  it('formats money, percentages and dates in French and English', () => {
    expect(money(new Decimal('1234.5'), 'fr')).toBe('1\u202F234,50\u00A0€');
    expect(money(new Decimal('-1234.5'), 'en')).toBe('-€1,234.50');
    expect(money('déjà formaté', 'fr')).toBe('déjà formaté');
    expect(percent(new Decimal('0.123'), 'fr')).toBe('12,3\u00A0%');
    expect(date('2026-07-01', 'fr')).toBe('1er juillet 2026');
    expect(date('2026-06-19', 'fr')).toBe('19 juin 2026');
    expect(date('2026-06-19', 'en')).toBe('June 19, 2026');
  });
  it('pluralises by each language’s rule (French: singular below 2)', () => {
    expect([0, 1, new Decimal('1.5'), 2].map((n) => plural(n, 'jour', 'jours', 'fr'))).toEqual(['jour', 'jour', 'jour', 'jours']);
    expect([0, 1, new Decimal('1.5'), 2].map((n) => plural(n, 'day', 'days', 'en'))).toEqual(['days', 'day', 'days', 'days']);
  });
  it('joins lists with the language’s last separator', () => {
    expect(joinList(['a', 'b', 'c'], 'fr')).toBe('a, b et c');
    expect(joinList(['a', 'b'], 'en')).toBe('a and b');
    expect(joinList(['a'], 'en')).toBe('a');
  });
});

describe('renderer', () => {
  const root = templates({
    'demo.hbs': '{{#section "x.one" title}}{{#p}}{{text}} / {{{text}}}{{/p}}{{/section}}',
    'demo.md.hbs': 'MD {{text}} {{money amount}} {{plural n "jour" "jours"}}',
    'html-only.html.hbs': '<b>{{text}}</b>',
    'structure.hbs':
      '{{h1 title}}{{#ul}}{{#li clause="c.a"}}un {{field ok}}{{/li}}{{#li}}deux {{field todo}}{{/li}}{{/ul}}{{#ol}}{{#li}}a{{/li}}{{#li}}b{{/li}}{{/ol}}{{#box title="Encadré"}}{{#p}}dedans{{/p}}{{/box}}{{table t}}',
    'partials/inner.hbs': '[{{text}}]',
    'outer.hbs': '{{> partials/inner}}',
  });
  const view = { title: 'T <i>', text: '<script>x</script> {{amount}} *a*', amount: new Decimal('12.5'), n: 2 };

  it('escapes {{ }} for the format, never evaluates user text as a template', () => {
    const html = createRenderer({ format: 'html', lang: 'fr', root }).render('demo', view);
    expect(html).toContain('&lt;script&gt;x&lt;/script&gt; {{amount}} *a* / <script>x</script>');
    expect(html).toContain('<section id="x-one" data-clause="x.one">');
    expect(html).toContain('<h2>T &lt;i&gt;</h2>');
    const md = createRenderer({ format: 'md', lang: 'fr', root }).render('demo', view);
    expect(md).toBe('MD &lt;script&gt;x&lt;/script&gt; {{amount}} \\*a\\* 12,50\u00A0€ jours\n');
  });

  it('prefers the format-specific template and skips the other format’s', () => {
    expect(createRenderer({ format: 'html', lang: 'fr', root }).has('html-only')).toBe(true);
    expect(createRenderer({ format: 'md', lang: 'fr', root }).has('html-only')).toBe(false);
  });

  it('renders partials by path, escaped for the format', () => {
    expect(createRenderer({ format: 'md', lang: 'fr', root }).render('outer', { text: 'a|b' })).toBe('[a\\|b]\n');
  });

  it('renders structure helpers in Markdown and in HTML', () => {
    const t: TableView = {
      columns: [{ label: 'Poste' }, { label: 'Montant', align: 'right' }],
      rows: [
        ['Ventes | web', '1 000 €'],
        ['Total', { ok: false, placeholder: '[À compléter : x (a.b)]' }],
      ],
      id: 'demo',
      strongRows: [1],
    };
    const v = { title: 'Titre', ok: { ok: true, text: 'valeur' }, todo: { ok: false, placeholder: '[À compléter : y (c.d)]' }, t };
    const md = createRenderer({ format: 'md', lang: 'fr', root }).render('structure', v);
    expect(md).toBe(
      [
        '# Titre',
        '',
        '- un valeur <!-- clause: c.a -->',
        '- deux **[À compléter : y (c.d)]**',
        '',
        '1. a',
        '2. b',
        '',
        '> **Encadré**',
        '>',
        '> dedans',
        '',
        '| Poste | Montant |',
        '| --- | ---: |',
        '| Ventes \\| web | 1 000 € |',
        '| **Total** | **[À compléter : x (a.b)]** |',
        '',
      ].join('\n'),
    );
    const html = createRenderer({ format: 'html', lang: 'fr', root }).render('structure', v);
    expect(html).toContain('<li data-clause="c.a">un valeur</li>');
    expect(html).toContain('<li>deux <mark class="todo">[À compléter : y (c.d)]</mark></li>');
    expect(html).toContain('<ol>\n<li>a</li>\n<li>b</li>\n</ol>');
    expect(html).toContain('<table data-table="demo">');
    expect(html).toContain('<td class="right">1 000 €</td>');
    expect(html).toContain('<tr class="total"><td>Total</td>');
  });

  it('lets --templates override a template by name', () => {
    const mine = templates({ 'demo.hbs': 'À MOI {{text}}' });
    expect(createRenderer({ format: 'html', lang: 'fr', root, templatesDir: mine }).render('demo', { text: '<b>' })).toBe('À MOI &lt;b&gt;\n');
    // The override wins over the package's format-specific variant too.
    expect(createRenderer({ format: 'md', lang: 'fr', root, templatesDir: mine }).render('demo', { text: '<b>' })).toBe('À MOI &lt;b&gt;\n');
  });

  it('names the template in errors, with exit code 2', () => {
    const broken = templates({ 'demo.hbs': '{{#if}}' });
    const r = createRenderer({ format: 'html', lang: 'en', root, templatesDir: broken });
    expect(() => r.render('demo', {})).toThrowError(/Error in template `demo`/);
    expect(() => r.render('nope', {})).toThrowError(EcomplanError);
    expect(() => createRenderer({ format: 'html', lang: 'fr', root, templatesDir: join(root, 'absent') })).toThrowError(/Dossier de modèles introuvable/);
  });
});
