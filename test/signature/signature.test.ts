import { describe, expect, it } from 'vitest';
import type { DateMention } from '../../src/index.js';
import { findSignatures } from '../../src/signature/index.js';
import { slice } from '../helpers.js';

const findSignature = (text: string, body: { start: number; end: number }, dates: DateMention[]) => findSignatures(text, body, dates)[0] ?? null;

/** A day-precision mention of `raw` at its last occurrence in `text`. */
function mention(text: string, raw: string, value: string): DateMention {
  const start = text.lastIndexOf(raw);
  return { raw, span: { start, end: start + raw.length }, value, precision: 'day', repaired: false, yearInferred: false, ambiguous: false, alternatives: [], confidence: 1 };
}
const whole = (text: string) => ({ start: 0, end: text.length });

describe('findSignature', () => {
  it('reads an organ line followed by a date line', () => {
    const text = '请认真执行。\n\n           中共某某区委员会   \n\n       2025年6月20日';
    const signature = findSignature(text, whole(text), [mention(text, '2025年6月20日', '2025-06-20')]);
    expect(signature).toMatchObject({ organization: '中共某某区委员会', date: '2025-06-20' });
    expect(slice(text, signature!.span)).toMatch(/^中共某某区委员会[\s\S]*2025年6月20日$/);
  });

  it('reads an organ and a date on one line', () => {
    const text = '特此通知。\n某某市人民政府办公室 2024年3月25日';
    const signature = findSignature(text, whole(text), [mention(text, '2024年3月25日', '2024-03-25')]);
    expect(signature).toMatchObject({ organization: '某某市人民政府办公室', date: '2024-03-25' });
  });

  it('gives a date without an organ when the line above is a sentence', () => {
    const text = '以上事项，请遵照执行。\n2024年3月25日';
    expect(findSignature(text, whole(text), [mention(text, '2024年3月25日', '2024-03-25')])).toMatchObject({ organization: null, date: '2024-03-25' });
  });

  it('is null when the body does not end with a signature', () => {
    const text = '2024年3月25日召开会议。\n会议要求各单位认真落实。';
    expect(findSignature(text, whole(text), [mention(text, '2024年3月25日', '2024-03-25')])).toBeNull();
  });

  it('finds a forwarded document\'s own signature after the notice\'s, and an organ over two lines', () => {
    const text = '现将报告转发给你们，请认真贯彻执行。\n国务院办公厅\n一九九六年二月五日\n关于某事的报告\n报告正文。\n湖北省巴东县官渡口镇马鬃山村\n地质险情调查专家组\n二〇〇四年九月二十三日';
    const dates = [mention(text, '一九九六年二月五日', '1996-02-05'), mention(text, '二〇〇四年九月二十三日', '2004-09-23')];
    const signatures = findSignatures(text, whole(text), dates);
    expect(signatures.map((s) => [s.organization, s.date])).toEqual([
      ['国务院办公厅', '1996-02-05'],
      ['湖北省巴东县官渡口镇马鬃山村 地质险情调查专家组', '2004-09-23'],
    ]);
    expect(slice(text, signatures[1]!.span)).toBe('湖北省巴东县官渡口镇马鬃山村\n地质险情调查专家组\n二〇〇四年九月二十三日');
  });

  it('takes a date alone mid-body for no signature when no organ stands above it', () => {
    const text = '会议时间：\n2024年3月25日\n请准时参加。';
    expect(findSignatures(text, whole(text), [mention(text, '2024年3月25日', '2024-03-25')])).toEqual([]);
  });
});
