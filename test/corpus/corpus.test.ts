/**
 * The real pages of ../shared/corpus/real/ (read there, never copied here):
 * each parses, passes the contract checker, and states what a person reading
 * it states (truth.ts, written by hand from the pages).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNotice, type Notice } from '../../src/index.js';
import { checkOutput, SHARED } from '../helpers.js';
import { CORPUS_TRUTH, KNOWN_GAPS } from './truth.js';

const CORPUS = join(SHARED, 'corpus/real');
const pages = readdirSync(CORPUS).filter((name) => name.endsWith('.html')).sort();
const parsed = new Map<string, Notice>();
const parse = (name: string) => {
  if (!parsed.has(name)) parsed.set(name, parseNotice(readFileSync(join(CORPUS, name)), { path: name }));
  return parsed.get(name)!;
};
const read = (notice: Notice) => ({
  encoding: notice.input.encoding,
  title: notice.title,
  publishedAt: notice.meta.publishedAt,
  level1: notice.outline.length,
  signatureDate: notice.signature?.date ?? null,
});

describe('the real corpus', () => {
  it('has a truth entry for every page, and a page for every entry', () => {
    expect(pages).toEqual(Object.keys(CORPUS_TRUTH).sort());
  });

  it.each(pages)('%s parses within the contract', (name) => {
    expect(checkOutput(parse(name)).report).toBe('ok');
  });

  it.each(pages)('%s states what its reader sees', (name) => {
    const { note: _note, ...truth } = CORPUS_TRUTH[name]!;
    const gap = KNOWN_GAPS[name];
    const seen: Record<string, unknown> = read(parse(name));
    const expected: Record<string, unknown> = { ...truth };
    if (gap) delete seen[gap.field], delete expected[gap.field];
    expect(seen).toEqual(expected);
  });

  // Empty today; a gap listed in KNOWN_GAPS is expected to differ until it is fixed.
  if (Object.keys(KNOWN_GAPS).length > 0) {
    it.fails.each(Object.keys(KNOWN_GAPS))('%s: known gap, still differs from its reader', (name) => {
      const { field } = KNOWN_GAPS[name]!;
      expect(read(parse(name))[field]).toEqual(CORPUS_TRUTH[name]![field]);
    });
  }

  it('reports a page whose <meta> and text disagree on the publication date', () => {
    const notice = parse('stat-wanzai-2015-bulletin.html');
    expect(notice.diagnostics.find((d) => d.code === 'meta/published-conflict')?.message).toMatch(/2022-04-24.*2017-05-15/);
  });

  it('reads the gov.cn metadata table into meta', () => {
    expect(parse('govcn-p001-yijian-shuangsuiji.html').meta).toMatchObject({
      docNumber: '国发〔2019〕5号',
      issuer: '国务院',
      writtenAt: '2019-01-27',
      publishedAt: '2019-02-15',
    });
  });

  it('gives a forwarded report its own signature after the notice\'s', () => {
    const notice = parse('govcn-p020-zhuanfa-1996-dizhen.html');
    expect(notice.signature?.date).toBe('1996-02-05');
    expect(notice.signatures.map((s) => [s.organization, s.date])).toEqual([['国家地震局', '1996-01-25']]);
  });
});
