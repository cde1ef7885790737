/**
 * The words of `--help` in one language, from the cli-help catalog only: building the
 * program loads no other catalog (and no decimal.js), so `--help` stays a light start.
 */
import { cliHelp } from '../i18n/catalogs/cli-help.js';
import type { Lang } from '../i18n/format.js';

/** A message id of `--help` (a MessageId of the cli-help catalog). */
type HelpId = keyof typeof cliHelp;
/** A help text in the language the program is built in. */
export type Say = (id: HelpId) => string;

export const helpWords =
  (lang: Lang): Say =>
  (id) =>
    cliHelp[id][lang];
