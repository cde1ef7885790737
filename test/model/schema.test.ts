/** The committed JSON Schema is the generated one, and the examples validate against it with a standard validator. */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { projectJsonSchema, projectJsonSchemaText } from '../../src/model/json-schema.js';
import { ROOT, run } from '../helpers/cli.js';

const SCHEMA_FILE = join(ROOT, 'schema/ecomplan.schema.json');
const projectFiles = [
  ...readdirSync(join(ROOT, 'examples'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => join(ROOT, 'examples', f)),
  join(ROOT, 'test/fixtures/minimal.ecomplan.yaml'),
];

describe('JSON Schema', () => {
  it('the committed schema file is not stale (regenerate with `npm run schema`)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(projectJsonSchemaText());
  });
  it('`ecomplan schema` prints it', () => {
    const r = run(['schema']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(SCHEMA_FILE, 'utf8'));
  });
  it('has the examples to check (three bundled projects)', () => {
    expect(projectFiles.length).toBeGreaterThanOrEqual(4);
  });
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validate = ajv.compile(projectJsonSchema());
  for (const file of projectFiles) {
    it(`${file.slice(ROOT.length + 1)} validates against the schema and points at it`, () => {
      const text = readFileSync(file, 'utf8');
      expect(text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=/);
      const ok = validate(parse(text));
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    });
  }
  it('rejects what ecomplan rejects (a bare rate, an unknown key)', () => {
    const base = parse(readFileSync(join(ROOT, 'test/fixtures/minimal.ecomplan.yaml'), 'utf8')) as {
      products: Array<Record<string, unknown>>;
    };
    base.products[0]!.vat_rate = 20;
    expect(validate(base)).toBe(false);
    base.products[0]!.vat_rate = '20%';
    base.products[0]!.colour = 'red';
    expect(validate(base)).toBe(false);
  });
});
