/**
 * Parsers with an anchor are scanned from anchor to anchor instead of by
 * matchAll. That is only a speed-up: the matches must be exactly matchAll's,
 * on random text over the characters that matter and on every real page.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/index.js';
import { PARSERS, parserMatches } from '../../src/dates/parsers/index.js';
import { foldHant, foldWidth } from '../../src/text/index.js';
import { realPagePaths } from '../helpers.js';

const ANCHORED = PARSERS.filter((p) => p.anchor);
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 300);
const UNITS = ['一', '二', '十', '三', '〇', 'O', 'A', '月', '日', '号', '份', ' ', '\n', '年', '至', '，'];

const describeMatches = (matches: Iterable<RegExpExecArray>) => [...matches].map((m) => [m.index, ...m]);

describe('anchored date parsers', () => {
  it('exist (otherwise this test checks nothing)', () => {
    expect(ANCHORED.map((p) => p.name)).toEqual(expect.arrayContaining(['chinese-md', 'chinese-end']));
  });

  it('find what matchAll finds on random text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...UNITS), maxLength: 80 }), (text) => {
        for (const parser of ANCHORED) expect(describeMatches(parserMatches(parser, text))).toEqual(describeMatches(text.matchAll(parser.pattern)));
      }),
      { numRuns: RUNS, seed: 20261129 },
    );
  });

  it('find what matchAll finds on the real pages', () => {
    for (const path of realPagePaths()) {
      const folded = foldHant(foldWidth(parseNotice(readFileSync(path), { path }).text));
      for (const parser of ANCHORED) expect(describeMatches(parserMatches(parser, folded)), path).toEqual(describeMatches(folded.matchAll(parser.pattern)));
    }
  });
});
