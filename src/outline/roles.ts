/**
 * Roles in inspection/rectification reports (巡视/巡察 整改). Level-1
 * sections are parts; inside the part that reports the issues, the levels
 * below it are aspects, issues and sub-issues, and inline enumerations are
 * the measures taken. Every other node keeps role null.
 */
import type { NodeRole } from '../schema/index.js';
import type { Draft } from './draft.js';
import { walk } from './draft.js';

/** Headings of the part that lists the issues and their rectification. */
const ISSUE_PART_HEADINGS: readonly RegExp[] = [/反馈问题/, /整改落实情况/, /问题(?:的)?整改/, /存在(?:的)?问题/];

/** Role by depth below the issues part (1 = its children). */
const ROLE_BY_DEPTH: readonly (NodeRole | null)[] = [null, 'aspect', 'issue', 'subIssue'];

/** The text that names a part: its heading, or the start of its text when it has none. */
function partName(part: Draft, text: string): string {
  return part.heading ?? text.slice(part.markerEnd, Math.min(part.end, part.markerEnd + 40));
}

export function assignRoles(roots: readonly Draft[], text: string): void {
  for (const part of roots) {
    if (part.kind !== 'section') continue;
    part.role = 'part';
    const name = partName(part, text);
    if (!ISSUE_PART_HEADINGS.some((h) => h.test(name))) continue;
    walk(part.children, (node) => {
      node.role = node.kind === 'enumeration' ? 'measure' : (ROLE_BY_DEPTH[node.level - part.level] ?? null);
    });
  }
}
