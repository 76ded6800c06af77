import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nfkc, readMetaDate, scanMetaDate } from '../../src/extract/meta-date.js';

describe('readMetaDate', () => {
  it.each([
    ['2025-07-01 16:43', '2025-07-01T16:43:00+08:00'],
    ['2025-07-01 16:43:05', '2025-07-01T16:43:05+08:00'],
    ['2024/3/25', '2024-03-25'],
    ['2024.03.25', '2024-03-25'],
    ['2024年3月25日', '2024-03-25'],
    ['2024年3月25日 16时43分', '2024-03-25T16:43:00+08:00'],
    ['２０２４－０３－２５', '2024-03-25'],
    ['113年3月25日', '2024-03-25'],
    ['民國113年3月25日', '2024-03-25'],
    ['2007-08-20-23:59:59', '2007-08-20T23:59:59+08:00'],
  ])('%s → %s', (raw, iso) => expect(readMetaDate(raw)).toBe(iso));

  it.each(['2024-02-30', '2024-13-01', 'yesterday', '', '0099-01-01', '0201-05-05'])('rejects %j', (raw) => expect(readMetaDate(raw)).toBeNull());
});

describe('nfkc', () => {
  it('equals String.prototype.normalize("NFKC") on dates, full-width forms, compatibility ideographs and spaces', () => {
    // What metadata dates hold, and the neighbours of the ranges nfkc skips.
    const units = [...'0123456789-/.: T年月日时分秒民国國', '\u3000', '\uff10', '\uff1a', '\u2460', '\u4dff', '\u4e00', '\u9fff', '\ua000', '\uf900', '\u00a0', '\u212b', 'e\u0301'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...units), { maxLength: 30 }), (parts) => {
        const raw = parts.join('');
        expect(nfkc(raw)).toBe(raw.normalize('NFKC'));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('scanMetaDate', () => {
  /** The pattern the scanner replaced: the oracle it must agree with. */
  const PATTERN = /^(?:民[国國]\s{0,2})?(\d{3,4})\s{0,2}[-/.年]\s{0,2}(\d{1,2})\s{0,2}[-/.月]\s{0,2}(\d{1,2})\s{0,2}日?(?:[\sT-]{0,5}(\d{1,2})\s{0,2}[:：时]\s{0,2}(\d{1,2})(?:\s{0,2}[:：分]\s{0,2}(\d{1,2}))?)?/;
  const viaPattern = (text: string) => {
    const m = PATTERN.exec(text);
    return m ? [m[1], m[2], m[3], m[4], m[5], m[6]] : null;
  };

  it('finds the same groups as the pattern on random strings of date characters', () => {
    // Digits weigh more, so that most strings get far into the pattern; the spaces are \s's edge cases.
    const units = [...'0123456789012345678901234567890123456789', ...'-/.:T年月日时分秒民国國x', ' ', ' ', '  ', '\t', '\n', '\u00a0', '\u3000', '\u2028', '\ufeff', '\u180e', '\u200b', '：'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...units), { maxLength: 28 }), (parts) => {
        const text = parts.join('');
        expect(scanMetaDate(text)).toEqual(viaPattern(text));
      }),
      { numRuns: 30000 },
    );
  });

  it('finds the same groups as the pattern on date-shaped strings that step over each bound', () => {
    // Mostly what the pattern wants, now and then one part too long, too short or wrong:
    // about a fifth of these match, a third of those with a time, and the rest fail near a boundary.
    const mostly = <T,>(usual: fc.Arbitrary<T>, odd: fc.Arbitrary<T>) => fc.oneof({ arbitrary: usual, weight: 12 }, { arbitrary: odd, weight: 1 });
    const joined = (chars: fc.Arbitrary<string>, minLength: number, maxLength: number) => fc.array(chars, { minLength, maxLength }).map((a) => a.join(''));
    const space = fc.constantFrom(' ', ' ', '\t', '\u3000', '\u00a0', '\u2028', '\ufeff', '\u180e', '\n');
    const spaces = mostly(joined(space, 0, 2), joined(space, 3, 4));
    const digits = (min: number, max: number) => mostly(joined(fc.constantFrom(...'0123456789'), min, max), joined(fc.constantFrom(...'0123456789'), 0, max + 2));
    const mark = (usual: string[], odd: string[]) => mostly(fc.constantFrom(...usual), fc.constantFrom(...odd));
    const lead = mostly(joined(fc.constantFrom(' ', 'T', '-', '\u3000'), 0, 5), joined(fc.constantFrom(' ', 'T', '-', 'x', '\n'), 5, 7));
    const dateShaped = fc
      .tuple(
        mostly(fc.constantFrom('', '民国', '民國'), fc.constantFrom('民', '国', 'x')), spaces, digits(3, 4), spaces, mark(['-', '/', '.', '年'], ['月', ':', 'x', '']), spaces,
        digits(1, 2), spaces, mark(['-', '/', '.', '月'], ['年', '日', '']), spaces, digits(1, 2), spaces, fc.constantFrom('', '日', '号'),
        lead, digits(1, 2), spaces, mark([':', '：', '时'], ['分', '-', '']), spaces, digits(1, 2), spaces, mark([':', '：', '分'], ['秒', '时', '']), spaces, digits(1, 2),
        fc.constantFrom('', '秒', 'x', '5'),
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(dateShaped, (text) => {
        expect(scanMetaDate(text)).toEqual(viaPattern(text));
      }),
      { numRuns: 30000 },
    );
  });

  it.each([
    '2024-03-25',
    '民国 2024年03月25日',
    '民國   113年3月25日',
    '12345-01-01',
    '2024 - 3 - 25',
    '2024-   3-25',
    '2024-03-251',
    '2024-03-25日  T- 10:20',
    '2024-03-25      10:20',
    '2024-03-25 123:45',
    '2024-03-25 12:345',
    '2024-03-25 12：34 分 56',
    '2024-03-25 12时34分',
    '2024-03-25 12:34:   56',
  ])('agrees with the pattern on %j', (text) => expect(scanMetaDate(text)).toEqual(viaPattern(text)));
});
