/**
 * `ecomplan init`: refuse early what cannot succeed (existing file, no terminal),
 * ask or take the defaults, render, check the result validates, write atomically.
 * Nothing is written before the last answer, so Ctrl-C leaves nothing behind.
 */
import { stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EXIT } from '../../diagnostics/diagnostic.js';
import { EcomplanError, UsageError } from '../../diagnostics/errors.js';
import { resolveLang, t, tCode } from '../../i18n/index.js';
import { defaultAnswers, nextMonth, type InitAnswers } from '../../init/answers.js';
import { DEFAULT_FILE } from '../../init/defaults.js';
import { applyPrefill, parseInitFlags, type InitFlags } from '../../init/prefill.js';
import { renderProjectYaml } from '../../init/render.js';
import { exists, outputExistsError, writeFileAtomic } from '../../io/write.js';
import { loadText } from '../../model/load.js';
import type { CliContext } from '../context.js';
import { packageFile } from '../package.js';

export interface InitOptions extends InitFlags {
  yes?: boolean;
  force?: boolean;
  lang?: string;
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** inquirer rejects with ExitPromptError on Ctrl-C (and when the terminal goes away). */
const isPromptExit = (e: unknown): boolean => e instanceof Error && (e.name === 'ExitPromptError' || e.name === 'AbortPromptError');

/** The file name as a shell argument in the printed commands. */
const shellArg = (s: string): string => (/^[\w./@%+=:,-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);

/** The JSON Schema installed with this package (package.json `files` ships `schema/`). */
const INSTALLED_SCHEMA = packageFile('schema/ecomplan.schema.json');

/**
 * The `$schema` of a new project file: the schema installed with ecomplan, as a path
 * relative to the file (yaml-language-server resolves it from the file's folder), so
 * it resolves without network and follows the installed version.
 */
function schemaRefFrom(file: string): string {
  const rel = relative(dirname(resolve(file)), INSTALLED_SCHEMA)
    .split(sep)
    .join('/');
  return isAbsolute(rel) ? pathToFileURL(INSTALLED_SCHEMA).href : rel.startsWith('.') ? rel : `./${rel}`;
}

export async function runInit(ctx: CliContext, fileArg: string | undefined, opts: InitOptions): Promise<void> {
  const lang = resolveLang(opts.lang, ctx.io.env.ECOMPLAN_LANG);
  const flags = parseInitFlags(opts);
  if (!flags.ok) throw new UsageError(t(lang, 'init.bad_flag', { flag: flags.flag, detail: tCode(lang, flags.id, flags.data) }), t(lang, 'init.bad_flag.hint'));

  let file = fileArg ?? DEFAULT_FILE[lang];
  if (await isDirectory(file)) file = join(file, DEFAULT_FILE[lang]);
  // Before any question: an answer typed for nothing is worse than an early refusal.
  if (!opts.force && (await exists(file))) throw outputExistsError(file, lang);
  if (!opts.yes && !ctx.io.stdinIsTTY) throw new UsageError(t(lang, 'init.not_tty'), t(lang, 'init.not_tty.hint'));

  const base = applyPrefill(defaultAnswers(lang, nextMonth(new Date())), flags.prefill);
  let answers: InitAnswers = base;
  if (!opts.yes) {
    ctx.io.stdout(`${t(lang, 'init.intro')}\n`);
    const { askAnswers } = await import('../../init/questions.js');
    try {
      answers = await askAnswers(base, flags.prefill);
    } catch (e) {
      if (isPromptExit(e)) throw new EcomplanError(t(lang, 'init.aborted'), { exitCode: EXIT.usage });
      throw e;
    }
  }

  const text = renderProjectYaml(answers, { schemaRef: schemaRefFrom(file) });
  // A generated file that does not validate is a bug of ecomplan: never hand it over.
  const check = loadText({ name: file, text }, lang);
  if (!check.project) throw new Error(`init produced an invalid project (${check.problems.map((p) => `${p.code} at ${p.path}`).join(', ')})`);
  await writeFileAtomic(file, text, { force: Boolean(opts.force), lang });

  const arg = shellArg(file);
  ctx.io.stdout(
    [
      '',
      t(lang, 'init.written', { file }),
      '',
      t(lang, 'init.next'),
      `  ecomplan validate ${arg}    ${t(lang, 'init.next.validate')}`,
      `  ecomplan forecast ${arg}    ${t(lang, 'init.next.forecast')}`,
      `  ecomplan check ${arg}       ${t(lang, 'init.next.check')}`,
      '',
      t(lang, 'init.next.edit'),
      '',
    ].join('\n'),
  );
}
