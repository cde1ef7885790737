/** Shared building blocks of the project-file schema's sections (schema.ts assembles them). */
import * as z from 'zod';

export const obj = <T extends z.ZodRawShape>(shape: T) => z.strictObject(shape, { message: 'value.expected_mapping' });
export const enumOf = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { message: 'value.not_in_enum' });
