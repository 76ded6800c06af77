/**
 * Stage 5, assemble: the parts into the output contract, in its field order,
 * validated by the zod schema. A result that fails validation is a bug in an
 * earlier stage, never something to print.
 */
import { type Attachment, type Check, type Fact, type Inspection, type Contacts, type DateMention, type Diagnostic, type InputInfo, type Meta, type Notice, type OutlineNode, type Signature, type Span } from '../schema/index.js';
import { validateNotice } from './validate.js';

export interface NoticeParts {
  input: InputInfo;
  title: string | null;
  meta: Meta;
  text: string;
  body: Span;
  outline: OutlineNode[];
  dates: DateMention[];
  signature: Signature | null;
  signatures: Signature[];
  contacts: Contacts;
  attachments: Attachment[];
  inspection: Inspection | null;
  facts: Fact[];
  checks: Check[];
  diagnostics: Diagnostic[];
}

/** Raised when the assembled result does not satisfy the contract: a bug, reported with the failing paths. */
export class ContractError extends Error {
  override name = 'ContractError';
}

/**
 * Assemble and validate.
 * @returns the notice, exactly as the contract describes it
 * @throws ContractError when the parts break the contract
 */
export function assembleNotice(parts: NoticeParts): Notice {
  const candidate: Notice = {
    schemaVersion: '1',
    input: parts.input,
    title: parts.title,
    meta: parts.meta,
    text: parts.text,
    body: { span: parts.body },
    outline: parts.outline,
    dates: parts.dates,
    signature: parts.signature,
    signatures: parts.signatures,
    contacts: parts.contacts,
    attachments: parts.attachments,
    inspection: parts.inspection,
    facts: parts.facts,
    checks: parts.checks,
    diagnostics: capPerCode([...parts.diagnostics].sort(byPosition)),
  };
  const checked = validateNotice(candidate);
  if (!checked.success) {
    const first = checked.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ContractError(`internal error: the result breaks the output contract (${first.join('; ')})`);
  }
  return checked.data;
}

/**
 * A hostile input (a million 一、) can raise a million identical doubts; past
 * this many of one code the rest are counted in one closing diagnostic, so
 * nothing goes unsaid and the output stays readable.
 */
export const DIAGNOSTICS_PER_CODE = 100;

function capPerCode(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Map<string, number>();
  const kept = diagnostics.filter((d) => {
    const count = (seen.get(d.code) ?? 0) + 1;
    seen.set(d.code, count);
    return count <= DIAGNOSTICS_PER_CODE;
  });
  for (const [code, count] of seen) {
    if (count > DIAGNOSTICS_PER_CODE) {
      kept.push({ severity: 'info', code: 'diagnostics/truncated', message: `${count - DIAGNOSTICS_PER_CODE} more "${code}" diagnostics not listed (${count} in all)`, span: null });
    }
  }
  return kept;
}

/** Diagnostics in document order; those without a place come first. */
function byPosition(a: Diagnostic, b: Diagnostic): number {
  return (a.span?.start ?? -1) - (b.span?.start ?? -1);
}
