import type { Diagnostic, Severity, Span } from '../schema/index.js';

/** Build a diagnostic; `code` is a stable id such as "date/ambiguous" or "outline/gap". */
export function diagnostic(severity: Severity, code: string, message: string, span: Span | null = null): Diagnostic {
  return { severity, code, message, span };
}

/** What every stage returns beside its product. */
export interface StageResult<T> {
  value: T;
  diagnostics: Diagnostic[];
}
