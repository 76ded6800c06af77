import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractNotice, guessFormat } from '../../src/extract/index.js';
import { SEED_PATH, slice } from '../helpers.js';

describe('extractNotice on the seed text dump', () => {
  const seed = readFileSync(SEED_PATH, 'utf8');
  const result = extractNotice(seed, 'text');

  it('reads the title and its span', () => {
    expect(result.title).toBe('中共通辽经济技术开发区工作委员会关于六届市委第七轮林长制落实情况专项巡察反馈意见整改进展情况的通报');
    expect(slice(result.text, result.titleSpan!)).toBe(result.title);
  });

  it('reads the site, breadcrumb and the duplicated metadata block once', () => {
    expect(result.meta).toEqual({
      site: '通辽经济技术开发区',
      breadcrumb: ['首页', '新闻中心', '通知公告'],
      column: '通知公告',
      publishedAt: '2025-07-01T16:43:00+08:00',
      source: '通辽市经济技术开发区农牧局',
      author: null,
      url: null,
      docNumber: null,
      issuer: null,
      writtenAt: null,
      keywords: [],
      siteDomain: null,
      siteIdCode: null,
      columnType: null,
      description: null,
    });
  });

  it('keeps the page chrome and title outside the body', () => {
    const body = slice(result.text, result.body);
    expect(body.startsWith('根据通辽市委统一部署')).toBe(true);
    expect(body.trimEnd().endsWith('2025620')).toBe(true);
    for (const chrome of ['欢迎访问', '登录/注册', '当前位置', '分享到', '发布时间', '信息来源', result.title!]) {
      expect(body).not.toContain(chrome);
    }
  });
});

describe('extractNotice on small text dumps', () => {
  it('turns CRLF and CR into LF and changes nothing else', () => {
    const result = extractNotice('关于做好春节期间工作的通知\r\n各单位：\r\n　　现将有关事项通知如下。\r', 'text');
    expect(result.text).toBe('关于做好春节期间工作的通知\n各单位：\n　　现将有关事项通知如下。\n');
    expect(result.title).toBe('关于做好春节期间工作的通知');
    expect(slice(result.text, result.body)).toBe('各单位：\n　　现将有关事项通知如下。');
  });

  it('reads several labels on one line and a footer stays outside the body', () => {
    const text = [
      '首页 > 政务公开 > 通知公告',
      '市人民政府办公室关于印发某某办法的通知',
      '发布日期：2024-03-25　来源：市政府办公室　浏览次数：321',
      '各县区人民政府：',
      '《某某办法》已经市政府同意，现印发给你们，请认真贯彻执行。',
      '版权所有：某某市人民政府　技术支持：某某公司',
    ].join('\n');
    const result = extractNotice(text, 'text');
    expect(result.meta.publishedAt).toBe('2024-03-25');
    expect(result.meta.source).toBe('市政府办公室');
    expect(slice(result.text, result.body)).toBe('各县区人民政府：\n《某某办法》已经市政府同意，现印发给你们，请认真贯彻执行。');
  });

  it('gives no title when the text starts with a sentence', () => {
    const result = extractNotice('现将有关事项通知如下。\n请认真执行。', 'text');
    expect(result.title).toBeNull();
    expect(result.body).toEqual({ start: 0, end: result.text.length });
  });
});

describe('guessFormat', () => {
  it.each([
    ['<!DOCTYPE html><html>', 'html'],
    ['  <html lang="zh">', 'html'],
    ['<meta charset="utf-8"><title>x</title>', 'html'],
    ['关于……的通知\n正文', 'text'],
    ['a < b and <p> later', 'text'],
  ])('%j → %s', (start, format) => expect(guessFormat(start)).toBe(format));
});
