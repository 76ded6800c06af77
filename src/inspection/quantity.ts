/** Figures as reports write them: 32, 1.5, 十二, 两, with 余/多 (more than) or 近/约 (about). */
import { parseChineseNumber } from '../text/index.js';

/** The regex source of one written figure (bounded), for the fact patterns. */
export const QUANTITY = '(?:约|近)?(?:\\d{1,7}(?:\\.\\d{1,4})?|[一二三四五六七八九十百千两零〇]{1,8})(?:余|多)?';

export interface Quantity {
  quantity: number;
  approximate: boolean;
}

/** `150余` → 150, approximate; `十二` → 12; null when it is no figure. */
export function readQuantity(written: string): Quantity | null {
  const approximate = /^(?:约|近)|(?:余|多)$/.test(written);
  const bare = written.replace(/^(?:约|近)/, '').replace(/(?:余|多)$/, '');
  const quantity = /^\d/.test(bare) ? Number(bare) : parseChineseNumber(bare);
  return quantity === null || !Number.isFinite(quantity) ? null : { quantity, approximate };
}
