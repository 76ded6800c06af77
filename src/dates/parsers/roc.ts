/**
 * Republic-of-China years: 民國113年3月25日 is 2024-03-25 (ROC year + 1911).
 * With 民國/民国 (or 中華民國) written, the year is always ROC. Without it,
 * 113年3月25日 is ROC only on a Traditional-Chinese page; in Simplified text
 * "113年" is a count, so the bare form is proposed tagged `rocBare` and the
 * script refiner keeps it only where the page is Traditional.
 */
import { makeReading, plausibleYear, ROC_OFFSET } from '../calendar.js';
import type { Candidate, Parser, Tag } from '../types.js';
import { DAY, MONTH, TIME } from './full.js';
import { num, SP } from './shared.js';
import { proposeDated } from './time.js';

const PREFIXED: Tag[] = ['explicit', 'rocYear'];
const BARE: Tag[] = ['explicit', 'rocYear', 'rocBare'];

function roc(m: RegExpExecArray, text: string, tags: Tag[], baseConfidence: number): Candidate | null {
  const rocYear = num(m[1]) ?? 0;
  if (rocYear < 1) return null;
  const year = rocYear + ROC_OFFSET;
  if (tags === BARE && !plausibleYear(year)) return null;
  const r = makeReading({ year, month: num(m[2]), day: num(m[3]) }, { year: true, month: true, day: true });
  return proposeDated(m, text, r, { tags, baseConfidence, priority: 3 });
}

/** 民國113年 / 民國113年3月 / 中華民國113年3月25日 10:00 */
export const rocPrefixed: Parser = {
  name: 'roc-prefixed',
  pattern: new RegExp(`(?:中[華华]${SP}{0,2})?民[國国]${SP}{0,2}(\\d{1,3})${SP}{0,2}年(?:度)?(?:${MONTH}(?:${DAY}${TIME})?)?`, 'g'),
  extract: (m, _folded, text) => roc(m, text, PREFIXED, 1),
};

/** 113年3月 / 113年3月25日: a month is required, "113年" alone is too often a count. */
export const rocBare: Parser = {
  name: 'roc-bare',
  pattern: new RegExp(`(?<![\\d.])(\\d{2,3})${SP}{0,2}年${MONTH}(?:${DAY}${TIME})?`, 'g'),
  extract: (m, _folded, text) => roc(m, text, BARE, 0.9),
};
