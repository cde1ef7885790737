/**
 * Validators of the machine formats, from the dev dependencies: SARIF against the
 * SARIF 2.1.0 schema shipped by @microsoft/jest-sarif; JUnit XML against the JUnit
 * XSD in test/fixtures/schemas/junit-10.xsd (the Ant/Surefire structure CI servers
 * read, written for ecomplan) with xmllint-wasm.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { validateXML } from 'xmllint-wasm';
import { ROOT } from '../helpers/cli.js';

const require = createRequire(import.meta.url);

export const xsd = join(ROOT, 'test', 'fixtures', 'schemas', 'junit-10.xsd');

/** Validate XML against the JUnit XSD. */
export async function validateJunit(xml: string): Promise<{ ok: boolean; errors: string[] }> {
  const r = await validateXML({
    xml: [{ fileName: 'report.xml', contents: xml }],
    schema: [{ fileName: 'junit-10.xsd', contents: readFileSync(xsd, 'utf8') }],
  });
  return { ok: r.valid, errors: r.errors.map((e) => e.rawMessage) };
}

export const SARIF_SCHEMA = join(require.resolve('@microsoft/jest-sarif/package.json'), '..', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json');

/** The SARIF 2.1.0 schema is draft-04 (`id`): ajv 8 reads it once `id` is `$id`, without checking it against a newer meta-schema. */
export function sarifValidator() {
  // unicodeRegExp: false — one pattern of the schema (language tags) has a stray `]` that the u flag refuses.
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, unicodeRegExp: false });
  addFormats.default(ajv);
  const schema = JSON.parse(readFileSync(SARIF_SCHEMA, 'utf8')) as Record<string, unknown>;
  delete schema.$schema;
  if (typeof schema.id === 'string') {
    schema.$id = schema.id;
    delete schema.id;
  }
  return ajv.compile(schema);
}
