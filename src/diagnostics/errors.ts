import type { Diagnostic, ExitCode } from './diagnostic.js';
import { EXIT } from './diagnostic.js';

/**
 * A known failure the user can fix: printed as one line and a hint, never a stack
 * trace. `diagnostics` carries located problems (file:line:col) when there are any.
 */
export class EcomplanError extends Error {
  readonly exitCode: ExitCode;
  readonly diagnostics: Diagnostic[];
  constructor(message: string, opts: { exitCode?: ExitCode; diagnostics?: Diagnostic[]; hint?: string } = {}) {
    super(message);
    this.name = 'EcomplanError';
    this.exitCode = opts.exitCode ?? EXIT.usage;
    this.diagnostics = opts.diagnostics ?? [];
    this.hint = opts.hint;
  }
  readonly hint: string | undefined;
}

/** Usage error: wrong option, unknown format, file exists without --force… (exit 2). */
export class UsageError extends EcomplanError {
  constructor(message: string, hint?: string) {
    super(message, { exitCode: EXIT.usage, hint });
    this.name = 'UsageError';
  }
}
