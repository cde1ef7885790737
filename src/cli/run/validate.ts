import { EXIT } from '../../diagnostics/diagnostic.js';
import { localizeFile } from '../../diagnostics/problem.js';
import { loadProject } from '../../model/load.js';
import { diagnosticsFormatters, type DiagnosticsFormat, type FileDiagnostics } from '../../render/formatters/diagnostics.js';
import { resolveLang } from '../../i18n/index.js';
import type { CliContext } from '../context.js';

export async function runValidate(ctx: CliContext, files: string[], opts: { format: DiagnosticsFormat; lang?: string }): Promise<void> {
  const results: FileDiagnostics[] = [];
  let code: 0 | 1 | 2 = EXIT.ok;
  for (const file of files) {
    const loaded = await loadProject(file, opts.lang, ctx.io.stdin);
    const diagnostics = localizeFile(loaded.problems, loaded.lang, loaded.file);
    results.push({ file: loaded.file, diagnostics });
    if (loaded.unreadable) code = EXIT.usage;
    else if (!loaded.project && code === EXIT.ok) code = EXIT.invalid;
  }
  const lang = resolveLang(opts.lang);
  ctx.io.stdout(diagnosticsFormatters[opts.format](results, { lang, color: ctx.color }));
  ctx.exitCode = code;
}
