import { Option, type Command } from 'commander';
import type { CliContext } from '../context.js';
import { formatOption, langOption, outputOptions } from '../options.js';
import { CHECK_FORMATS, type CheckFormat } from '../../render/check/formats.js';

export function register(program: Command, ctx: CliContext): void {
  const cmd = program
    .command('check')
    .description('judge project files against the certification criteria C1.1–C5.4, with coherence findings and a score')
    .argument('[inputs...]', 'project files, directories (searched recursively) or quoted glob patterns; - reads stdin')
    .addHelpText(
      'after',
      [
        '',
        'Examples:',
        '  $ ecomplan check projet.ecomplan.yaml',
        '  $ ecomplan check classe/ --format csv -o classe.csv',
        "  $ ecomplan check 'projets/**/*.yaml' --format junit -o rapport.xml --min-score 80",
        '  $ ecomplan check projet.ecomplan.yaml --ignore C3.5,C4.1 --format github',
        '  $ ecomplan check --explain C2.4',
        '',
        'Exit codes: 0 no criterion fails and no error finding (with --min-score: score reached and no error finding),',
        '            1 otherwise, 2 unreadable or invalid input, or usage error.',
      ].join('\n'),
    );
  formatOption(cmd, CHECK_FORMATS, 'stylish');
  cmd
    .option('--min-score <percent>', 'exit 0 when the score reaches this percentage (0–100), instead of requiring no failed criterion')
    .option('--ignore <ids>', 'criterion IDs not to judge, comma-separated (repeatable)', (v: string, prev: string[] = []) => [...prev, v])
    .option('--config <file>', 'configuration file (default: the nearest .ecomplanrc.yaml upward from each project file)')
    .option('--csv-separator <char>', 'CSV separator: one character, or "tab" (default: ";" with decimal commas in French, "," in English)')
    .option('--jobs <n>', 'worker threads for a batch of files (default: every core; 1 = one after the other)')
    .addOption(new Option('--explain <id>', 'print a criterion: the jury’s words, what passes, a minimal YAML snippet'));
  langOption(cmd);
  outputOptions(cmd);
  cmd.action(
    async (
      inputs: string[],
      opts: {
        format: CheckFormat;
        lang?: string;
        minScore?: string;
        ignore?: string[];
        config?: string;
        explain?: string;
        output?: string;
        force?: boolean;
        jobs?: string;
        csvSeparator?: string;
      },
    ) => {
      const { runCheck } = await import('../run/check.js');
      await runCheck(ctx, inputs, opts);
    },
  );
}
