import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/dates/index.js';
import type { DateMention } from '../../src/schema/index.js';

const NO_CONTEXT = { publishedAt: null };
const PUBLISHED = { publishedAt: '2025-07-01' };

/** The single mention in `text` that is not year precision, or the only mention. */
function only(text: string, publishedAt: string | null = null): DateMention {
  const dates = findDates(text, { publishedAt }).value;
  const fine = dates.filter((d) => d.precision !== 'year');
  const pick = fine.length > 0 ? fine : dates;
  expect(pick, `${text} → ${JSON.stringify(dates)}`).toHaveLength(1);
  return pick[0] as DateMention;
}

describe('forms', () => {
  // [text, raw, value, precision, repaired]
  it.each([
    ['于2024年3月25日召开', '2024年3月25日', '2024-03-25', 'day', false],
    ['于２０２４年３月２５日召开', '２０２４年３月２５日', '2024-03-25', 'day', false],
    ['2024年 3 月 5 号', '2024年 3 月 5 号', '2024-03-05', 'day', false],
    ['2024年3月', '2024年3月', '2024-03', 'month', false],
    ['2024年12月份', '2024年12月份', '2024-12', 'month', false],
    ['2024年', '2024年', '2024', 'year', false],
    ['2024年度报告', '2024年度', '2024', 'year', false],
    ['2024年3月25日 9:30开会', '2024年3月25日 9:30', '2024-03-25T09:30:00+08:00', 'minute', false],
    ['2025-07-01 16:43', '2025-07-01 16:43', '2025-07-01T16:43:00+08:00', 'minute', false],
    ['2025-07-01 16:43:05', '2025-07-01 16:43:05', '2025-07-01T16:43:05+08:00', 'second', false],
    ['2025-07-01T08:05', '2025-07-01T08:05', '2025-07-01T08:05:00+08:00', 'minute', false],
    ['２０２５－０７－０１　１６：４３', '２０２５－０７－０１　１６：４３', '2025-07-01T16:43:00+08:00', 'minute', false],
    ['日期2024-03-25。', '2024-03-25', '2024-03-25', 'day', false],
    ['2024/3/25', '2024/3/25', '2024-03-25', 'day', false],
    ['截至2024.3.25.', '2024.3.25', '2024-03-25', 'day', false],
    ['2024325日', '2024325日', '2024-03-25', 'day', true],
    ['20240325日', '20240325日', '2024-03-25', 'day', true],
    ['2024035日', '2024035日', '2024-03-05', 'day', true],
    ['2024229日', '2024229日', '2024-02-29', 'day', true],
    ['20251月', '20251月', '2025-01', 'month', true],
    ['202512月', '202512月', '2025-12', 'month', true],
    ['二〇二五年六月二十日', '二〇二五年六月二十日', '2025-06-20', 'day', false],
    ['二O二四年度', '二O二四年度', '2024', 'year', false],
    ['二〇二五年十二月', '二〇二五年十二月', '2025-12', 'month', false],
    ['发布日期:20250620', '20250620', '2025-06-20', 'day', false],
    ['发布时间：2025620', '2025620', '2025-06-20', 'day', true],
    ['某某单位\n   2025620\n', '2025620', '2025-06-20', 'day', true],
  ] as const)('%s', (text, raw, value, precision, repaired) => {
    const d = only(text);
    expect({ raw: d.raw, value: d.value, precision: d.precision, repaired: d.repaired }).toEqual({ raw, value, precision, repaired });
    expect(text.slice(d.span.start, d.span.end)).toBe(d.raw);
  });

  it.each([
    ['3月25日', '2025-03-25', 'day'],
    ['12月份', '2024-12', 'month'],
    ['于520日召开', '2025-05-20', 'day'],
    ['十二月三十一日', '2024-12-31', 'day'],
  ] as const)('%s takes its year from the window (published 2025-07-01)', (text, value, precision) => {
    const d = only(text, PUBLISHED.publishedAt);
    expect([d.value, d.precision, d.yearInferred]).toEqual([value, precision, true]);
    expect(d.confidence).toBeLessThan(1);
  });
});

describe('ranges', () => {
  it.each([
    ['2024年3月25日至28日', ['2024-03-25', '2024-03-28']],
    ['2024年3月20日—4月2日', ['2024-03-20', '2024-04-02']],
    ['2024年3月至5月', ['2024-03', '2024-05']],
    ['2024-03-25~2024-04-01', ['2024-03-25', '2024-04-01']],
    ['2024年3月25日到2025年1月2日', ['2024-03-25', '2025-01-02']],
    ['2024325日至520日', ['2024-03-25', '2024-05-20']],
  ] as const)('%s', (text, values) => {
    const dates = findDates(text, NO_CONTEXT).value;
    expect(dates.map((d) => d.value)).toEqual(values);
    expect(Object.hasOwn(dates[0] ?? {}, 'rangeStart')).toBe(false);
    expect(dates[1]?.rangeStart).toBe(0);
  });

  it('marks the borrowed year as inferred only when the end wrote none', () => {
    const [, short] = findDates('2024年3月25日至4月2日', NO_CONTEXT).value;
    const [, full] = findDates('2024年3月25日至2024年4月2日', NO_CONTEXT).value;
    expect(short?.yearInferred).toBe(true);
    expect(full?.yearInferred).toBe(false);
  });

  it('drops a lone day that ends no range', () => {
    expect(findDates('每月25日前报送', NO_CONTEXT).value).toEqual([]);
  });
});

describe('negatives: no day or month mention', () => {
  it.each([
    '联系电话0475-8628580',
    '联系电话０４７５－８６２８５８０',
    '通辽开发党发〔2024〕12号',
    '投资1.5亿元',
    '完成率98.71%',
    '24小时值班',
    '发放2000余份',
    '共计120日内完成',
    '编号20240325的文件',
    '电子信箱:273522813@qq.com',
    '2024年第16次集体学习',
    '巡林20,镇街级林长巡林150余次',
    '版本1.2.3',
    '13月',
  ])('%s', (text) => {
    const dates = findDates(text, PUBLISHED).value;
    expect(dates.filter((d) => d.precision !== 'year')).toEqual([]);
  });
});

describe('doubts become diagnostics', () => {
  it('an ambiguous damaged date lists the other reading and warns', () => {
    const { value, diagnostics } = findDates('2024126日', NO_CONTEXT);
    const [d] = value;
    expect(d?.ambiguous).toBe(true);
    expect(d?.alternatives).toHaveLength(1);
    expect([d?.value, ...(d?.alternatives ?? [])].sort()).toEqual(['2024-01-26', '2024-12-06']);
    expect(diagnostics.some((g) => g.code === 'date/ambiguous' && g.severity === 'warning')).toBe(true);
  });

  it('a calendar-invalid reading is never an alternative', () => {
    const [d] = findDates('2024325日', NO_CONTEXT).value;
    expect([d?.ambiguous, d?.alternatives]).toEqual([false, []]);
  });

  it('an explicit impossible date is reported and dropped', () => {
    const { value, diagnostics } = findDates('2023年2月29日', NO_CONTEXT);
    expect(value).toEqual([]);
    expect(diagnostics.map((g) => g.code)).toEqual(['date/invalid']);
  });

  it('a month-day with no year anywhere is reported and dropped', () => {
    const { value, diagnostics } = findDates('3月25日', NO_CONTEXT);
    expect(value).toEqual([]);
    expect(diagnostics.map((g) => g.code)).toEqual(['date/year-unknown']);
  });

  it('a month-day takes the year that fits the window, and says so', () => {
    const { value, diagnostics } = findDates('2025年1月1日通报。并于12月31日召开会议', { publishedAt: '2025-07-01' });
    expect(value.map((d) => d.value)).toEqual(['2025-01-01', '2024-12-31']);
    expect(diagnostics.map((g) => g.code)).toEqual(['date/year-inferred']);
  });

  it('a rectification report bounds later dates by the feedback date; misfits warn', () => {
    const text = '巡察组于2025年3月1日反馈了意见。整改中,并于2月1日召开会议';
    const { value, diagnostics } = findDates(text, { publishedAt: '2025-03-10' });
    expect(value.map((d) => d.value)).toEqual(['2025-03-01', '2025-02-01']);
    expect(value[1]?.confidence).toBeLessThan(0.6);
    expect(diagnostics.map((g) => g.code)).toEqual(['date/year-inferred', 'date/out-of-window']);
  });
});
