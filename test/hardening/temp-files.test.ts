/**
 * Issue 24, finding 7: the temporary file of an atomic write is created exclusively, with a
 * random name, never through a link someone planted. `report -o out.html` wrote
 * `.out.html.<pid>.<n>.tmp`, a name anyone could guess, following a symbolic link found there.
 */
import { lstatSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { example, run } from '../helpers/cli.js';

describe('the temporary file of an atomic write', () => {
  it('does not follow a link planted at the name it used to take', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ecomplan-tmp-'));
    const victim = join(dir, 'victime.txt');
    writeFileSync(victim, 'intact\n');
    // The names of the first writes of this process: .out.md.<pid>.1.tmp, .2.tmp…
    for (let n = 1; n <= 20; n++) symlinkSync(victim, join(dir, `.out.md.${process.pid}.${n}.tmp`));
    const out = join(dir, 'out.md');
    const r = run(['report', example('bougies-atelier-lumiere.ecomplan.yaml'), '--format', 'md', '-o', out]);
    expect(r.code).toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe('intact\n');
    expect(lstatSync(out).isFile()).toBe(true);
    expect(readFileSync(out, 'utf8')).toContain('# Dossier e-commerce');
    // No temporary file left: the planted links only.
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp') && !lstatSync(join(dir, f)).isSymbolicLink())).toEqual([]);
  });
});
