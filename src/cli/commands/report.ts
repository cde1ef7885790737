import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { examples, formatOption, langOption, templatesOption } from '../options.js';
import type { ReportCliOptions } from '../run/report.js';
import type { Say } from '../say.js';
import { actualsFigureOptions } from './actuals.js';

export const REPORT_FORMATS = ['html', 'md', 'pdf'] as const;
export type ReportCliFormat = (typeof REPORT_FORMATS)[number];

/** The options of the actuals given on the command line (not their defaults). */
const ACTUALS_OPTIONS = ['source', 'mapping', 'until', 'scenario', 'rate', 'includePending'] as const;

export function register(program: Command, ctx: CliContext, say: Say): void {
  const cmd = program
    .command('report')
    .description(say('help.report'))
    .argument('<file>', say('help.arg.project_stdin'))
    .option('-o, --output <path>', say('help.report.output'))
    .option('--force', say('help.report.force'))
    .option('--actuals <exports...>', say('help.report.actuals'))
    .option('--risk', say('help.report.risk'))
    .option('--config <file>', say('help.report.config'));
  actualsFigureOptions(cmd, say);
  templatesOption(cmd, say);
  examples(cmd, say, [
    'report projet.yaml -o dossier.html',
    'report projet.yaml --format md -o dossier/',
    'report projet.yaml --format pdf -o dossier.pdf',
    'report projet.yaml --actuals commandes.csv --until 2027-06-30 -o dossier.html',
  ]);
  formatOption(cmd, say, REPORT_FORMATS, 'html');
  langOption(cmd, say);
  cmd.action(async (file: string, opts: ReportCliOptions) => {
    const { runReport } = await import('../run/report.js');
    const given = ACTUALS_OPTIONS.filter((o) => cmd.getOptionValueSource(o) === 'cli').map((o) => `--${o.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`);
    await runReport(ctx, file, { ...opts, actualsOptionsGiven: given });
  });
}
