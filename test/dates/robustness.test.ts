import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/dates/index.js';
import { SEED_PATH } from '../helpers.js';
import { DateMentionSchema } from '../../src/schema/index.js';

const ALPHABET = ['0', '1', '2', '3', '5', '9', '年', '月', '日', '号', '至', '-', '.', '/', ':', ' ', '\n', '二', '〇', '十', '度', '份', '２', '：', '巡察组', '反馈', '整改', '。'];

/** Deterministic pseudo-random strings (mulberry32) so failures reproduce. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('robustness', () => {
  it('never throws and always returns valid, consistent mentions', () => {
    const next = rng(42);
    for (let n = 0; n < 3000; n++) {
      let text = '';
      const len = Math.floor(next() * 40);
      for (let i = 0; i < len; i++) text += ALPHABET[Math.floor(next() * ALPHABET.length)];
      const publishedAt = next() < 0.5 ? null : '2025-07-01T16:43:00+08:00';
      const { value, diagnostics } = findDates(text, { publishedAt });
      expect(diagnostics.filter((d) => d.code === 'date/internal'), text).toEqual([]);
      value.forEach((d, i) => {
        expect(text.slice(d.span.start, d.span.end), text).toBe(d.raw);
        expect(DateMentionSchema.safeParse(d).success, text).toBe(true);
        if (d.rangeStart !== undefined) expect(d.rangeStart).toBeLessThan(i);
      });
    }
  });

  it('handles odd input: empty, lone surrogates, garbage publishedAt', () => {
    expect(findDates('', { publishedAt: null }).value).toEqual([]);
    expect(() => findDates('\ud8002024年\udfff', { publishedAt: 'not a date' })).not.toThrow();
  });

  // Hostile shapes that would make a backtracking pattern hang (the test timeout
  // catches that); speed itself is measured by the benchmarks, not here.
  it('reads hostile 1 MB inputs to the end', () => {
    const seed = readFileSync(SEED_PATH, 'utf8');
    const dense = '根据部署,2024325日至520日,巡察组反馈整改,0475-8628580,1.5亿元,2024年第16次。\n';
    const MB = 1_000_000;
    const inputs: Record<string, string> = {
      seed: seed.repeat(Math.ceil(MB / seed.length)),
      dense: dense.repeat(Math.ceil(MB / dense.length)), // ~500k mentions
      digits: '1'.repeat(MB),
      days: '日'.repeat(MB),
      dashes: '2024-'.repeat(MB / 5),
      padded: ' '.repeat(MB) + '2025620',
      spacedYears: `2024${' '.repeat(40)}年`.repeat(MB / 45),
      numerals: '二〇二五年'.repeat(2_000) + '十'.repeat(MB - 10_000),
      // The new forms' shapes: long runs a careless pattern would rescan at every position.
      clocks: `2024年3月25日${'下午'.repeat(MB / 2)}`,
      clockDigits: `2024年3月25日${'1时'.repeat(MB / 2)}`,
      roc: '民國'.repeat(MB / 2) + '113年',
      dotMonths: '2024.03'.repeat(MB / 7),
      openRanges: `2024年3月${'1-'.repeat(MB / 2)}`,
      longSentence: `2024年3月召开${'，'.repeat(MB)}25日`,
      loneDays: `2024年3月召开,${'25日,'.repeat(MB / 40)}`, // 25k days, each anchored on the one before
      traditional: `${'國'.repeat(MB)}113年3月25日`,
    };
    for (const [name, text] of Object.entries(inputs)) {
      const { value } = findDates(text, { publishedAt: '2025-07-01' });
      for (const d of value.slice(-50)) expect(text.slice(d.span.start, d.span.end), name).toBe(d.raw);
    }
    const afterPadding = `${' '.repeat(MB)}\n        2025620`;
    expect(findDates(afterPadding, { publishedAt: null }).value.map((d) => d.value)).toEqual(['2025-06-20']);
  }, 60_000);
});
