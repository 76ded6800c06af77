/** Ranges: the second half records its first half and borrows what it did not write. */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/dates/index.js';
import { fullWidth, m, mentions, type Seen } from './support.js';

const end = (raw: string, value: string, precision: Seen['precision'], yearInferred = true, rangeStart = 0): Seen =>
  m(raw, value, precision, { yearInferred, rangeStart });
const day = (raw: string, value: string): Seen => m(raw, value, 'day');

const ROWS: [string, Seen[]][] = [
  ['2024年3月25日至2024年4月1日', [day('2024年3月25日', '2024-03-25'), end('2024年4月1日', '2024-04-01', 'day', false)]],
  ['2024年3月25日—2024年4月1日', [day('2024年3月25日', '2024-03-25'), end('2024年4月1日', '2024-04-01', 'day', false)]],
  ['2024年3月25日-2024年4月1日', [day('2024年3月25日', '2024-03-25'), end('2024年4月1日', '2024-04-01', 'day', false)]],
  ['2024-03-25-2024-04-01', [day('2024-03-25', '2024-03-25'), end('2024-04-01', '2024-04-01', 'day', false)]],
  ['2024-03-25~2024-04-01', [day('2024-03-25', '2024-03-25'), end('2024-04-01', '2024-04-01', 'day', false)]],
  ['2024年3月25日到2025年1月2日', [day('2024年3月25日', '2024-03-25'), end('2025年1月2日', '2025-01-02', 'day', false)]],
  ['自2024年3月1日起至2024年5月1日止', [day('2024年3月1日', '2024-03-01'), end('2024年5月1日', '2024-05-01', 'day', false)]],
  ['2024年3月25日至5月20日', [day('2024年3月25日', '2024-03-25'), end('5月20日', '2024-05-20', 'day')]],
  ['2024年3月20日—4月2日', [day('2024年3月20日', '2024-03-20'), end('4月2日', '2024-04-02', 'day')]],
  ['2024年3月25日至28日', [day('2024年3月25日', '2024-03-25'), end('28日', '2024-03-28', 'day')]],
  ['2024年工作安排:6月20日至26日', [
    m('2024年', '2024', 'year'), m('6月20日', '2024-06-20', 'day', { yearInferred: true }), end('26日', '2024-06-26', 'day', true, 1),
  ]],
  ['2024年3月至5月', [m('2024年3月', '2024-03', 'month'), end('5月', '2024-05', 'month')]],
  ['2024年1月至6月', [m('2024年1月', '2024-01', 'month'), end('6月', '2024-06', 'month')]],
  ['2024年1-6月', [m('2024年1', '2024-01', 'month'), end('6月', '2024-06', 'month')]],
  ['2024年1至6月', [m('2024年1', '2024-01', 'month'), end('6月', '2024-06', 'month')]],
  ['2024年3月1-5日', [day('2024年3月1', '2024-03-01'), end('5日', '2024-03-05', 'day')]],
  ['2024.03-2024.06', [m('2024.03', '2024-03', 'month'), end('2024.06', '2024-06', 'month', false)]],
  ['2024325日至520日', [m('2024325日', '2024-03-25', 'day', { repaired: true }), m('520日', '2024-05-20', 'day', { repaired: true, yearInferred: true, rangeStart: 0 })]],
  ['二〇二四年三月一日至三月五日', [day('二〇二四年三月一日', '2024-03-01'), end('三月五日', '2024-03-05', 'day')]],
  ['二〇二四年三月一日至五日', [day('二〇二四年三月一日', '2024-03-01'), end('五日', '2024-03-05', 'day')]],
  ['二〇二四年一月至六月', [m('二〇二四年一月', '2024-01', 'month'), end('六月', '2024-06', 'month')]],
];

const BOTH = ROWS.flatMap(([text, expected]): [string, Seen[]][] => {
  const wide = fullWidth(text);
  return wide === text ? [[text, expected]] : [[text, expected], [wide, expected.map((e) => ({ ...e, raw: fullWidth(e.raw) }))]];
});

describe('ranges, half- and full-width', () => {
  it.each(BOTH)('%s', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });

  it('drops a lone day that ends no range and follows no month', () => {
    expect(findDates('每月25日前报送', { publishedAt: null }).value).toEqual([]);
    expect(findDates('25日结束', { publishedAt: '2025-07-01' }).value).toEqual([]);
  });

  it('a lone day never borrows across a sentence end', () => {
    expect(mentions('于2024年3月召开。25日结束').map((d) => d.raw)).toEqual(['2024年3月']);
    expect(mentions('于2024年3月召开\n25日结束').map((d) => d.raw)).toEqual(['2024年3月']);
  });

  it('marks the borrowed year as inferred only when the end wrote none', () => {
    const [, short] = findDates('2024年3月25日至4月2日', { publishedAt: null }).value;
    const [, full] = findDates('2024年3月25日至2024年4月2日', { publishedAt: null }).value;
    expect(short?.yearInferred).toBe(true);
    expect(full?.yearInferred).toBe(false);
  });

  it('a range written backwards warns', () => {
    const { diagnostics } = findDates('2024年3月25日至3月2日', { publishedAt: null });
    expect(diagnostics.map((g) => g.code)).toContain('date/range-reversed');
  });
});
