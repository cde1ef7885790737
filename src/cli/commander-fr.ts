/**
 * Commander's own words in French (issue 12 item 9): the help layout (Usage, Options,
 * Commands…), the « (choices: …, default: …) » it adds to a description, and its usage
 * errors. Commander 14 writes them in English: the extras are translated before a
 * description is wrapped (`frenchHelp`), the other fixed phrases of its output through
 * `configureOutput`, leaving our text (src/i18n/catalogs/cli-help.ts) and the user's words as they are.
 */
import { type Argument, Help, type Option } from 'commander';

const PHRASES: Array<[RegExp, string]> = [
  [/^Usage: /gm, 'Utilisation : '],
  [/^(Options|Commands|Arguments|Global Options):$/gm, '$1 :'],
  [/^Commands :$/gm, 'Commandes :'],
  [/^Global Options :$/gm, 'Options générales :'],
  [/^error: unknown option '([^']*)'/gm, 'erreur : option inconnue « $1 »'],
  [/^error: unknown command '([^']*)'/gm, 'erreur : commande inconnue « $1 »'],
  [/^error: missing required argument '([^']*)'/gm, 'erreur : argument obligatoire manquant « $1 »'],
  [/^error: option '([^']*)' argument missing/gm, 'erreur : l’option « $1 » attend une valeur'],
  [/^error: too many arguments(?: for '([^']*)')?\. Expected (\d+) arguments? but got (\d+)\./gm, 'erreur : trop d’arguments : $2 attendu(s), $3 donné(s).'],
  [/^error: option '([^']*)' argument '([^']*)' is invalid\. Allowed choices are ([^.]*)\./gm, 'erreur : valeur « $2 » refusée pour l’option « $1 ». Choix possibles : $3.'],
  [/\(Did you mean ([^?]*)\?\)/g, '(Vouliez-vous dire $1 ?)'],
  [/^\(add --help for additional information\)$/gm, '(ajoutez --help pour plus d’informations)'],
];

/** Commander's output in French: its fixed phrases translated, everything else unchanged. */
export function commanderFrench(text: string): string {
  return PHRASES.reduce((s, [re, to]) => s.replace(re, to), text);
}

/** The « (choices: …, default: …) » commander appends to a description, in French. */
export function frenchExtras(description: string): string {
  return description.replace(
    /\(((?:choices|default): .*)\)$/,
    (_whole, extras: string) => `(${extras.replace(/(^|, )choices: /, '$1choix\u00A0: ').replace(/(^|, )default: /, '$1par défaut\u00A0: ')})`,
  );
}

// No-break spaces (French typography) are whitespace to a regular expression: held as private-use characters while wrapping.
const HELD: Array<[RegExp, RegExp, string, string]> = [
  [/\u00A0/g, /\uE000/g, '\uE000', '\u00A0'],
  [/\u202F/g, /\uE001/g, '\uE001', '\u202F'],
];

/** Help overrides in French: the extras translated before wrapping, no line broken at a no-break space. */
export const frenchHelp = {
  optionDescription(this: Help, option: Option): string {
    return frenchExtras(Help.prototype.optionDescription.call(this, option));
  },
  argumentDescription(this: Help, argument: Argument): string {
    return frenchExtras(Help.prototype.argumentDescription.call(this, argument));
  },
  boxWrap(this: Help, text: string, width: number): string {
    const held = HELD.reduce((s, [nbsp, , hold]) => s.replace(nbsp, hold), text);
    return HELD.reduce((s, [, hold, , nbsp]) => s.replace(hold, nbsp), Help.prototype.boxWrap.call(this, held, width));
  },
};
