import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseNotice } from '../src/index.js';

describe('the pipeline passes each stage what it needs', () => {
  it('gives the dates stage the encoding, so a Big5 page reads 113年 as a Republic-of-China year', () => {
    const notice = parseNotice(iconv.encode('日期：113年3月25日', 'big5'));
    expect(notice.input.encoding).toBe('big5');
    expect(notice.dates.map((d) => [d.raw, d.value])).toEqual([['113年3月25日', '2024-03-25']]);
  });

  it('reads 113年 as no year in the same text given as Simplified UTF-8', () => {
    const notice = parseNotice(Buffer.from('日期：113年3月25日', 'utf8'));
    expect(notice.dates.map((d) => d.raw)).not.toContain('113年3月25日');
  });
});
