/**
 * Bare Republic-of-China years (113年3月25日) are kept only on a Traditional-
 * Chinese page: decoded as Big5, or written mostly in Traditional characters.
 * Runs before overlap removal so that, on a Simplified page, the 3月25日
 * inside a dropped 113年3月25日 is still there to be read.
 */
import type { RefineContext, Refiner } from '../types.js';

/** Encodings that only carry Traditional Chinese. */
const TRADITIONAL_ENCODINGS = ['big5', 'big5-hkscs', 'big5hkscs', 'cp950'];

/**
 * Common characters that differ between the scripts, Traditional first.
 * Each side is exclusive to its script (no 于/於, 布/佈: both occur in Traditional text).
 */
const TWINS = [
  '國国', '與与', '為为', '這这', '會会', '關关', '機机', '構构', '發发', '時时', '實实', '們们',
  '說说', '對对', '從从', '見见', '長长', '門门', '問问', '開开', '電电', '東东', '車车', '馬马',
  '區区', '縣县', '鄉乡', '鎮镇', '辦办', '農农', '傳传', '業业', '務务', '條条', '體体', '頭头',
  '間间', '學学', '來来', '個个', '號号', '進进', '處处', '議议', '規规', '寫写',
];
const SCRIPT = new Map<string, 1 | -1>();
for (const pair of TWINS) {
  SCRIPT.set(pair.charAt(0), 1);
  SCRIPT.set(pair.charAt(1), -1);
}
/** At least this many Traditional characters, and twice as many as Simplified ones. */
const MIN_TRADITIONAL = 3;

export function isTraditional(text: string, encoding: string | null): boolean {
  if (encoding !== null && TRADITIONAL_ENCODINGS.includes(encoding)) return true;
  let traditional = 0;
  let simplified = 0;
  for (let i = 0; i < text.length; i++) {
    const side = SCRIPT.get(text.charAt(i));
    if (side === 1) traditional++;
    else if (side === -1) simplified++;
  }
  return traditional >= MIN_TRADITIONAL && traditional >= 2 * simplified;
}

export const rocContext: Refiner = (candidates, ctx: RefineContext) => {
  if (!candidates.some((c) => c.tags.includes('rocBare'))) return candidates;
  if (isTraditional(ctx.text, ctx.encoding)) return candidates;
  return candidates.filter((c) => !c.tags.includes('rocBare'));
};
