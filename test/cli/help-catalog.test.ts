/**
 * Issue 12 item 9: every text of `--help` comes from the message catalogs, French by default and
 * English with --lang en. The whole commander tree is walked (commands, arguments, options, the
 * text after the option list), so a description written as an English literal fails here.
 */
import type { EventEmitter } from 'node:events';
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import type { CliContext } from '../../src/cli/context.js';
import { buildProgram } from '../../src/cli/program.js';
import { messageIds, tCode } from '../../src/i18n/index.js';
import { runInProcess } from '../helpers/in-process.js';

const ctx: CliContext = {
  io: {
    stdout: () => undefined,
    stdoutBytes: () => undefined,
    stderr: () => undefined,
    stdin: async () => Buffer.alloc(0),
    stdoutIsTTY: false,
    stderrIsTTY: false,
    stdinIsTTY: false,
    env: {},
  },
  color: false,
  debug: false,
  exitCode: 0,
};

/** Every catalog entry, French and English. */
const entries = messageIds().map((id) => ({ id, fr: tCode('fr', id), en: tCode('en', id) }));

/** One text of the tree in both languages, with where it is. */
interface Pair {
  where: string;
  fr: string;
  en: string;
}

/** The text a command writes around its help (addHelpText): examples, exit codes. */
function helpTexts(cmd: Command): string {
  let text = '';
  // A Command is an EventEmitter (its typings do not say so): addHelpText listens to these events.
  for (const event of ['beforeAllHelp', 'beforeHelp', 'afterHelp', 'afterAllHelp'])
    (cmd as unknown as EventEmitter).emit(event, { error: false, command: cmd, write: (s: string) => void (text += s) });
  return text;
}

/** Walk two builds of the program side by side: each command, its arguments and options (help and version included). */
function pairs(fr: Command, en: Command, path = 'ecomplan'): Pair[] {
  const help = fr.createHelp();
  const out: Pair[] = [{ where: path, fr: fr.description(), en: en.description() }];
  fr.registeredArguments.forEach((a, i) => out.push({ where: `${path} <${a.name()}>`, fr: a.description, en: en.registeredArguments[i]!.description }));
  const enOptions = en.createHelp().visibleOptions(en);
  help.visibleOptions(fr).forEach((o, i) => {
    expect(enOptions[i]!.flags, path).toBe(o.flags);
    out.push({ where: `${path} ${o.flags}`, fr: o.description, en: enOptions[i]!.description });
  });
  const enCommands = en.createHelp().visibleCommands(en);
  help.visibleCommands(fr).forEach((c, i) => {
    expect(enCommands[i]!.name(), path).toBe(c.name());
    // The implicit `help` command is built lazily: walk its description only.
    if (c.name() === 'help') out.push({ where: `${path} help`, fr: c.description(), en: enCommands[i]!.description() });
    else out.push(...pairs(c, enCommands[i]!, `${path} ${c.name()}`));
  });
  return out;
}

const tree = (lang: 'fr' | 'en'): Command => buildProgram(ctx, '0.0.0', lang);

describe('--help: every description comes from the catalogs (issue 12 #9)', () => {
  const all = pairs(tree('fr'), tree('en'));

  it('walks the whole program: 13 commands and the help command, their arguments and options', () => {
    expect(tree('fr').commands.map((c) => c.name())).toEqual([
      'init',
      'validate',
      'forecast',
      'margin',
      'stock',
      'sensitivity',
      'risk',
      'check',
      'actuals',
      'report',
      'watch',
      'legal',
      'export',
      'schema',
    ]);
    expect(all.find((p) => p.where === 'ecomplan check --jobs <n>')).toBeDefined();
    expect(all.find((p) => p.where === 'ecomplan actuals <exports>')).toBeDefined();
    // Each: description + arguments + options (-h included). Program 1 + 4, help 1, init 1 + 1 + 19, validate 1 + 1 + 3,
    // forecast 1 + 1 + 7, margin and stock 1 + 1 + 6, sensitivity 1 + 1 + 5, risk 1 + 1 + 9, check 1 + 1 + 11, actuals 1 + 2 + 11,
    // report 1 + 1 + 15 (the 6 options of actuals that change figures, --risk, --config), watch 1 + 1 + 3, legal 1 + 1 + 5, export 1 + 1 + 6, schema 1 + 0 + 3.
    expect(all).toHaveLength(5 + 1 + 21 + 5 + 9 + 8 + 8 + 7 + 11 + 13 + 14 + 17 + 5 + 7 + 8 + 4);
  });

  it('each description is non-empty and is one catalog entry, French and English of the same id', () => {
    for (const p of all) {
      expect(p.fr.trim(), p.where).not.toBe('');
      expect(p.en.trim(), p.where).not.toBe('');
      const entry = entries.find((e) => e.fr === p.fr && e.en === p.en);
      expect(entry, `${p.where}: « ${p.fr} » / "${p.en}" is not a catalog entry`).toBeDefined();
      if (entry!.fr !== entry!.en) expect(p.fr, p.where).not.toBe(p.en);
    }
  });

  it('French and English differ for every description', () => {
    expect(all.filter((p) => p.fr === p.en).map((p) => p.where)).toEqual([]);
  });

  it('the text after the options: catalog lines, and command lines `$ ecomplan …` left as they are', () => {
    const frLines = new Set(entries.flatMap((e) => e.fr.split('\n').map((l) => l.trim())));
    const enLines = new Set(entries.flatMap((e) => e.en.split('\n').map((l) => l.trim())));
    const walk = (fr: Command, en: Command): number => {
      const [frText, enText] = [helpTexts(fr), helpTexts(en)];
      const frl = frText.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('  $ ecomplan '));
      const enl = enText.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('  $ ecomplan '));
      for (const l of frl) expect(frLines.has(l.trim()), `${fr.name()}: « ${l} »`).toBe(true);
      for (const l of enl) expect(enLines.has(l.trim()), `${en.name()}: "${l}"`).toBe(true);
      expect(
        frText.split('\n').filter((l) => l.startsWith('  $ ecomplan ')),
        fr.name(),
      ).toEqual(enText.split('\n').filter((l) => l.startsWith('  $ ecomplan ')));
      expect(frl.length, fr.name()).toBe(enl.length);
      return frl.length + fr.commands.reduce((n, c, i) => n + walk(c, en.commands[i]!), 0);
    };
    // « Exemples : » or « Exemple : » for each of the 14 commands, and check's two lines of exit codes.
    expect(walk(tree('fr'), tree('en'))).toBe(16);
  });
});

/** Help output as one line: commander wraps at ASCII spaces, never at a no-break space. */
const flat = (s: string): string => s.replace(/[ \n]+/g, ' ');

/** The descriptions `ecomplan <name> --help` lists: the command's, its arguments' and options'. */
function texts(program: Command, name: string): string[] {
  const cmd = program.commands.find((c) => c.name() === name)!;
  return [
    cmd.description(),
    ...cmd.registeredArguments.map((a) => a.description),
    ...cmd
      .createHelp()
      .visibleOptions(cmd)
      .map((o) => o.description),
  ];
}

describe('ecomplan <command> --help: French by default, English with --lang en (issue 12 #9)', () => {
  const [fr, en] = [tree('fr'), tree('en')];
  for (const name of fr.commands.map((c) => c.name())) {
    it(name, async () => {
      const [frTexts, enTexts] = [texts(fr, name), texts(en, name)];
      const inFrench = flat((await runInProcess([name, '--help'])).stdout);
      const inEnglish = flat((await runInProcess([name, '--help', '--lang', 'en'])).stdout);
      const byEnv = flat((await runInProcess([name, '--help'], { env: { ECOMPLAN_LANG: 'en' } })).stdout);
      expect(byEnv).toBe(inEnglish);
      for (const [i, text] of frTexts.entries()) {
        expect(inFrench, name).toContain(flat(text));
        expect(inFrench, name).not.toContain(flat(enTexts[i]!));
        expect(inEnglish, name).toContain(flat(enTexts[i]!));
        expect(inEnglish, name).not.toContain(flat(text));
      }
    });
  }

  it('the list of commands and the program’s options, in French', async () => {
    const out = (await runInProcess(['--help'])).stdout;
    for (const c of fr.commands) expect(out).toContain(`  ${c.description()}\n`);
    expect(out).toContain('  --debug                                afficher la trace des erreurs internes\n');
    expect(out).toContain('  help [commande]                        afficher l’aide d’une commande\n');
    expect(out).not.toContain('print stack traces');
    expect((await runInProcess(['--help', '--lang', 'en'])).stdout).toContain('  --debug                                print stack traces of internal errors\n');
  });

  it('words a reader sees, written by hand', async () => {
    const out = flat((await runInProcess(['check', '--help'])).stdout);
    expect(out).toContain('juger des fichiers de projet selon les critères de certification C1.1–C5.4');
    expect(out).toContain('--jobs <n> fils d’exécution pour un lot de fichiers (par défaut\u00A0: un par cœur\u202F; 1 = l’un après l’autre)');
    expect(out).toContain('Exemples\u00A0: $ ecomplan check projet.ecomplan.yaml');
    expect(out).toContain('Codes de sortie\u00A0: 0 aucun critère en échec');
    const en = flat((await runInProcess(['check', '--help', '--lang', 'en'])).stdout);
    expect(en).toContain('--jobs <n> worker threads for a batch of files (default: every core; 1 = one after the other)');
    expect(en).toContain('Examples: $ ecomplan check projet.ecomplan.yaml');
  });
});
