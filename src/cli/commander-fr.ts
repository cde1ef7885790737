/**
 * Commander's own words in French (issue 12 item 9): the help layout (Usage, Options,
 * Commands…), its default option descriptions and its usage errors. Commander 14
 * writes them in English through `configureOutput`; this maps the fixed phrases of
 * its output to French, leaving our text and the user's words as they are.
 */
const PHRASES: Array<[RegExp, string]> = [
  [/^Usage: /gm, 'Utilisation : '],
  [/^(Options|Commands|Arguments|Global Options):$/gm, '$1 :'],
  [/^Commands :$/gm, 'Commandes :'],
  [/^Global Options :$/gm, 'Options générales :'],
  [/display help for command/g, 'afficher l’aide de la commande'],
  [/output the version number/g, 'afficher le numéro de version'],
  [/\(default: ([^)]*)\)/g, '(par défaut : $1)'],
  [/\(choices: ([^)]*)\)/g, '(choix : $1)'],
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
