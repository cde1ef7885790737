import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { examples, formatOption, langOption, templatesOption } from '../options.js';
import type { Say } from '../say.js';

export const REPORT_FORMATS = ['html', 'md', 'pdf'] as const;
export type ReportCliFormat = (typeof REPORT_FORMATS)[number];

export function register(program: Command, ctx: CliContext, say: Say): void {
  const cmd = program
    .command('report')
    .description(say('help.report'))
    .argument('<file>', say('help.arg.project_stdin'))
    .option('-o, --output <path>', say('help.report.output'))
    .option('--force', say('help.report.force'))
    .option('--actuals <exports...>', say('help.report.actuals'))
    .option('--config <file>', say('help.report.config'));
  templatesOption(cmd, say);
  examples(cmd, say, ['report projet.yaml -o dossier.html', 'report projet.yaml --format md -o dossier/', 'report projet.yaml --format pdf -o dossier.pdf']);
  formatOption(cmd, say, REPORT_FORMATS, 'html');
  langOption(cmd, say);
  cmd.action(async (file: string, opts: { format: ReportCliFormat; output?: string; force?: boolean; lang?: string; templates?: string; actuals?: string[]; config?: string }) => {
    const { runReport } = await import('../run/report.js');
    await runReport(ctx, file, opts);
  });
}
