/** The sentence in which an inspection team gives its feedback, shared by the dates and inspection stages. */
import { describe, expect, it } from 'vitest';
import { feedbackClauses } from '../../src/text/index.js';

const clauses = (text: string, from?: number, to?: number) => [...feedbackClauses(text, from, to)].map((s) => text.slice(s.start, s.end));

describe('feedbackClauses', () => {
  it('gives each sentence where a team then 反馈 appear, up to 反馈', () => {
    const text = '根据部署，2024年3月至5月，市委第一巡察组对本局开展了巡察。2024年6月25日，巡察组向本局反馈了意见！其后又于7月1日反馈一次。';
    expect(clauses(text)).toEqual(['2024年6月25日，巡察组向本局']);
  });

  it('needs the team before 反馈 in the same sentence', () => {
    expect(clauses('6月25日反馈了意见，巡视组已离开。')).toEqual([]);
    expect(clauses('巡视组进驻。6月25日反馈。')).toEqual([]);
  });

  it('ends sentences at 。！？!?；; and line breaks, and reads only text[from, to)', () => {
    expect(clauses('巡视组来了？2024年6月25日巡视组反馈意见\n巡察组于7月反馈')).toEqual(['2024年6月25日巡视组', '巡察组于7月']);
    const text = '前言。巡视组于6月25日反馈意见。';
    expect(clauses(text, 3)).toEqual(['巡视组于6月25日']);
    expect(clauses(text, 0, 3)).toEqual([]);
  });
});
