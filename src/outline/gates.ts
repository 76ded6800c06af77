/**
 * Gated marker families (see markers.ts): a bare 1 总则 or a 01综合 is a
 * section number only when the document as a whole says so. One pass over
 * the body, before any line is read as a section, decides which gated
 * families this document lets count.
 */
import { forEachLine } from './lines.js';
import { GATED_FAMILIES, MARKER_FAMILIES, matchMarker } from './markers.js';

export function openGates(folded: string, from: number, to: number): Set<string> {
  const seen = new Set<string>();
  /** Per gated family: the last ordinal, the current ascending run, the longest one. */
  const runs = new Map<string, { last: number; length: number; best: number }>();
  forEachLine(folded, from, to, (line) => {
    if (line.content === line.end) return;
    const match = matchMarker(folded, line.content, GATED_FAMILIES);
    if (match === null) return;
    const id = match.family.id;
    seen.add(id);
    const run = runs.get(id) ?? { last: 0, length: 0, best: 0 };
    run.length = match.ordinal > run.last ? run.length + 1 : 1;
    run.last = match.ordinal;
    run.best = Math.max(run.best, run.length);
    runs.set(id, run);
  });
  const open = new Set<string>();
  for (const { id, gate } of MARKER_FAMILIES) {
    if (gate === undefined) continue;
    const met = 'withFamilies' in gate ? gate.withFamilies.some((f) => seen.has(f)) : (runs.get(id)?.best ?? 0) >= gate.ascending;
    if (met) open.add(id);
  }
  return open;
}
