/**
 * Bad and hostile input, one case each: what the tool does with it is part of
 * its contract (README, "Limits and errors"). Nothing here may throw, hang or
 * produce a result that breaks the contract.
 */
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { NoticeSchema, noticeFailure, parseNotice, type Notice } from '../../src/index.js';
import { SEED_PATH } from '../helpers.js';

const seed = readFileSync(SEED_PATH);
const MB = 1024 * 1024;
const failureOf = (input: Uint8Array | string) => noticeFailure(parseNotice(input))?.message ?? null;
const spansHold = (notice: Notice) =>
  notice.dates.every((d) => notice.text.slice(d.span.start, d.span.end) === d.raw) &&
  notice.body.span.end <= notice.text.length;

describe('inputs that are no notice are named, not parsed', () => {
  it.each([
    ['a PDF', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'looks like a PDF document; notice-parse reads HTML or text'],
    ['a DOCX', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(26), Buffer.from('word/document.xml')]), 'looks like a Word document (.docx)'],
    ['an XLSX', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(26), Buffer.from('xl/workbook.xml')]), 'looks like an Excel workbook (.xlsx)'],
    ['a ZIP', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('notices/a.txt')]), 'looks like a ZIP archive'],
    ['a PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'looks like a PNG image'],
    ['a JPEG', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), 'looks like a JPEG image'],
    ['an ELF executable', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01]), 'looks like an executable (ELF)'],
    ['a Windows executable', Buffer.from('MZ\x90\x00\x03\x00', 'latin1'), 'looks like an executable (Windows)'],
    ['a saved .doc or .wps', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'looks like an Office or WPS document (.doc, .xls, .wps, .et)'],
  ])('%s', (_name, bytes, message) => {
    expect(failureOf(bytes)).toBe(`${message}${message.includes('reads HTML') ? '' : '; notice-parse reads HTML or text'}`);
  });

  it.each([
    ['an empty file', Buffer.alloc(0), 'is empty (0 bytes)'],
    ['whitespace only', Buffer.from(' \n\t\u3000\r\n'), 'holds only whitespace'],
    ['a page of only scripts', Buffer.from('<html><head><script>var a = 1;</script></head><body><script>go()</script></body></html>'), 'has no visible text'],
    ['bytes no encoding reads', Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 2 ? 0xff : 0x81))), 'cannot decode: the bytes are not valid UTF-8, UTF-16, GB18030 or Big5 (try --encoding)'],
  ])('%s', (_name, bytes, message) => {
    expect(failureOf(bytes)).toBe(message);
  });
});

describe('damaged text is read, and the damage is said', () => {
  const codes = (input: Uint8Array) => parseNotice(input).diagnostics.map((d) => d.code);

  it('a GBK file cut in the middle of its last character', () => {
    const gbk = iconv.encode('关于做好防汛工作的通知\n各单位：请认真落实。', 'gbk');
    const notice = parseNotice(gbk.subarray(0, gbk.length - 1));
    expect(notice.input.encoding).toBe('gb18030');
    expect(noticeFailure(notice)).toBeNull();
    expect(notice.diagnostics.map((d) => d.code)).toContain('decode/truncated');
  });

  it('a file of mixed encodings (a GBK paragraph inside UTF-8)', () => {
    const mixed = Buffer.concat([Buffer.from('关于做好防汛工作的通知\n'.repeat(40)), iconv.encode('各单位：', 'gbk'), Buffer.from('请认真落实。\n'.repeat(40))]);
    const notice = parseNotice(mixed);
    expect(noticeFailure(notice)).toBeNull();
    expect(notice.diagnostics.find((d) => d.code === 'decode/replacement-characters')?.message).toMatch(/mixed encodings/);
  });

  it('NUL bytes', () => {
    expect(codes(Buffer.from('关于某事的通知\n正文\u0000内容。\u0000'))).toContain('input/nul-bytes');
  });

  it('UTF-16 without a byte-order mark, either order', () => {
    const text = '关于做好2024年防汛工作的通知\n各单位：\n一、加强值班。\n二、及时报告。\n';
    const le = parseNotice(Buffer.from(text, 'utf16le'));
    const be = parseNotice(Buffer.from(text, 'utf16le').swap16());
    expect([le.input.encoding, be.input.encoding]).toEqual(['utf-16le', 'utf-16be']);
    expect(le.title).toBe('关于做好2024年防汛工作的通知');
    expect(be.outline).toHaveLength(2);
  });
});

describe('big and pathological inputs finish, within the contract', () => {
  it('a 10 MB notice', () => {
    const big = Buffer.concat(Array.from({ length: Math.ceil((10 * MB) / seed.length) }, () => seed));
    const notice = parseNotice(big);
    expect(notice.text.length).toBeGreaterThan(3 * MB);
    expect(spansHold(notice)).toBe(true);
    expect(NoticeSchema.safeParse(notice).success).toBe(true);
  }, 60_000);

  it('a 10 MB single line', () => {
    const notice = parseNotice('根据部署，2024年3月25日召开会议，'.repeat(Math.ceil((10 * MB) / 60)));
    expect(notice.text.includes('\n')).toBe(false);
    expect(spansHold(notice)).toBe(true);
  }, 60_000);

  it('a million 一、 lines: every node kept, the repeated doubt counted once past a hundred', () => {
    const notice = parseNotice('一、\n'.repeat(1_000_000));
    expect(notice.outline).toHaveLength(1_000_000);
    expect(notice.diagnostics).toHaveLength(101);
    expect(notice.diagnostics.at(-1)?.message).toBe('999899 more "outline/numbering-repeat" diagnostics not listed (999999 in all)');
  }, 120_000);

  it('HTML nested 100,000 levels deep', () => {
    const deep = `<html><body>${'<div>'.repeat(100_000)}深处的文字。${'</div>'.repeat(100_000)}</body></html>`;
    expect(parseNotice(deep).text).toBe('深处的文字。');
  }, 120_000);
});
