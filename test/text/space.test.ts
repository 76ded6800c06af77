import { describe, expect, it } from 'vitest';
import { isRegexSpace } from '../../src/text/index.js';

describe('isRegexSpace', () => {
  it('agrees with \\s on every UTF-16 code unit', () => {
    const disagree: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (isRegexSpace(code) !== /\s/.test(String.fromCharCode(code))) disagree.push(code.toString(16));
    }
    expect(disagree).toEqual([]);
  });
});
