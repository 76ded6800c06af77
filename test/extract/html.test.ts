import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/decode/index.js';
import { extractNotice } from '../../src/extract/index.js';
import { realPagePaths, slice } from '../helpers.js';
import { joined } from '../../src/text/index.js';

const PAGE = `<!DOCTYPE html>
<html><head>
<meta charset="utf-8">
<title>关于做好防汛工作的通知_某某市人民政府</title>
<meta name="SiteName" content="某某市人民政府">
<meta name="ColumnName" content="通知公告">
<meta name="ArticleTitle" content="关于做好防汛工作的通知">
<meta name="PubDate" content="2024-06-01 09:30">
<meta name="ContentSource" content="市应急管理局">
<meta name="SiteDomain" content="www.example.gov.cn">
<meta name="SiteIDCode" content="3609000001">
<meta name="ColumnType" content="通知公告">
<meta name="Description" content="关于做好防汛工作的通知">
<meta name="Keywords" content="防汛,应急">
<style>p { color: red }</style>
<script>var x = "不可见";</script>
</head><body>
<div class="nav"><a href="/">首页</a> &gt; <a href="/tz">通知公告</a></div>
<h1>关于做好防汛工作的通知</h1>
<div class="info">发布时间：2024-06-01 09:30 来源：市应急管理局</div>
<div class="content">
<p>各县区：</p>
<p>　　为做好今年防汛工作，现通知如下&#xff1a;</p>
<p style="display:none">隐藏的段落</p>
<!-- 注释 -->
<table><tr><td>单位</td><td>电话</td></tr><tr><td>市应急局</td><td>0795-1234567</td></tr></table>
<p>附件：<a href="/files/plan.docx">防汛预案</a></p>
<noscript>请启用脚本</noscript>
</div>
<div class="footer">版权所有：某某市人民政府</div>
</body></html>`;

describe('extractNotice on HTML', () => {
  const result = extractNotice(PAGE, 'html');

  it('keeps only visible text, blocks on their own lines, table cells tab-separated', () => {
    expect(result.text).not.toMatch(/不可见|隐藏的段落|注释|请启用脚本|color: red/);
    expect(result.text).toContain('现通知如下：');
    expect(result.text).toContain('单位\t电话\n市应急局\t0795-1234567');
    expect(result.text).not.toMatch(/\n\s*\n/);
  });

  it('reads the gov-site meta tags', () => {
    expect(result.title).toBe('关于做好防汛工作的通知');
    expect(slice(result.text, result.titleSpan!)).toBe('关于做好防汛工作的通知');
    expect(result.meta).toMatchObject({
      site: '某某市人民政府',
      column: '通知公告',
      publishedAt: '2024-06-01T09:30:00+08:00',
      source: '市应急管理局',
      siteDomain: 'www.example.gov.cn',
      siteIdCode: '3609000001',
      columnType: '通知公告',
      description: '关于做好防汛工作的通知',
      keywords: ['防汛', '应急'],
    });
  });

  it('starts the body after the info line and ends it before the footer', () => {
    const body = slice(result.text, result.body);
    expect(body.startsWith('各县区：')).toBe(true);
    expect(body.endsWith('附件：防汛预案')).toBe(true);
  });

  it('collects document links', () => {
    expect(result.links).toEqual([{ name: '防汛预案', url: '/files/plan.docx' }]);
  });

  it('puts a bold run that starts with a marker on a line of its own', () => {
    const page = '<html><body><p>现提出如下意见。<strong>一、总体要求</strong>坚持稳中求进。<b>（一）</b>加强领导。</p><p>这是<strong>重点</strong>工作。</p></body></html>';
    expect(extractNotice(page, 'html').text).toBe('现提出如下意见。\n一、总体要求坚持稳中求进。\n（一）加强领导。\n这是重点工作。');
  });

  it('survives very deep nesting without overflowing the stack', () => {
    const deep = `<html><body>${'<div>'.repeat(50_000)}深处的文字${'</div>'.repeat(50_000)}</body></html>`;
    expect(extractNotice(deep, 'html').text).toBe('深处的文字');
  });
});

describe('visible text white space', () => {
  const text = (body: string) => extractNotice(`<html><body>${body}</body></html>`, 'html').text;

  it('shows each run of HTML white space as one space, and keeps other spaces such as U+3000', () => {
    expect(text('<p>甲 \t\n\r\f 乙</p><p>丙\n丁</p>')).toBe('甲 乙\n丙 丁');
    expect(text('<p>　　为做好工作，现通知如下：</p>')).toBe('　　为做好工作，现通知如下：');
  });

  it('trims spaces and tabs at line ends and drops lines left empty', () => {
    expect(text('<div>  甲  </div>\n\n<div> \t </div><p>\t乙\t</p>')).toBe('甲\n乙');
  });

  it('puts a tab between table cells and none before the first', () => {
    expect(text('<table><tr> <td> 单位 </td> <td>电话</td></tr></table>')).toMatch(/^单位 *\t电话$/);
  });
});

describe('HTML read in pieces', () => {
  it('extracts from pieces exactly what it extracts from the whole page, wherever the cuts fall', () => {
    for (const path of realPagePaths()) {
      const page = joined(decodeBytes(readFileSync(path)).pieces);
      const whole = extractNotice(page, 'html');
      // Cuts every 997 characters fall inside tags, attributes, entities, scripts and text alike.
      const pieces = Array.from({ length: Math.ceil(page.length / 997) }, (_, i) => page.slice(i * 997, (i + 1) * 997));
      expect(extractNotice(pieces, 'html'), path).toEqual(whole);
    }
  });
});
