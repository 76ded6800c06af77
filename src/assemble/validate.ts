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
import { INVALID, VALIDATORS } from '../schema/compiled.js';
// A namespace import: the CLI bundle loads it on first use (scripts/bundle.mjs), so a run whose results pass never builds the schema.
import * as contract from '../schema/notice.js';
import type { Notice } from '../schema/index.js';

export type Validation = { success: true; data: Notice } | { success: false; issues: readonly z.core.$ZodIssue[] };

export function validateNotice(candidate: Notice): Validation {
  const checked = checkTree('Notice', candidate);
  return checked === INVALID ? validateAtRunTime(candidate) : { success: true, data: checked as Notice };
}

/** The schema's own parse: what a rejected result gets, for its issues. */
export function validateAtRunTime(candidate: Notice): Validation {
  // jitless: zod's per-object code generation costs ~20 ms and is of no use for one result.
  const checked = contract.NoticeSchema.safeParse(candidate, { jitless: true });
  return checked.success ? { success: true, data: checked.data } : { success: false, issues: checked.error.issues };
}

type Checked = Record<string, unknown>;

/**
 * `root` checked as `kind`, then every array of objects the check left alone
 * replaced by its elements' checked copies, kind by kind (VALIDATORS): no
 * recursion, however deep the outline.
 */
function checkTree(kind: string, root: unknown): unknown {
  const copy = VALIDATORS[kind]!.check(root);
  if (copy === INVALID) return INVALID;
  const stack = [{ kind, from: root as Checked, into: copy as Checked }];
  while (stack.length > 0) {
    const { kind: parent, from, into } = stack.pop()!;
    for (const { path, of } of VALIDATORS[parent]!.arrays) {
      const { check: checkItem, arrays: itemArrays } = VALIDATORS[of]!;
      const items: unknown[] = [];
      for (const item of at(from, path) as unknown[]) {
        const checked = checkItem(item);
        if (checked === INVALID) return INVALID;
        items.push(checked);
        if (itemArrays.length > 0) stack.push({ kind: of, from: item as Checked, into: checked as Checked });
      }
      (at(into, path.slice(0, -1)) as Checked)[path.at(-1)!] = items;
    }
  }
  return copy;
}

/** What is at `path` (the check has made sure each step on the way is an object). */
function at(object: Checked, path: readonly string[]): unknown {
  let here: unknown = object;
  for (const key of path) here = (here as Checked)[key];
  return here;
}
