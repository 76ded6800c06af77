/**
 * anchoredMatches is matchAll made faster for patterns with an anchor near
 * their start; it must give exactly matchAll's matches. Checked on random
 * text over the characters that matter, for shapes the stages use: a figure
 * before a word (the report facts) and a numeral run before a date character.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchoredMatches, anchoredScan } from '../../src/text/anchored.js';

const RUNS = { numRuns: Number(process.env['FUZZ_RUNS'] ?? 300), seed: 20261129 };
const CASES = [
  { pattern: /((?:约|近)?(?:\d{1,7}(?:\.\d{1,4})?|[一二三十]{1,8})(?:余|多)?)个问题/g, anchor: /个问题/, within: 14, units: ['约', '近', '1', '2', '.', '一', '二', '十', '余', '多', '个', '问题', '个问题', ' '] },
  { pattern: /(?<![A-Za-z]|[一二三十〇])([一二三十〇]{1,3})[^\S\n]{0,2}([日号月])/g, anchor: /[日号月]/, within: 5, units: ['一', '二', '十', '〇', 'A', '月', '日', '号', ' ', '\n'] },
];
const view = (matches: Iterable<RegExpExecArray>) => [...matches].map((m) => [m.index, ...m]);

describe('anchoredMatches', () => {
  it.each(CASES.map((c) => [c.pattern.source, c] as const))('gives what matchAll gives for %s', (_, { pattern, anchor, within, units }) => {
    const scan = anchoredScan(pattern, anchor, within);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...units), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        expect(view(anchoredMatches(text, scan))).toEqual(view(text.matchAll(pattern)));
      }),
      RUNS,
    );
  });

  it('misses matches when `within` is too short (the property above can fail)', () => {
    const { pattern, anchor } = CASES[0]!;
    const text = '共有1234个问题';
    expect(view(anchoredMatches(text, anchoredScan(pattern, anchor, 2)))).not.toEqual(view(text.matchAll(pattern)));
  });
});
