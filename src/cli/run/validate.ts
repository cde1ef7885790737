import { EXIT } from '../../diagnostics/diagnostic.js';
import { localizeFile } from '../../diagnostics/problem.js';
import { loadProject } from '../../model/load.js';
import { diagnosticsFormatters, type DiagnosticsFormat, type FileDiagnostics } from '../../render/formatters/diagnostics.js';
import { resolveLang, type Lang } from '../../i18n/index.js';
import type { CliContext } from '../context.js';

export async function runValidate(ctx: CliContext, files: string[], opts: { format: DiagnosticsFormat; lang?: string }): Promise<void> {
  const results: Array<FileDiagnostics & { lang: Lang }> = [];
  let code: 0 | 1 | 2 = EXIT.ok;
  for (const file of files) {
    const loaded = await loadProject(file, opts.lang, ctx.io.stdin);
    const diagnostics = localizeFile(loaded.problems, loaded.lang, loaded.file);
    results.push({ file: loaded.file, diagnostics, lang: loaded.lang });
    if (loaded.unreadable) code = EXIT.usage;
    else if (!loaded.project && code === EXIT.ok) code = EXIT.invalid;
  }
  // One language for the whole output: the option, else the files' locale when they share one, else French.
  const langs = new Set(results.map((r) => r.lang));
  const lang = opts.lang ? resolveLang(opts.lang) : langs.size === 1 ? [...langs][0]! : resolveLang(undefined);
  ctx.io.stdout(
    diagnosticsFormatters[opts.format](
      results.map(({ file, diagnostics }) => ({ file, diagnostics })),
      { lang, color: ctx.color },
    ),
  );
  ctx.exitCode = code;
}
