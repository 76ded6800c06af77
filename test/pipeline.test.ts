import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseNotice } from '../src/index.js';
import { firstHalf, secondHalf } from '../src/pipeline.js';
import { fixturePaths, realPagePaths } from './helpers.js';

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

describe('the pipeline in two halves, as a batch runs it on two workers', () => {
  const inputs: Array<[string, Uint8Array | string]> = [
    ...[...fixturePaths(), ...realPagePaths().slice(0, 6)].map((path): [string, Uint8Array] => [basename(path), readFileSync(path)]),
    ['no bytes', new Uint8Array(0)],
    ['undecodable bytes', Uint8Array.from({ length: 400 }, (_, i) => (i * 37) % 256)],
    ['a string', '关于开展检查的通知\n一、总体要求\n2024年3月25日'],
  ];

  it.each(inputs)('gives %s the same notice, key for key, when the first half runs ahead and is posted across (a structured clone)', (name, input) => {
    const options = { path: name };
    const posted = structuredClone(firstHalf(input, options, true));
    expect(JSON.stringify(secondHalf(posted, options))).toBe(JSON.stringify(parseNotice(input, options)));
  });

  it('runs the dates and the figures of a report ahead in the first half for text, and in the second for HTML', () => {
    const where = (input: Uint8Array) => (firstHalf(input, {}, true).ahead === null ? 'second' : 'first');
    expect(where(readFileSync(fixturePaths(/^seed\.txt$/)[0]!))).toBe('first');
    expect(where(readFileSync(realPagePaths()[0]!))).toBe('second');
  });
});
