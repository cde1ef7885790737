import { exists, outputExistsError, writeFileAtomic } from '../../io/write.js';
import { resolveLang, t } from '../../i18n/index.js';
import { riskFormatters, samplesCsv, type RiskFormat } from '../../render/risk-formats.js';
import { emit, type CliContext } from '../context.js';
import { loadForCommand } from './project.js';
import { analyseRisk, riskValues, type RiskCliOptions } from './risk-draws.js';

export interface RiskOptions extends RiskCliOptions {
  format: RiskFormat;
  samples?: string;
  lang?: string;
  output?: string;
  force?: boolean;
}

export async function runRisk(ctx: CliContext, file: string, opts: RiskOptions): Promise<void> {
  const values = riskValues(opts, resolveLang(opts.lang, ctx.io.env.ECOMPLAN_LANG?.slice(0, 2)));
  const ready = await loadForCommand(ctx, file, opts.lang);
  if (!ready) return;
  // Refused before the draws: an existing output, without --force.
  for (const path of [opts.samples, opts.output]) if (path && path !== '-' && !opts.force && (await exists(path))) throw outputExistsError(path, ready.lang);
  const analysis = await analyseRisk(ctx, ready, values);
  if (!analysis) return;
  if (opts.samples) {
    await writeFileAtomic(opts.samples, samplesCsv(analysis.result, analysis.slice), { force: Boolean(opts.force), lang: ready.lang });
    ctx.io.stderr(`${t(ready.lang, 'risk.samples_written', { count: analysis.result.draws, file: opts.samples })}\n`);
  }
  const color = ctx.color && !(opts.output && opts.output !== '-');
  await emit(ctx, riskFormatters[opts.format]({ result: analysis.result, lang: ready.lang, color }), opts.output, opts.force, ready.lang);
}
