import { SEED_PATH } from '../helpers.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/dates/index.js';
import { DateMentionSchema, type DateMention } from '../../src/schema/index.js';

const SEED = SEED_PATH;
const text = readFileSync(SEED, 'utf8');
const PUBLISHED = '2025-07-01T16:43:00+08:00';

type Expected = Pick<DateMention, 'raw' | 'value' | 'precision' | 'repaired' | 'yearInferred' | 'ambiguous' | 'alternatives'> & {
  rangeStart?: number;
};

const chrome: Expected = {
  raw: '2025-07-01 16:43', value: '2025-07-01T16:43:00+08:00', precision: 'minute',
  repaired: false, yearInferred: false, ambiguous: false, alternatives: [],
};
/** A repaired, unambiguous, written-year damaged date. */
const fixed = (raw: string, value: string, precision: 'day' | 'month' = 'day'): Expected => ({
  raw, value, precision, repaired: true, yearInferred: false, ambiguous: false, alternatives: [],
});
/** An intact year mention such as 2024年 / 2024年度. */
const year = (raw: string): Expected => ({
  raw, value: raw.slice(0, 4), precision: 'year', repaired: false, yearInferred: false, ambiguous: false, alternatives: [],
});

/** The full expected sequence: the twelve day/minute/month mentions plus the year mentions between them. */
const EXPECTED: Expected[] = [
  chrome,
  chrome,
  fixed('2024325日', '2024-03-25'),
  { ...fixed('520日', '2024-05-20'), yearInferred: true, rangeStart: 2 },
  fixed('202494日', '2024-09-04'),
  { ...fixed('222日', '2025-02-22'), yearInferred: true },
  year('2024年度'), // 2024年度民主生活会
  year('2024年'), // 2024年第16次集体学习: the year only, never a day
  { ...fixed('2024126日', '2024-12-06'), ambiguous: true, alternatives: ['2024-01-26'] },
  year('2024年'), // 2024年开发区林长制业务综合培训
  year('2024年'), // 2024年召开总林长会议
  year('2023年'), // 2023年林长制工作
  fixed('20241216日', '2024-12-16'),
  year('2024年'), // 2024年第24次党工委会议
  year('2024年'), // 2024年已下发
  fixed('202535日', '2025-03-05'),
  year('2023年'), // 2023年国家森林督查
  year('2024年'), // 2024年向欧投行
  fixed('20251月', '2025-01', 'month'),
  fixed('20248月', '2024-08', 'month'),
  year('2024年'), // 2024年组织镇街
  fixed('2025620', '2025-06-20'),
];

describe('findDates on the seed notice', () => {
  const { value: dates, diagnostics } = findDates(text, { publishedAt: PUBLISHED });

  it('finds exactly the expected sequence', () => {
    expect(dates.map((d) => d.raw)).toEqual(EXPECTED.map((e) => e.raw));
    dates.forEach((d, i) => {
      const { rangeStart, ...expected } = EXPECTED[i] ?? chrome;
      const { raw, value, precision, repaired, yearInferred, ambiguous, alternatives } = d;
      expect({ raw, value, precision, repaired, yearInferred, ambiguous, alternatives }, `mention ${i}`).toEqual(expected);
      // exactOptionalPropertyTypes: a mention that ends no range has no rangeStart key at all.
      if (rangeStart === undefined) expect(Object.hasOwn(d, 'rangeStart'), `mention ${i} rangeStart`).toBe(false);
      else expect(d.rangeStart, `mention ${i} rangeStart`).toBe(rangeStart);
    });
  });

  it('gives exactly the twelve day/minute/month dates', () => {
    const fine = dates.filter((d) => d.precision !== 'year').map((d) => `${d.raw}=${d.value}`);
    expect(fine).toEqual([
      '2025-07-01 16:43=2025-07-01T16:43:00+08:00',
      '2025-07-01 16:43=2025-07-01T16:43:00+08:00',
      '2024325日=2024-03-25',
      '520日=2024-05-20',
      '202494日=2024-09-04',
      '222日=2025-02-22',
      '2024126日=2024-12-06',
      '20241216日=2024-12-16',
      '202535日=2025-03-05',
      '20251月=2025-01',
      '20248月=2024-08',
      '2025620=2025-06-20',
    ]);
  });

  it('reports spans that slice back to raw, in order, and satisfy the schema', () => {
    let last = -1;
    for (const d of dates) {
      expect(text.slice(d.span.start, d.span.end)).toBe(d.raw);
      expect(d.span.start).toBeGreaterThan(last);
      last = d.span.start;
      expect(() => DateMentionSchema.parse(d)).not.toThrow();
    }
  });

  it('keeps non-dates out', () => {
    // Each of these surrounds a number that must not become a day or month date.
    const NON_DATES = ['0475-8628580', '24小时', '2000余份', '巡林20,', '150余次', '1000余份', '48人', '273522813@qq.com', '第16次', '第24次'];
    for (const bad of NON_DATES) {
      const at = text.indexOf(bad);
      expect(at, bad).toBeGreaterThanOrEqual(0);
      const hit = dates.find((d) => d.precision !== 'year' && d.span.start < at + bad.length && d.span.end > at);
      expect(hit, bad).toBeUndefined();
    }
  });

  it('grades confidence: intact > repaired > inferred or ambiguous', () => {
    const by = (raw: string): number => dates.find((d) => d.raw === raw)?.confidence ?? Number.NaN;
    expect(by('2025-07-01 16:43')).toBeGreaterThanOrEqual(0.95);
    expect(by('2024325日')).toBeLessThan(by('2025-07-01 16:43'));
    expect(by('222日')).toBeLessThan(by('2024325日'));
    expect(by('2024126日')).toBeLessThan(by('2024325日'));
  });

  it('turns every repair, inference and ambiguity into a diagnostic with the mention span', () => {
    for (const d of dates.filter((m) => m.repaired || m.yearInferred || m.ambiguous)) {
      const mine = diagnostics.filter((g) => g.span?.start === d.span.start && g.span.end === d.span.end);
      if (d.repaired) expect(mine.some((g) => g.code === 'date/repaired' && g.severity === 'info' && g.message.includes(d.raw))).toBe(true);
      if (d.yearInferred) expect(mine.some((g) => g.code === 'date/year-inferred')).toBe(true);
      if (d.ambiguous) expect(mine.some((g) => g.code === 'date/ambiguous' && g.severity === 'warning')).toBe(true);
    }
    const ambiguous = diagnostics.find((g) => g.code === 'date/ambiguous');
    expect(ambiguous?.message).toContain('2024126日');
    expect(ambiguous?.message).toContain('2024-12-06');
    expect(ambiguous?.message).toContain('2024-01-26');
  });

  it('decides 222日 and 2024126日 by the window [feedback date, publication], not by proximity alone', () => {
    const window = '[2024-09-04, 2025-07-01]';
    const about = (raw: string, code: string) =>
      diagnostics.find((g) => g.code === code && g.span !== null && text.slice(g.span.start, g.span.end) === raw);
    expect(about('222日', 'date/year-inferred')?.message).toContain(window);
    expect(about('2024126日', 'date/ambiguous')?.message).toContain(`2024-01-26 falls outside the document window ${window}`);
    expect(diagnostics.filter((g) => g.code === 'date/out-of-window')).toEqual([]);
  });

  it('gives the same dates when publishedAt is unknown (upper bound from the latest explicit date)', () => {
    const alone = findDates(text, { publishedAt: null }).value;
    expect(alone.map((d) => [d.raw, d.value, d.ambiguous])).toEqual(dates.map((d) => [d.raw, d.value, d.ambiguous]));
  });

  it('gives the same dates whatever encoding is named: the seed is Simplified, no ROC years', () => {
    for (const encoding of ['utf-8', 'gb18030']) {
      const again = findDates(text, { publishedAt: PUBLISHED, encoding }).value;
      expect(again).toEqual(dates);
    }
    expect(diagnostics.filter((g) => g.code === 'date/roc-year')).toEqual([]);
  });
});
