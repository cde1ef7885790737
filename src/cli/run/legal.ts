import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from '../../diagnostics/errors.js';
import { t } from '../../i18n/index.js';
import { writeFilesAtomic } from '../../io/write.js';
import { renderLegal } from '../../render/legal/index.js';
import type { CliContext } from '../context.js';
import { printProblems } from './print.js';
import { loadForCommand } from './project.js';

export interface LegalOptions {
  output?: string;
  force?: boolean;
  lang?: string;
  templates?: string;
}

/** Draft the legal documents: to a folder with -o (md, html, csv), else the Markdown on stdout. */
export async function runLegal(ctx: CliContext, file: string, opts: LegalOptions): Promise<void> {
  const ready = await loadForCommand(ctx, file, opts.lang);
  if (!ready) return;
  const { lang } = ready;
  const result = renderLegal(ready.project, ready.loaded.map, lang, { templatesDir: opts.templates });
  printProblems(ctx, ready, result.problems);
  const dir = opts.output;
  if (!dir || dir === '-') {
    ctx.io.stdout(result.markdown);
    return;
  }
  const st = await stat(dir).catch(() => null);
  if (st && !st.isDirectory()) throw new UsageError(t(lang, 'legal.output_not_dir', { path: dir }), t(lang, 'legal.output_not_dir.hint'));
  // All or nothing: refuse before writing anything if one draft would replace a file.
  const targets = result.files.map((f) => ({ path: join(dir, f.name), content: f.content }));
  await writeFilesAtomic(dir, targets, { force: Boolean(opts.force), lang });
  ctx.io.stderr(`${t(lang, 'legal.written', { count: targets.length, dir })}\n`);
}
