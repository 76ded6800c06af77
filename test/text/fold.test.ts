import { describe, expect, it } from 'vitest';
import { foldWidth } from '../../src/text/index.js';

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
