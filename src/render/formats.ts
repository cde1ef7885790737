/**
 * The `--format` choices of forecast, margin, stock and sensitivity, kept apart
 * from the formatters so that a command declares its options without loading
 * them; each registry is typed `Record<OutputFormat, …>`, so they cannot drift.
 */
export const OUTPUT_FORMATS = ['table', 'json', 'csv', 'md'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
