/**
 * Inline enumerations (一是… 二是…, 第一，… 第二，…, 首先… 其次… 最后…)
 * inside a section's own text. A marker counts only at a clause start (see
 * enumeration-markers.ts), which is what keeps 统一是 / 唯一是 out; and only
 * in runs of at least two consecutive numbers, since a lone 一是 is as often
 * plain prose. An item runs to the next one; the last to the end of its
 * paragraph (wrapped lines included).
 */
import type { Diagnostic } from '../schema/index.js';
import { diagnostic } from '../text/index.js';
import type { Draft } from './draft.js';
import { walk } from './draft.js';
import type { Candidate } from './enumeration-markers.js';
import { ENUMERATION_FAMILIES, findCandidates, isClauseStart, isLineStart } from './enumeration-markers.js';
import { headingAfter } from './headings.js';
import type { Layout } from './layout.js';
import { paragraphEnd } from './layout.js';
import { lineEndAt, trimBack } from './lines.js';

/** A section's own text: after its marker, before its first child section. */
interface Region {
  node: Draft;
  start: number;
  end: number;
}

export function attachEnumerations(text: string, folded: string, layout: Layout, roots: readonly Draft[], diagnostics: Diagnostic[]): void {
  const first = roots[0];
  const last = roots.at(-1);
  if (first === undefined || last === undefined) return;
  const candidates = findCandidates(folded, first.markerEnd, last.end);
  if (candidates.length < 2) return;
  // Own-text regions come in text order in a pre-order walk, as do the
  // candidates: one merge pass assigns them.
  let c = 0;
  walk(roots, (node) => {
    if (node.kind !== 'section') return; // enumerations attached a moment ago hold no further ones
    const region: Region = { node, start: node.markerEnd, end: node.children[0]?.start ?? node.end };
    while (c < candidates.length && (candidates[c]?.start ?? 0) < region.start) c++;
    let inside: Candidate[] | null = null;
    for (; c < candidates.length; c++) {
      const cand = candidates[c];
      if (cand === undefined || cand.end > region.end) break;
      if (isClauseStart(folded, layout, cand.start, region.start)) (inside ??= []).push(cand);
    }
    // The walk visits children after this call, so prepending enumerations here is safe.
    if (inside !== null && inside.length >= 2) enumerate(text, folded, layout, region, inside, diagnostics);
  });
}

interface Run {
  items: { cand: Candidate; ordinal: number }[];
}

/** Split one family's candidates into runs of consecutive numbers. */
function runsOf(cands: readonly Candidate[]): Run[] {
  const runs: Run[] = [];
  let current: Run | null = null;
  for (const cand of cands) {
    const last = current?.items.at(-1)?.ordinal ?? null;
    if (current !== null && last !== null && cand.family.read(cand.word, last) === last + 1) {
      current.items.push({ cand, ordinal: last + 1 });
      continue;
    }
    const ordinal = cand.family.read(cand.word, null);
    const startable = ordinal !== null && (ordinal === 1 || cand.family.lateStart === 'keep');
    current = startable ? { items: [{ cand, ordinal }] } : null;
    if (current !== null) runs.push(current);
  }
  return runs.filter((r) => r.items.length >= 2);
}

function enumerate(text: string, folded: string, layout: Layout, region: Region, cands: readonly Candidate[], diagnostics: Diagnostic[]): void {
  const accepted: { run: Run; start: number; end: number }[] = [];
  for (const family of ENUMERATION_FAMILIES) {
    for (const run of runsOf(cands.filter((c) => c.family === family))) {
      const first = run.items[0]?.cand;
      const last = run.items.at(-1)?.cand;
      if (first === undefined || last === undefined) continue;
      const extent = { run, start: first.start, end: paragraphEnd(layout, folded, last.end, region.end) };
      if (accepted.some((a) => a.start < extent.end && extent.start < a.end)) continue;
      accepted.push(extent);
    }
  }
  accepted.sort((a, b) => a.start - b.start);
  const nodes: Draft[] = [];
  for (const { run, end } of accepted) {
    const firstItem = run.items[0];
    if (firstItem !== undefined && firstItem.ordinal !== 1) {
      diagnostics.push(
        diagnostic('warning', 'outline/enumeration-starts-late', `enumeration starts at ${text.slice(firstItem.cand.start, firstItem.cand.end)}: its first ${firstItem.ordinal - 1} item(s) are not marked; kept as written`, {
          start: firstItem.cand.start,
          end: firstItem.cand.end,
        }),
      );
    }
    run.items.forEach(({ cand, ordinal }, i) => {
      const next = run.items[i + 1]?.cand.start ?? end;
      const lineStart = isLineStart(folded, layout, cand.start);
      nodes.push({
        kind: 'enumeration',
        style: cand.family.style,
        family: cand.family.style,
        rank: 0,
        level: region.node.level + 1,
        marker: text.slice(cand.start, cand.end),
        ordinal,
        heading: lineStart ? headingOf(text, folded, layout, cand.end, region.end) : null,
        start: cand.start,
        markerEnd: cand.end,
        end: Math.max(trimBack(text, cand.end, next), cand.end),
        role: null,
        children: [],
      });
    });
  }
  region.node.children = [...nodes, ...region.node.children];
}

/**
 * The heading of an item that starts its own line (一是强化领导。…). Only such
 * items look at their paragraph end, so each paragraph is walked once.
 */
function headingOf(text: string, folded: string, layout: Layout, markerEnd: number, limit: number): string | null {
  const physicalEnd = lineEndAt(folded, markerEnd, limit);
  const continued = paragraphEnd(layout, folded, markerEnd, limit) > physicalEnd;
  return headingAfter(text, folded, markerEnd, physicalEnd, { startsLine: true, continued, provision: false });
}
