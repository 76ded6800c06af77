import { describe, expect, it } from 'vitest';
import { foldedSlice, foldedText, foldHant, foldWidth } from '../../src/text/index.js';

describe('foldWidth', () => {
  it('folds full-width ASCII and the ideographic space, keeping length', () => {
    const input = '（一）１．２０２４：ＡＢ　x';
    const folded = foldWidth(input);
    expect(folded).toBe('(一)1.2024:AB x');
    expect(folded.length).toBe(input.length);
  });
  it('leaves Chinese punctuation that has no half-width twin alone', () => {
    expect(foldWidth('一、二。')).toBe('一、二。');
  });
});

describe('foldHant', () => {
  it('folds the Traditional characters of its table to Simplified, keeping length and everything else', () => {
    const input = '發佈時間：2024年 來源：縣政府辦公室 瀏覽次數：12 𠀋';
    const folded = foldHant(input);
    expect(folded).toBe('发布时间：2024年 来源：县政府办公室 浏览次数：12 𠀋');
    expect(folded.length).toBe(input.length);
  });
  it('returns text with nothing to fold as it is', () => {
    const input = '关于开展检查的通知（繁體以外）'.replace('繁體以外', '简体');
    expect(foldHant(input)).toBe(input);
    expect(foldHant('')).toBe('');
  });
});

describe('foldedText and foldedSlice', () => {
  it('give what folding the text, or the slice, gives', () => {
    const text = '２０２４年３月２５日　第１条：ＡＢＣ（一）通知';
    for (let start = 0; start < text.length; start += 3) {
      for (let end = start; end <= text.length; end += 4) expect(foldedSlice(text, start, end)).toBe(foldWidth(text.slice(start, end)));
    }
    expect(foldedText(text)).toBe(foldWidth(text));
  });

  it('never answer for one text with the fold of another, however alike', () => {
    const texts = ['第１条（一）', '第２条（一）', '第１条（一）', `第１条${'（'}一）`, ''];
    for (const text of texts) expect(foldedText(text)).toBe(foldWidth(text));
  });
});
