/** The `--format` choices of `ecomplan check` (names only, so that the command loads nothing heavy). */
export const CHECK_FORMATS = ['stylish', 'json', 'junit', 'sarif', 'github', 'csv', 'md'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];
