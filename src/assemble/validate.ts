/**
 * Checking a result against the contract with zod. The check that runs is
 * zod's own compiled validator, generated from the schema (schema/compiled.ts):
 * the same acceptance and output as `NoticeSchema.safeParse` (a copy, unknown
 * keys dropped, keys in schema order), several times faster, and with nothing
 * to set up, where the run-time parse of a first notice cost ~3.5 ms and zod's
 * run-time compiler ~20 ms. Only a result it rejects, which is a bug
 * upstream, goes through the schema itself, to be told what is wrong; so
 * the CLI does not even build the schema unless that happens.
 */
import type * as z from 'zod/mini';
import { INVALID, parseNoticeShape, parseOutlineNode } from '../schema/compiled.js';
// A namespace import: the CLI bundle loads it on first use (scripts/bundle.mjs), so a run whose results pass never builds the schema.
import * as contract from '../schema/notice.js';
import type { Notice, OutlineNode } from '../schema/index.js';

export type Validation = { success: true; data: Notice } | { success: false; issues: readonly z.core.$ZodIssue[] };

export function validateNotice(candidate: Notice): Validation {
  const checked = parseNoticeShape(candidate);
  const outline = checked === INVALID ? null : validateNodes(candidate.outline);
  if (checked === INVALID || outline === null) return validateAtRunTime(candidate);
  const data = checked as Notice;
  data.outline = outline;
  return { success: true, data };
}

/** The schema's own parse: what a rejected result gets, for its issues. */
export function validateAtRunTime(candidate: Notice): Validation {
  // jitless: zod's per-object code generation costs ~20 ms and is of no use for one result.
  const checked = contract.NoticeSchema.safeParse(candidate, { jitless: true });
  return checked.success ? { success: true, data: checked.data } : { success: false, issues: checked.error.issues };
}

/** Each node checked on its own, children replaced by their checked copies; no recursion, however deep. */
function validateNodes(roots: readonly OutlineNode[]): OutlineNode[] | null {
  const out: OutlineNode[] = [];
  const stack: Array<{ from: readonly OutlineNode[]; into: OutlineNode[] }> = [{ from: roots, into: out }];
  while (stack.length > 0) {
    const { from, into } = stack.pop()!;
    for (const candidate of from) {
      const checked = parseOutlineNode(candidate);
      if (checked === INVALID) return null;
      const copy = checked as OutlineNode;
      copy.children = [];
      into.push(copy);
      stack.push({ from: candidate.children, into: copy.children });
    }
  }
  return out;
}
