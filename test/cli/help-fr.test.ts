/** Issue 12 item 9: commander's own words in French by default, English with --lang en or ECOMPLAN_LANG=en. */
import { describe, expect, it } from 'vitest';
import { commanderFrench, frenchExtras } from '../../src/cli/commander-fr.js';
import { run } from '../helpers/cli.js';

describe('--help and usage errors follow the language', () => {
  it('French by default: Utilisation, Options, Commandes, the help option', () => {
    const r = run(['--help'], { env: { ECOMPLAN_LANG: '' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Utilisation : ecomplan \[options\] \[commande\]\n/);
    expect(r.stdout).toContain('\n  help [commande]  ');
    expect(r.stdout).toContain('\nOptions :\n');
    expect(r.stdout).toContain('\nCommandes :\n');
    expect(r.stdout).toContain('afficher l’aide de la commande');
    expect(r.stdout).toContain('afficher le numéro de version');
    expect(r.stdout).not.toMatch(/Usage:|display help for command/);
  });
  it('a subcommand’s help and an unknown option in French', () => {
    expect(run(['check', '--help']).stdout).toMatch(/^Utilisation : ecomplan check \[options\] \[inputs\.\.\.\]/);
    const bad = run(['check', '--bogus']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^erreur : option inconnue « --bogus »\n/);
  });
  it('English with --lang en or ECOMPLAN_LANG=en', () => {
    expect(run(['check', '--help', '--lang', 'en']).stdout).toMatch(/^Usage: ecomplan check \[options\]/);
    expect(run(['--help'], { env: { ECOMPLAN_LANG: 'en' } }).stdout).toMatch(/^Usage: ecomplan \[options\] \[command\]\n[\s\S]*\n {2}help \[command\] +display help for command\n/);
    expect(run(['check', '--bogus', '--lang', 'en']).stderr).toMatch(/^error: unknown option '--bogus'/);
  });
  it('translates commander’s fixed phrases only', () => {
    expect(commanderFrench("error: unknown option '--x'\n(Did you mean --y?)\n")).toBe('erreur : option inconnue « --x »\n(Vouliez-vous dire --y ?)\n');
    expect(commanderFrench('Usage: text a user wrote')).toBe('Utilisation : text a user wrote');
    expect(commanderFrench('a line with Usage: inside')).toBe('a line with Usage: inside');
  });
  it('the choices and default commander adds, in French before wrapping (no « (choices: » left at a line end)', () => {
    expect(frenchExtras('format de sortie (choices: "a", "b", default: "a")')).toBe('format de sortie (choix\u00A0: "a", "b", par défaut\u00A0: "a")');
    expect(frenchExtras('scénario (default: "base")')).toBe('scénario (par défaut\u00A0: "base")');
    expect(frenchExtras('le projet (choices: x) en texte')).toBe('le projet (choices: x) en texte');
    const init = run(['init', '--help'], { env: { ECOMPLAN_LANG: '' } }).stdout;
    expect(init).toContain('--legal-form <form>    forme juridique (par défaut\u00A0: micro_entreprise)\n                         (choix\u00A0: "micro_entreprise"');
    expect(init).not.toMatch(/choices|default:/);
  });
  it('no line starts with the colon, semicolon or guillemet of a no-break space', () => {
    for (const cmd of ['init', 'check', 'actuals', 'report', 'export']) expect(run([cmd, '--help']).stdout, cmd).not.toMatch(/\n *[:;»]/);
  });
});
