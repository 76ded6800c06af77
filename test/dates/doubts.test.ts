/** Every doubt becomes a diagnostic; ambiguous readings are chosen by window, then proximity. */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/dates/index.js';

const NO_CONTEXT = { publishedAt: null };

describe('doubts become diagnostics', () => {
  it('an ambiguous damaged date lists the other reading and warns', () => {
    const { value, diagnostics } = findDates('2024126日', NO_CONTEXT);
    const [d] = value;
    expect([d?.value, d?.ambiguous, d?.alternatives]).toEqual(['2024-01-26', true, ['2024-12-06']]);
    expect(diagnostics.some((g) => g.code === 'date/ambiguous' && g.severity === 'warning')).toBe(true);
  });

  it('2024126日 reads 2024-12-06 next to an earlier December date (proximity)', () => {
    // publishedAt widens the window: without it the latest explicit date (12-01) is its upper bound.
    const [, d] = findDates('2024年12月1日部署,2024126日召开', { publishedAt: '2025-07-01' }).value;
    expect([d?.value, d?.alternatives, d?.ambiguous]).toEqual(['2024-12-06', ['2024-01-26'], true]);
  });

  it('2024126日 reads 2024-12-06 when the window starts after January (rectification report)', () => {
    const text = '巡察组于2024年9月4日反馈了意见。整改中,2024126日召开会议';
    const { value, diagnostics } = findDates(text, { publishedAt: '2025-07-01' });
    expect(value.map((d) => d.value)).toEqual(['2024-09-04', '2024-12-06']);
    const ambiguous = diagnostics.find((g) => g.code === 'date/ambiguous');
    expect(ambiguous?.message).toContain('2024-01-26 falls outside the document window');
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
    expect(value[1]?.confidence).toBeLessThan(1);
    expect(diagnostics.map((g) => g.code)).toEqual(['date/year-inferred']);
  });

  it('a rectification report bounds later dates by the feedback date; misfits warn', () => {
    const text = '巡察组于2025年3月1日反馈了意见。整改中,并于2月1日召开会议';
    const { value, diagnostics } = findDates(text, { publishedAt: '2025-03-10' });
    expect(value.map((d) => d.value)).toEqual(['2025-03-01', '2025-02-01']);
    expect(value[1]?.confidence).toBeLessThan(0.6);
    expect(diagnostics.map((g) => g.code)).toEqual(['date/year-inferred', 'date/out-of-window']);
  });

  it('a lone day says where its month and year came from, and is less sure than a range end', () => {
    const { value, diagnostics } = findDates('于2024年3月召开,25日结束', NO_CONTEXT);
    const said = diagnostics.find((g) => g.code === 'date/year-inferred');
    expect(said?.message).toContain('"2024年3月"');
    expect(said?.span).toEqual(value[1]?.span);
    const [, end] = findDates('2024年3月20日至25日', NO_CONTEXT).value;
    expect(value[1]?.confidence).toBeLessThan(end?.confidence ?? 0);
  });

  it('a Republic-of-China year is converted and reported as info', () => {
    const { value, diagnostics } = findDates('民國113年3月25日', NO_CONTEXT);
    expect(value[0]?.value).toBe('2024-03-25');
    const roc = diagnostics.filter((g) => g.code === 'date/roc-year');
    expect(roc.map((g) => [g.severity, g.span])).toEqual([['info', value[0]?.span]]);
    expect(roc[0]?.message).toContain('113');
  });

  it('a clock off the dial (24时) leaves the date standing without it', () => {
    const { value } = findDates('2024年3月25日24时', NO_CONTEXT);
    expect(value.map((d) => [d.raw, d.value])).toEqual([['2024年3月25日', '2024-03-25']]);
  });
});

describe('the window of a notice that announces what is to come', () => {
  it('reads a month-day after the signature date in the year the text names, not the year before', () => {
    const text = '关于2024年端午节放假安排的通知\n现将2024年端午节放假安排通知如下：6月10日放假，共3天。值班表请于6月7日前报送。\n某某局办公室\n2024年6月4日';
    const values = findDates(text, { publishedAt: null }).value.filter((d) => d.precision === 'day').map((d) => [d.raw, d.value]);
    expect(values).toEqual([
      ['6月10日', '2024-06-10'],
      ['6月7日', '2024-06-07'],
      ['2024年6月4日', '2024-06-04'],
    ]);
  });
});
