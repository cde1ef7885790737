/** A worker thread of `ecomplan check` (check-pool.ts): judges one file per task. */
import { EcomplanError } from '../../diagnostics/errors.js';
import { resolveLang } from '../../i18n/index.js';
import { Decimal } from '../../model/decimal.js';
import { checkOne, ConfigFinder } from './check-file.js';
import { encode, type CheckAnswer, type CheckTask } from './check-pool.js';
import { markStart } from './check-limits.js';

let finder: { key: string; configs: ConfigFinder; stderr: string[] } | undefined;

export default async function checkTask(task: CheckTask): Promise<CheckAnswer> {
  markStart(task.started);
  // One config cache per run (a worker serves run after run in the tests' process).
  const key = task.runId;
  if (finder?.key !== key) {
    const stderr: string[] = [];
    finder = { key, configs: new ConfigFinder((s) => void stderr.push(s), resolveLang(task.configLang)), stderr };
  }
  finder.stderr.length = 0;
  const cli = { ignore: task.cli.ignore, ...(task.cli.minScore === undefined ? {} : { minScore: new Decimal(task.cli.minScore) }) };
  try {
    const noStdin = () => Promise.reject(new Error('check workers never read stdin'));
    return { ok: encode(await checkOne(task.file, task.base, task.opts, finder.configs, cli, noStdin)) };
  } catch (e) {
    if (e instanceof EcomplanError) return { error: { message: e.message, hint: e.hint, exitCode: e.exitCode, stderr: finder.stderr.join('') } };
    throw e;
  }
}
