import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countIn, firstIndexIn, joined, lengthOf } from '../../src/text/index.js';

/** `text` cut at the given offsets (sorted, within it). */
const cut = (text: string, at: number[]) => [0, ...at, text.length].slice(1).map((end, i, ends) => text.slice(i === 0 ? 0 : ends[i - 1], end));

describe('text in pieces', () => {
  it('answers what the joined text answers, wherever it is cut', () => {
    const text = fc.string({ unit: fc.constantFrom('a', '\ufffd', '\u0000', '字', '\n'), maxLength: 60 });
    fc.assert(
      fc.property(text, fc.array(fc.nat(60)), (whole, offsets) => {
        const pieces = cut(whole, [...new Set(offsets.map((o) => o % (whole.length + 1)))].sort((a, b) => a - b));
        expect(joined(pieces)).toBe(whole);
        expect(lengthOf(pieces)).toBe(whole.length);
        expect(countIn(pieces, '\ufffd')).toBe(whole.split('\ufffd').length - 1);
        expect(firstIndexIn(pieces, '\u0000')).toBe(whole.indexOf('\u0000'));
      }),
    );
  });
});
