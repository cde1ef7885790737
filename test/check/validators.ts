/**
 * Validators of the machine formats: JUnit XML against the JUnit XSD (junit-10.xsd,
 * Jenkins/Surefire) with xmllint, SARIF against the official SARIF 2.1.0 schema when
 * it is vendored, else against the structure code-scanning tools read.
 * Where they are looked for: test/fixtures/schemas/{junit-10.xsd,sarif-schema-2.1.0.json},
 * or the files named by ECOMPLAN_JUNIT_XSD / ECOMPLAN_SARIF_SCHEMA.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { ROOT } from '../helpers/cli.js';

export const xsd = [join(ROOT, 'test', 'fixtures', 'schemas', 'junit-10.xsd'), process.env.ECOMPLAN_JUNIT_XSD ?? ''].find((p) => p && existsSync(p));
export const xmllint = spawnSync('xmllint', ['--version']).status === 0;

/** Validate XML with xmllint against the JUnit XSD; null when either is missing here. */
export function validateJunit(xml: string): { ok: boolean; output: string } | null {
  if (!xsd || !xmllint) return null;
  const dir = mkdtempSync(join(tmpdir(), 'ecomplan-junit-'));
  const file = join(dir, 'report.xml');
  writeFileSync(file, xml);
  const r = spawnSync('xmllint', ['--noout', '--schema', xsd, file], { encoding: 'utf8' });
  return { ok: r.status === 0, output: r.stderr };
}

/** The parts of SARIF 2.1.0 that code-scanning tools read, as a JSON Schema (draft-07 subset of the official one). */
const SARIF_STRUCTURE = {
  type: 'object',
  required: ['version', 'runs'],
  properties: {
    $schema: { type: 'string', format: 'uri' },
    version: { enum: ['2.1.0'] },
    runs: {
      type: 'array',
      items: {
        type: 'object',
        required: ['tool'],
        properties: {
          tool: {
            type: 'object',
            required: ['driver'],
            properties: {
              driver: {
                type: 'object',
                required: ['name'],
                properties: {
                  name: { type: 'string' },
                  rules: {
                    type: 'array',
                    uniqueItems: true,
                    items: {
                      type: 'object',
                      required: ['id'],
                      properties: {
                        id: { type: 'string' },
                        shortDescription: { $ref: '#/definitions/mms' },
                        fullDescription: { $ref: '#/definitions/mms' },
                        help: { $ref: '#/definitions/mms' },
                        defaultConfiguration: { type: 'object', properties: { level: { enum: ['none', 'note', 'warning', 'error'] } } },
                      },
                    },
                  },
                },
              },
            },
          },
          columnKind: { enum: ['utf16CodeUnits', 'unicodeCodePoints'] },
          results: {
            type: 'array',
            items: {
              type: 'object',
              required: ['message'],
              properties: {
                ruleId: { type: 'string' },
                ruleIndex: { type: 'integer', minimum: -1 },
                level: { enum: ['none', 'note', 'warning', 'error'] },
                message: { type: 'object', anyOf: [{ required: ['text'] }, { required: ['id'] }] },
                locations: {
                  type: 'array',
                  items: {
                    type: 'object',
                    properties: {
                      physicalLocation: {
                        type: 'object',
                        properties: {
                          artifactLocation: { type: 'object', properties: { uri: { type: 'string', format: 'uri-reference' } } },
                          region: { type: 'object', properties: { startLine: { type: 'integer', minimum: 1 }, startColumn: { type: 'integer', minimum: 1 } } },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
  definitions: { mms: { type: 'object', required: ['text'], properties: { text: { type: 'string' } } } },
};

export const officialSarif = [join(ROOT, 'test', 'fixtures', 'schemas', 'sarif-schema-2.1.0.json'), process.env.ECOMPLAN_SARIF_SCHEMA ?? ''].find((p) => p && existsSync(p));

/** The official schema is draft-04 (`id`); ajv 8 reads it once `id` is `$id` and `$schema` is dropped. */
export function sarifValidator() {
  // validateSchema: false — the official schema is draft-04, which ajv 8 does not validate as a schema.
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: officialSarif === undefined });
  addFormats.default(ajv);
  if (!officialSarif) return ajv.compile(SARIF_STRUCTURE);
  const schema = JSON.parse(readFileSync(officialSarif, 'utf8')) as Record<string, unknown>;
  delete schema.$schema;
  if (typeof schema.id === 'string') {
    schema.$id = schema.id;
    delete schema.id;
  }
  return ajv.compile(schema);
}

