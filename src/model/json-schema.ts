/** The JSON Schema of the project file, generated from the zod schema (its input side). */
import * as z from 'zod';
import { jsonSchemaOf } from './fields.js';
import { ProjectFileSchema } from './schema.js';

export const SCHEMA_ID = 'https://unpkg.com/ecomplan/schema/ecomplan.schema.json';

export function projectJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ProjectFileSchema, {
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      const custom = jsonSchemaOf(ctx.zodSchema as unknown as z.ZodType);
      if (custom) {
        for (const k of Object.keys(ctx.jsonSchema)) if (k !== 'description') delete (ctx.jsonSchema as Record<string, unknown>)[k];
        Object.assign(ctx.jsonSchema, custom);
      }
    },
  }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: SCHEMA_ID,
    title: 'ecomplan project file, version 1',
    description: 'One e-commerce project: products, costs, suppliers, channels, acquisition, brand, legal frame and forecast hypotheses. See docs/project-file.md.',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}

export function projectJsonSchemaText(): string {
  return `${JSON.stringify(projectJsonSchema(), null, 2)}\n`;
}
