import { Option, type Command } from 'commander';
import type { CliContext } from '../context.js';
import { formatOption, langOption } from '../options.js';

export const REPORT_FORMATS = ['html', 'md', 'pdf'] as const;
export type ReportCliFormat = (typeof REPORT_FORMATS)[number];

export function register(program: Command, ctx: CliContext): void {
  const cmd = program
    .command('report')
    .description('render the candidate’s dossier: self-contained HTML, Markdown, or PDF (system Chromium)')
    .argument('<file>', 'project file (- reads stdin)')
    .option('-o, --output <path>', 'write to this file, or into this folder (Markdown: with the charts as SVG files)')
    .option('--force', 'replace the output files if they exist')
    .option('--actuals <exports...>', 'order exports (CSV): adds « Suivi du réel », the plan against the actuals (see ecomplan actuals)')
    .addOption(new Option('--templates <dir>', 'a folder of templates that replace the built-in ones of the same name'))
    .addHelpText(
      'after',
      '\nExamples:\n  $ ecomplan report projet.yaml -o dossier.html\n  $ ecomplan report projet.yaml --format md -o dossier/\n  $ ecomplan report projet.yaml --format pdf -o dossier.pdf',
    );
  formatOption(cmd, REPORT_FORMATS, 'html');
  langOption(cmd);
  cmd.action(async (file: string, opts: { format: ReportCliFormat; output?: string; force?: boolean; lang?: string; templates?: string; actuals?: string[] }) => {
    const { runReport } = await import('../run/report.js');
    await runReport(ctx, file, opts);
  });
}
