/**
 * "Hostile and broken input": every regular expression in src/ is listed in
 * docs/REGEXES.md with why it cannot backtrack catastrophically, and a ReDoS
 * detector (recheck) checks the patterns here.
 *
 * - Regex literals are found statically (inventory.ts) and each must be
 *   `safe` per recheck's automaton checker; an `unknown` answer (timeout,
 *   unsupported syntax) is accepted only for a row marked `hand-reviewed`.
 *   `vulnerable` always fails.
 * - `new RegExp(...)` calls must each have a row. Those that run when their
 *   module loads (tables of words, shared fragments) are captured by
 *   importing the module with a recording RegExp, and the patterns actually
 *   built are checked like literals. A call that is not run at load (built
 *   per call) must be marked `hand-reviewed`.
 * - The scanner must keep finding at least as many patterns as today.
 *
 * Rows are matched to code by file and pattern text, not by line number,
 * so an edit elsewhere in a file does not fail this test; the line column
 * of the doc is for readers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, type Diagnostics } from 'recheck';
import { describe, expect, it, vi } from 'vitest';
import { parseDoc, encodeCode, oneLine, type DocRow } from './doc.js';
import { dynamics, inventory, literals, ROOT, type DynamicRegex, type LiteralRegex } from './inventory.js';

/** What the scanner found when this test was written; fewer means it broke. */
const MIN_LITERALS = 104;
const MIN_DYNAMIC = 26;
/** `new RegExp` sites that run at module load (all but globToRegExp's). */
const MIN_BUILT_AT_LOAD = 25;

/**
 * The automaton checker is exact (no fuzzing, so no flaky verdicts) and
 * answers in milliseconds for every pattern here. Checks run one at a time:
 * recheck's agent runs concurrent requests in parallel and they would time
 * each other out on a small machine.
 */
const RECHECK = { checker: 'automaton', timeout: 2000 } as const;

const DOC_PATH = join(ROOT, 'docs/REGEXES.md');
const doc = parseDoc(readFileSync(DOC_PATH, 'utf8'));
const sites = inventory();
const lits = literals(sites);
const dyns = dynamics(sites);

const literalText = (l: LiteralRegex): string => `/${l.source}/${l.flags}`;
const dynamicText = (d: DynamicRegex): string => oneLine(d.firstArgText);

/**
 * Pair each code site with a doc row of the same file and pattern text
 * (duplicates pair up in line order). Returns the pairing and the sites
 * without a row.
 */
function pairRows<S extends { file: string; line: number }>(
  list: S[],
  text: (s: S) => string,
): { rowOf: Map<S, DocRow>; missing: S[] } {
  const pool = new Map<string, DocRow[]>();
  for (const row of doc) {
    const key = `${row.file}\u0000${oneLine(row.pattern)}`;
    const bucket = pool.get(key);
    if (bucket) bucket.push(row);
    else pool.set(key, [row]);
  }
  for (const bucket of pool.values()) bucket.sort((a, b) => a.line - b.line);
  const rowOf = new Map<S, DocRow>();
  const missing: S[] = [];
  for (const s of list) {
    const row = pool.get(`${s.file}\u0000${oneLine(text(s))}`)?.shift();
    if (row) rowOf.set(s, row);
    else missing.push(s);
  }
  return { rowOf, missing };
}

/** A doc row to paste, for the failure messages. */
const suggest = (file: string, line: number, pattern: string): string =>
  `| ${file}:${line} | ${encodeCode(pattern)} | <why it cannot backtrack catastrophically> | recheck |`;

const isHandReviewed = (row: DocRow | undefined): boolean => row?.check === 'hand-reviewed';

function verdict(d: Diagnostics): string {
  if (d.status === 'vulnerable') return `vulnerable (${d.complexity.summary}), attack ${d.attack.pattern}`;
  if (d.status === 'unknown') return `unknown (${d.error.kind}${'message' in d.error ? `: ${d.error.message}` : ''})`;
  return 'safe';
}

/** Check patterns one after another; returns the complaints. */
async function checkAll(
  items: ReadonlyArray<{ label: string; source: string; flags: string; row: DocRow | undefined }>,
): Promise<string[]> {
  const problems: string[] = [];
  for (const it of items) {
    const d = await check(it.source, it.flags, RECHECK);
    if (d.status === 'safe') continue;
    if (d.status === 'unknown' && isHandReviewed(it.row)) continue;
    problems.push(`${it.label} /${it.source}/${it.flags}: ${verdict(d)}${d.status === 'unknown' ? ' and its row is not marked hand-reviewed' : ''}`);
  }
  return problems;
}

describe('regex inventory', () => {
  it('finds at least as many patterns as when the check was written', () => {
    expect(lits.length).toBeGreaterThanOrEqual(MIN_LITERALS);
    expect(dyns.length).toBeGreaterThanOrEqual(MIN_DYNAMIC);
  });

  it('finds literals and RegExp calls, and nothing that only looks like one', async () => {
    const { scanSource } = await import('./inventory.js');
    const found = scanSource(
      'x.ts',
      [
        'const a = /a+b/gi; // not /this/',
        "const s = '/not a regex/';",
        'const d = 4 / 2 / 1;',
        'const b = new RegExp(`x${a}`, "g");',
        'const c = RegExp("y");',
      ].join('\n'),
    );
    expect(found).toEqual([
      { kind: 'literal', file: 'x.ts', line: 1, source: 'a+b', flags: 'gi' },
      { kind: 'dynamic', file: 'x.ts', line: 4, firstArgText: '`x${a}`', assignedTo: 'b' },
      { kind: 'dynamic', file: 'x.ts', line: 5, firstArgText: '"y"', assignedTo: 'c' },
    ]);
  });
});

describe('docs/REGEXES.md', () => {
  it('lists every regex literal in src/', () => {
    const { missing } = pairRows(lits, literalText);
    expect(missing.map((l) => suggest(l.file, l.line, literalText(l)))).toEqual([]);
  });

  it('lists every new RegExp call in src/', () => {
    const { missing } = pairRows(dyns, dynamicText);
    expect(missing.map((d) => suggest(d.file, d.line, dynamicText(d)))).toEqual([]);
  });

  it('has no row for a pattern that is gone from src/', () => {
    const known = new Set([
      ...lits.map((l) => `${l.file}\u0000${oneLine(literalText(l))}`),
      ...dyns.map((d) => `${d.file}\u0000${dynamicText(d)}`),
    ]);
    const stale = doc.filter((r) => !known.has(`${r.file}\u0000${oneLine(r.pattern)}`));
    expect(stale.map((r) => `${r.file}:${r.line} ${r.pattern}`)).toEqual([]);
  });

  it('marks every row recheck or hand-reviewed, with a reason', () => {
    const bad = doc.filter((r) => (r.check !== 'recheck' && r.check !== 'hand-reviewed') || r.why.length < 10);
    expect(bad.map((r) => `${r.file}:${r.line}`)).toEqual([]);
  });
});

describe('recheck', () => {
  it('is live with these settings: it flags known-bad patterns', async () => {
    for (const [source, flags] of [['(a+)+$', ''], ['\\s*\\n\\s*', 'g'], ['[ \\t]+$', '']] as const) {
      expect((await check(source, flags, RECHECK)).status, `/${source}/${flags}`).toBe('vulnerable');
    }
  });

  it('finds every regex literal in src/ safe', async () => {
    const { rowOf } = pairRows(lits, literalText);
    const problems = await checkAll(
      lits.map((l) => ({ label: `${l.file}:${l.line}`, source: l.source, flags: l.flags, row: rowOf.get(l) })),
    );
    expect(problems).toEqual([]);
  });

  it('finds every RegExp built at module load safe', async () => {
    // Record every RegExp the src modules build while they load.
    const built: Array<{ file: string; line: number; source: string; flags: string }> = [];
    const Real = globalThis.RegExp;
    const srcFrame = new RegExp(`\\(?${ROOT.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(src/[^:)]{1,300}):(\\d{1,6}):\\d{1,6}\\)?$`);
    const record = (args: unknown[]): void => {
      const frame = (new Error().stack ?? '').split('\n').slice(2).map((l) => srcFrame.exec(l.trim())).find((m) => m !== null);
      if (!frame) return;
      const re = Reflect.construct(Real, args) as RegExp;
      built.push({ file: frame[1]!, line: Number(frame[2]), source: re.source, flags: re.flags });
    };
    const Recording = new Proxy(Real, {
      construct(target, args, newTarget) {
        record(args);
        return Reflect.construct(target, args, newTarget) as object;
      },
      apply(target, thisArg, args) {
        record(args);
        return Reflect.apply(target, thisArg, args) as unknown;
      },
    });
    const files = [...new Set(dyns.map((d) => d.file))];
    vi.resetModules();
    globalThis.RegExp = Recording;
    try {
      for (const file of files) await import(/* @vite-ignore */ join(ROOT, file));
    } finally {
      globalThis.RegExp = Real;
    }

    const { rowOf } = pairRows(dyns, dynamicText);
    const items: Array<{ label: string; source: string; flags: string; row: DocRow | undefined }> = [];
    const notAtLoad: string[] = [];
    for (const d of dyns) {
      const mine = built.filter((b) => b.file === d.file && b.line === d.line);
      if (mine.length === 0) {
        // Built per call (from its arguments): the doc must say it was reviewed by hand.
        if (!isHandReviewed(rowOf.get(d))) notAtLoad.push(`${d.file}:${d.line} is not built at load; mark its row hand-reviewed`);
        continue;
      }
      const seen = new Set<string>();
      for (const b of mine) {
        const key = `/${b.source}/${b.flags}`;
        if (seen.has(key)) continue;
        seen.add(key);
        items.push({ label: `${d.file}:${d.line}`, source: b.source, flags: b.flags, row: rowOf.get(d) });
      }
    }
    expect(notAtLoad).toEqual([]);
    // A broken recorder would see nothing and check nothing.
    const atLoad = dyns.filter((d) => built.some((b) => b.file === d.file && b.line === d.line));
    expect(atLoad.length).toBeGreaterThanOrEqual(MIN_BUILT_AT_LOAD);
    expect(await checkAll(items)).toEqual([]);
  });

  it('finds the patterns globToRegExp builds for ordinary globs safe', async () => {
    const { globToRegExp } = await import('../../src/cli/batch/glob.js');
    const globs = ['*.html', '**/*.htm', 'notices/**/2024-??.txt', 'a/b/**', '[x].txt', '**', '**/*.{html,htm,shtml}', '{2023,2024}/**/*.txt'];
    const problems = await checkAll(
      globs.map((g) => {
        const re = globToRegExp(g);
        return { label: `glob ${g}`, source: re.source, flags: re.flags, row: undefined };
      }),
    );
    expect(problems).toEqual([]);
  });
});
