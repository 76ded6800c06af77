/**
 * Chinese numerals, as tables. Two readings exist and documents use both:
 * positional digits for years (二〇二四 = 2024) and unit-based counting for
 * everything else (二十三 = 23, 一百零五 = 105).
 */

/** Every character that stands for a digit 0–9 in Chinese text. */
export const CN_DIGITS: Readonly<Record<string, number>> = {
  '〇': 0, '○': 0, '零': 0, 'Ｏ': 0, 'O': 0,
  一: 1, 壹: 1,
  二: 2, 两: 2, 貳: 2, 贰: 2,
  三: 3, 叁: 3, 參: 3,
  四: 4, 肆: 4,
  五: 5, 伍: 5,
  六: 6, 陆: 6, 陸: 6,
  七: 7, 柒: 7,
  八: 8, 捌: 8,
  九: 9, 玖: 9,
};

export const CN_UNITS: Readonly<Record<string, number>> = {
  十: 10, 拾: 10,
  百: 100, 佰: 100,
  千: 1000, 仟: 1000,
  万: 10_000, 萬: 10_000,
};

/** A character class (for RegExp source) of every numeral character above. */
export const CN_NUMERAL_CLASS = `[${Object.keys(CN_DIGITS).join('')}${Object.keys(CN_UNITS).join('')}]`;

/** Positional reading, digit by digit: 二〇二四 → 2024. Null if any char is not a digit. */
export function parsePositional(chars: string): number | null {
  if (chars.length === 0) return null;
  let value = 0;
  for (const ch of chars) {
    const digit = CN_DIGITS[ch];
    if (digit === undefined) return null;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * Unit-based reading: 十一 → 11, 二十三 → 23, 一百零五 → 105, 三十 → 30.
 * Falls back to positional for strings without units (五 → 5). Null if not a numeral.
 */
export function parseChineseNumber(chars: string): number | null {
  if (chars.length === 0) return null;
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let sawUnit = false;
  for (const ch of chars) {
    const d = CN_DIGITS[ch];
    if (d !== undefined) {
      if (digit !== null && digit !== 0 && !sawUnit) return parsePositional(chars);
      digit = d;
      continue;
    }
    const unit = CN_UNITS[ch];
    if (unit === undefined) return null;
    sawUnit = true;
    if (unit === 10_000) {
      total += (section + (digit ?? 0)) * unit;
      section = 0;
    } else {
      // 十 alone at the start means 一十.
      section += (digit ?? 1) * unit;
    }
    digit = null;
  }
  return total + section + (digit ?? 0);
}
