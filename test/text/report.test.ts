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

  it('finds what cutting the text into sentences first finds, over many texts', () => {
    // The way it was done before: every sentence, then a team and 反馈 in it.
    const bySentences = (text: string, from: number, to: number) => {
      const part = text.slice(from, to);
      return [...part.matchAll(/[^。！？!?；;\n]+/g)].flatMap((sentence) => {
        const team = /巡[视察]组/.exec(sentence[0]);
        const said = team === null ? -1 : sentence[0].indexOf('反馈', team.index);
        return said >= 0 ? [{ start: from + sentence.index, end: from + sentence.index + said }] : [];
      });
    };
    const pieces = ['巡视组', '巡察组', '巡视', '组', '反馈', '反', '馈', '。', '；', '\n', '!', '6月25日', '，', '意见'];
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let n = 0; n < 3000; n++) {
      const text = Array.from({ length: next() % 12 }, () => pieces[next() % pieces.length]).join('');
      const from = next() % (text.length + 1);
      const to = from + (next() % (text.length - from + 1));
      expect([...feedbackClauses(text, from, to)], JSON.stringify({ text, from, to })).toEqual(bySentences(text, from, to));
    }
  });
});
