/**
 * Checking a result against the contract with zod, in one of two ways that
 * accept the same results and give the same output:
 * - at run time: `NoticeSchema.safeParse`, without zod's JIT, nothing to set up;
 * - compiled: zod 4's `z.compile` (generated code) of the schema cut at each
 *   outline node, with the nodes walked here (z.compile refuses a recursive
 *   schema). About 4× faster per notice once warm, but building it takes
 *   ~20 ms, more than a whole notice: a process switches to it only after
 *   COMPILE_AFTER notices, so a single file never pays, and a batch worker
 *   soon gains (validation was a sixth of a notice's parse).
 */
import * as z from 'zod/mini';
import { NoticeSchema, OutlineNodeSchema, type Notice, type OutlineNode } from '../schema/index.js';

export type Validation = { success: true; data: Notice } | { success: false; issues: readonly z.core.$ZodIssue[] };

export const COMPILE_AFTER = 200;

let validated = 0;
let compiled: ((candidate: Notice) => Validation) | null | undefined;

export function validateNotice(candidate: Notice): Validation {
  if (++validated === COMPILE_AFTER) compiled = compileValidator();
  return compiled ? compiled(candidate) : validateAtRunTime(candidate);
}

/** Which way this process validates now (the tests check the switch). */
export function validationMode(): 'runtime' | 'compiled' {
  return compiled ? 'compiled' : 'runtime';
}

export function validateAtRunTime(candidate: Notice): Validation {
  // jitless: zod's per-object code generation costs ~20 ms on the first notice
  // and pays back only over many; many notices get the compiled validator instead.
  const checked = NoticeSchema.safeParse(candidate, { jitless: true });
  return checked.success ? { success: true, data: checked.data } : { success: false, issues: checked.error.issues };
}

/** The compiled validator, or null when zod cannot compile the schemas (then the run-time parse stays). */
export function compileValidator(): ((candidate: Notice) => Validation) | null {
  let top: z.ZodMiniType;
  let node: z.ZodMiniType;
  try {
    top = z.compile(z.extend(NoticeSchema, { outline: z.array(z.unknown()) }), { strict: true });
    node = z.compile(z.extend(OutlineNodeSchema, { children: z.array(z.unknown()) }), { strict: true });
  } catch {
    return null;
  }
  return (candidate) => {
    const checked = top.safeParse(candidate);
    const outline = checked.success ? validateNodes(candidate.outline, node) : null;
    // A failure is a bug upstream and rare: the run-time parse names it exactly as it always has.
    if (!checked.success || outline === null) return validateAtRunTime(candidate);
    const data = checked.data as Notice;
    data.outline = outline;
    return { success: true, data };
  };
}

/** Each node checked on its own, children replaced by their checked copies; no recursion, however deep. */
function validateNodes(roots: readonly OutlineNode[], node: z.ZodMiniType): OutlineNode[] | null {
  const out: OutlineNode[] = [];
  const stack: Array<{ from: readonly OutlineNode[]; into: OutlineNode[] }> = [{ from: roots, into: out }];
  while (stack.length > 0) {
    const { from, into } = stack.pop()!;
    for (const candidate of from) {
      const checked = node.safeParse(candidate);
      if (!checked.success) return null;
      const copy = checked.data as OutlineNode;
      copy.children = [];
      into.push(copy);
      stack.push({ from: candidate.children, into: copy.children });
    }
  }
  return out;
}
