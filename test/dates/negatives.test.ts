/**
 * Numbers that are not dates: none may yield a day or month mention, whether
 * alone, full-width, or right after a month mention (where a lone 25日 would
 * otherwise become a date).
 */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/dates/index.js';
import { fine, fullWidth, mentions } from './support.js';

const NON_DATES = [
  '联系电话0475-8628580',
  '服务热线12345',
  '通辽开发党发〔2024〕12号',
  '国发〔2019〕5号',
  '发放2000余份',
  '投资1.5亿元',
  '完成率98.71%',
  '24小时值班',
  '巡林150余次',
  '巡林20,镇街级林长',
  '软件v2.0.1',
  '升级到3.10.2版',
  '2.0版',
  '身份证号150402198001011234',
  '邮编028000',
  '电子信箱:273522813@qq.com',
  '2024年第16次集体学习',
  '2024年度民主生活会',
  '共计120日内完成',
  '编号20240325的文件',
  '版本1.2.3',
  '资金2024.50万元',
  '资金2024.03万元',
  '房号2024-03',
  '比例2024/03',
  '25日内完成',
  '第25日',
  '每月25日前报送',
  '次月25日前报送',
  '共25日',
  '持续25日',
  '提前5日报送',
  '13月',
];
/** A month mention that a lone day could borrow from. */
const ANCHOR = '2024年3月召开,';

describe('negatives: no day or month mention', () => {
  it.each(NON_DATES.flatMap((t) => [t, fullWidth(t)]))('%s', (text) => {
    expect(fine(text)).toEqual([]);
    expect(fine(text, { publishedAt: null })).toEqual([]);
  });

  it.each(NON_DATES)('after a month mention: %s', (text) => {
    expect(fine(ANCHOR + text).map((d) => d.raw)).toEqual(['2024年3月']);
  });

  it('year-only mentions stay years', () => {
    expect(mentions('2024年第16次集体学习')).toEqual([expect.objectContaining({ raw: '2024年', precision: 'year', value: '2024' })]);
    expect(mentions('2024年度民主生活会')).toEqual([expect.objectContaining({ raw: '2024年度', precision: 'year', value: '2024' })]);
  });

  it('in Simplified text 113年 is not a year, even with 3月25日 after it', () => {
    const { value, diagnostics } = findDates('于113年3月25日召开', { publishedAt: '2025-07-01' });
    expect(value.map((d) => [d.raw, d.value])).toEqual([['3月25日', '2025-03-25']]);
    expect(diagnostics.map((g) => g.code)).not.toContain('date/roc-year');
    expect(fine('共计113年3月', { publishedAt: null, encoding: 'utf-8' })).toEqual([]);
  });

  it('a Simplified page with a few Traditional characters is still Simplified', () => {
    const text = '关于国家机关发布会议通知的说明,國:113年3月25日';
    expect(fine(text, { publishedAt: null }).map((d) => d.raw)).not.toContain('113年3月25日');
  });
});
