/**
 * Inline enumerations (一是… 二是…, 第一，… 第二，…, 首先… 其次… 最后…)
 * inside a section's own text. A marker counts only at a clause start
 * (start of the text, start of a line, or right after 。；，：), which is
 * what keeps 统一是 / 唯一是 out; and only in runs of at least two
 * consecutive numbers, since a lone 一是 is as often plain prose.
 */
import type { Diagnostic, NodeStyle } from '../schema/index.js';
import { diagnostic, parseChineseNumber } from '../text/index.js';
import type { Draft } from './draft.js';
import { walk } from './draft.js';
import { headingAfter } from './headings.js';
import { isBlank, lineEndAt, trimBack } from './lines.js';

interface EnumerationFamily {
  style: NodeStyle;
  /** Global pattern over the folded text; group 1 is the number word. Bounded, no nested quantifiers. */
  pattern: RegExp;
  /** The ordinal of a marker given the previous one in the run (null at a run start); null rejects it. */
  read: (word: string, previous: number | null) => number | null;
  /** Whether a run may start above 1 (kept with a diagnostic) or must start at 1. */
  lateStart: 'keep' | 'reject';
}

const readChinese = (word: string): number | null => {
  const v = parseChineseNumber(word);
  return v !== null && v > 0 ? v : null;
};

/** 首先/其次/再次 are 1/2/3; 最后 is whatever comes next. */
const SEQUENCE_WORDS: Readonly<Record<string, number>> = { 首先: 1, 其次: 2, 再次: 3 };
const readSequence = (word: string, previous: number | null): number | null =>
  word === '最后' ? (previous === null ? null : previous + 1) : (SEQUENCE_WORDS[word] ?? null);

/** Earlier rows win when runs of two families overlap. */
const ENUMERATION_FAMILIES: readonly EnumerationFamily[] = [
  { style: 'cn-shi', pattern: /([一二三四五六七八九十]{1,3})是/g, read: readChinese, lateStart: 'keep' },
  // 第一，… (folded ，is ","); 第一条/第一章 are section markers and never match here.
  { style: 'ordinal', pattern: /第([一二三四五六七八九十]{1,3})[,、]/g, read: readChinese, lateStart: 'reject' },
  { style: 'sequence', pattern: /(首先|其次|再次|最后)[,、]/g, read: readSequence, lateStart: 'reject' },
];

/** Folded 。；，：！？ (and the half-width ones): what may precede a clause start. */
const CLAUSE_BREAKS = new Set([0x3002, 0x3b, 0x2c, 0x3a, 0x21, 0x3f, 0x0a]);

interface Candidate {
  family: EnumerationFamily;
  word: string;
  start: number;
  end: number;
}

/** A section's own text: after its marker, before its first child section. */
interface Region {
  node: Draft;
  start: number;
  end: number;
}

export function attachEnumerations(text: string, folded: string, roots: readonly Draft[], diagnostics: Diagnostic[]): void {
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
      if (isClauseStart(folded, cand.start, region.start)) (inside ??= []).push(cand);
    }
    // The walk visits children after this call, so prepending enumerations here is safe.
    if (inside !== null && inside.length >= 2) enumerate(text, folded, region, inside, diagnostics);
  });
}

function findCandidates(folded: string, from: number, to: number): Candidate[] {
  const out: Candidate[] = [];
  for (const family of ENUMERATION_FAMILIES) {
    family.pattern.lastIndex = from;
    for (let m = family.pattern.exec(folded); m !== null && m.index < to; m = family.pattern.exec(folded)) {
      out.push({ family, word: m[1] ?? '', start: m.index, end: m.index + m[0].length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Right after the region start, a line start or a clause break, blanks aside. */
function isClauseStart(folded: string, pos: number, regionStart: number): boolean {
  let p = pos;
  while (p > regionStart && folded.charCodeAt(p - 1) !== 0x0a && isBlank(folded.charCodeAt(p - 1))) p--;
  return p === regionStart || p === 0 || CLAUSE_BREAKS.has(folded.charCodeAt(p - 1));
}

function isLineStart(folded: string, pos: number): boolean {
  let p = pos;
  while (p > 0 && folded.charCodeAt(p - 1) !== 0x0a && isBlank(folded.charCodeAt(p - 1))) p--;
  return p === 0 || folded.charCodeAt(p - 1) === 0x0a;
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

function enumerate(text: string, folded: string, region: Region, cands: readonly Candidate[], diagnostics: Diagnostic[]): void {
  const accepted: { run: Run; start: number; end: number }[] = [];
  for (const family of ENUMERATION_FAMILIES) {
    for (const run of runsOf(cands.filter((c) => c.family === family))) {
      const first = run.items[0]?.cand;
      const last = run.items.at(-1)?.cand;
      if (first === undefined || last === undefined) continue;
      const extent = { run, start: first.start, end: lineEndAt(folded, last.end, region.end) };
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
      const lineStart = isLineStart(folded, cand.start);
      nodes.push({
        kind: 'enumeration',
        style: cand.family.style,
        family: cand.family.style,
        rank: 0,
        level: region.node.level + 1,
        marker: text.slice(cand.start, cand.end),
        ordinal,
        heading: headingAfter(text, folded, cand.end, lineEndAt(folded, cand.end, region.end), lineStart),
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
