import { describe, expect, it } from 'vitest';
import { parseChineseNumber, parsePositional } from '../../src/text/index.js';

describe('parseChineseNumber', () => {
  it.each([
    ['一', 1], ['十', 10], ['十一', 11], ['二十', 20], ['二十三', 23],
    ['一百零五', 105], ['三十一', 31], ['两千', 2000], ['一万二千', 12000],
  ])('%s → %i', (chars, value) => {
    expect(parseChineseNumber(chars)).toBe(value);
  });

  it('reads digit strings without units positionally', () => {
    expect(parseChineseNumber('二〇二四')).toBe(2024);
  });

  it('rejects non-numerals', () => {
    expect(parseChineseNumber('二是')).toBeNull();
    expect(parseChineseNumber('')).toBeNull();
  });
});

describe('parsePositional', () => {
  it.each([['二〇二四', 2024], ['二零二五', 2025], ['二○二三', 2023], ['二O二二', 2022]])('%s → %i', (chars, value) => {
    expect(parsePositional(chars)).toBe(value);
  });
  it('rejects unit characters', () => expect(parsePositional('二十')).toBeNull());
});
