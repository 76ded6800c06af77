/**
 * The seed notice, end to end, against the real file in ../shared/seeds:
 * every promise of "notice-parse v1" as an assertion.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseNotice, type OutlineNode } from '../src/index.js';
import { checkOutput, SEED_PATH, slice } from './helpers.js';

const notice = parseNotice(readFileSync(SEED_PATH), { path: SEED_PATH });
const { text } = notice;
const walk = (nodes: OutlineNode[]): OutlineNode[] => nodes.flatMap((n) => [n, ...walk(n.children)]);

describe('the seed notice', () => {
  it('passes the contract checker', () => expect(checkOutput(notice).report).toBe('ok'));

  it('has its title and metadata', () => {
    expect(notice.title).toBe('中共通辽经济技术开发区工作委员会关于六届市委第七轮林长制落实情况专项巡察反馈意见整改进展情况的通报');
    expect(notice.meta).toMatchObject({
      site: '通辽经济技术开发区',
      breadcrumb: ['首页', '新闻中心', '通知公告'],
      publishedAt: '2025-07-01T16:43:00+08:00',
      source: '通辽市经济技术开发区农牧局',
    });
    expect(notice.input).toMatchObject({ format: 'text', encoding: 'utf-8' });
  });

  it('keeps the page chrome outside the body', () => {
    const body = slice(text, notice.body.span);
    for (const chrome of ['欢迎访问', '登录/注册', '当前位置', '分享到', '发布时间', '信息来源', notice.title!]) expect(body).not.toContain(chrome);
    expect(body.startsWith('根据通辽市委统一部署')).toBe(true);
  });

  it('finds the dates, in order, with their values', () => {
    const fine = notice.dates.filter((d) => d.precision !== 'year');
    expect(fine.map((d) => [d.raw, d.value])).toEqual([
      ['2025-07-01 16:43', '2025-07-01T16:43:00+08:00'],
      ['2025-07-01 16:43', '2025-07-01T16:43:00+08:00'],
      ['2024325日', '2024-03-25'],
      ['520日', '2024-05-20'],
      ['202494日', '2024-09-04'],
      ['222日', '2025-02-22'],
      ['2024126日', '2024-12-06'],
      ['20241216日', '2024-12-16'],
      ['202535日', '2025-03-05'],
      ['20251月', '2025-01'],
      ['20248月', '2024-08'],
      ['2025620', '2025-06-20'],
    ]);
    expect(fine.slice(2).every((d) => d.repaired)).toBe(true);
    expect(fine.slice(0, 2).some((d) => d.repaired)).toBe(false);
  });

  it('says how it read the damaged dates', () => {
    const byRaw = (raw: string) => notice.dates.find((d) => d.raw === raw)!;
    expect(byRaw('520日')).toMatchObject({ yearInferred: true, rangeStart: notice.dates.indexOf(byRaw('2024325日')) });
    expect(byRaw('222日')).toMatchObject({ yearInferred: true });
    const ambiguous = byRaw('2024126日');
    expect(ambiguous).toMatchObject({ ambiguous: true, alternatives: ['2024-01-26'] });
    expect(ambiguous.confidence).toBeLessThan(byRaw('20241216日').confidence);
    const said = notice.diagnostics.find((d) => d.span?.start === ambiguous.span.start && d.severity === 'warning');
    expect(said?.message).toMatch(/2024126日[\s\S]*2024-12-06[\s\S]*2024-01-26|2024126日[\s\S]*2024-01-26[\s\S]*2024-12-06/);
  });

  it('takes no phone number, duration or count for a day or month', () => {
    const fineRaws = notice.dates.filter((d) => d.precision !== 'year').map((d) => d.raw);
    for (const raw of ['0475-8628580', '24小时', '2000余份', '8628580', '273522813']) expect(fineRaws.join('|')).not.toContain(raw);
  });

  it('has the outline of parts, aspects, issues, sub-issues and measures', () => {
    const parts = notice.outline;
    expect(parts.map((p) => [p.marker, p.role, p.children.length])).toEqual([
      ['一、', 'part', 3],
      ['二、', 'part', 3],
      ['三、', 'part', 3],
    ]);
    expect(walk([parts[0]!, parts[2]!]).filter((n) => n.level === 2).every((n) => n.role === null)).toBe(true);
    const issuesPart = walk([parts[1]!]);
    expect(issuesPart.filter((n) => n.role === 'aspect').map((n) => n.marker)).toEqual(['(一)', '(二)', '(三)']);
    expect(issuesPart.filter((n) => n.role === 'issue').map((n) => n.marker)).toEqual(['1.', '2.', '3.', '4.', '5.']);
    const subIssues = issuesPart.filter((n) => n.role === 'subIssue');
    expect(subIssues.map((n) => n.marker)).toEqual(['1)', '2)', '3)', '4)', '5)', '6)', '7)', '8)', '9)']);
    expect(subIssues.map((n) => n.children.filter((c) => c.role === 'measure' && c.kind === 'enumeration').length)).toEqual([5, 3, 5, 2, 3, 3, 3, 4, 5]);
    expect(subIssues[2]!.children[0]).toMatchObject({ marker: '二是', ordinal: 2 });
    expect(notice.diagnostics.some((d) => d.span !== null && d.span.start === subIssues[2]!.children[0]!.span.start)).toBe(true);
    expect(parts[0]!.children[0]!.heading).toBe('提高政治站位');
    expect(subIssues[0]!.heading).toBe('加强理论学习,贯彻落实林长制工作要求');
  });

  it('has the signature and the contacts', () => {
    expect(notice.signature).toMatchObject({ organization: '中共通辽经济技术开发区工作委员会', date: '2025-06-20' });
    expect(notice.contacts.phones.map((p) => p.value)).toEqual(['0475-8628580']);
    expect(notice.contacts.emails.map((e) => e.value)).toEqual(['273522813@qq.com']);
  });

  it('has every span slicing to its raw text or starting with its marker', () => {
    for (const d of notice.dates) expect(slice(text, d.span)).toBe(d.raw);
    for (const c of [...notice.contacts.phones, ...notice.contacts.emails, ...notice.contacts.addresses]) expect(slice(text, c.span)).toBe(c.raw);
    const nodes = walk(notice.outline);
    expect(nodes.length).toBe(3 + 9 + 5 + 9 + 33);
    for (const n of nodes) expect(slice(text, n.span).startsWith(n.marker)).toBe(true);
  });
});
