/** The launcher's conventions, in-process: exit codes, colour rules, one line for known errors. */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/context.js';
import { ROOT } from '../helpers/cli.js';

function fakeIo(env: Record<string, string> = {}, tty = false): Io & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: (s) => void out.push(s),
    stdoutBytes: (b) => void out.push(Buffer.from(b).toString('latin1')),
    stderr: (s) => void err.push(s),
    stdin: async () => Buffer.from(''),
    stdoutIsTTY: tty,
    stderrIsTTY: tty,
    stdinIsTTY: tty,
    env,
  };
}

const BAD = join(ROOT, 'test/fixtures/does-not-exist.yaml');

describe('ecomplan launcher', () => {
  it('--version and --help exit 0', async () => {
    const io = fakeIo();
    expect(await main(['--version'], io)).toBe(0);
    expect(io.out.join('')).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect(await main(['--help'], io)).toBe(0);
  });
  it('an unknown command is a usage error (2)', async () => {
    const io = fakeIo();
    expect(await main(['nope'], io)).toBe(2);
    expect(io.err.join('')).toContain('commande inconnue « nope »');
  });
  it('colour only on a TTY, never with NO_COLOR or --no-color', async () => {
    const colored = /\u001b\[/;
    const tty = fakeIo({}, true);
    await main(['validate', BAD], tty);
    expect(tty.out.join('')).toMatch(colored);
    const noColorEnv = fakeIo({ NO_COLOR: '1' }, true);
    await main(['validate', BAD], noColorEnv);
    expect(noColorEnv.out.join('')).not.toMatch(colored);
    const flag = fakeIo({}, true);
    await main(['validate', '--no-color', BAD], flag);
    expect(flag.out.join('')).not.toMatch(colored);
    const pipe = fakeIo({}, false);
    await main(['validate', BAD], pipe);
    expect(pipe.out.join('')).not.toMatch(colored);
  });
  it('writing over an existing file needs --force: one line and a hint, exit 2', async () => {
    const io = fakeIo();
    expect(await main(['schema', '-o', join(ROOT, 'schema/ecomplan.schema.json')], io)).toBe(2);
    expect(io.err.join('')).toBe(`ecomplan: Le fichier ${join(ROOT, 'schema/ecomplan.schema.json')} existe déjà\n  ↳ Ajoutez --force pour le remplacer.\n`);
  });
});
