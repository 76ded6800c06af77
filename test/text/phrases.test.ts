import { describe, expect, it } from 'vitest';
import { phraseFinder } from '../../src/text/index.js';

const PHRASES = ['打印本页', '打印', '【打印】', '版权所有', 'ICP备', '𠀀字', 'a'];
const byIncludes = (text: string) => PHRASES.some((phrase) => text.includes(phrase));

describe('phraseFinder', () => {
  const holds = phraseFinder(PHRASES);

  it('finds a phrase anywhere, also one that shares its start with a longer one', () => {
    expect(holds('【打印】')).toBe(true);
    expect(holds('请打')).toBe(false);
    expect(holds('本页打印')).toBe(true);
    expect(holds('京ICP备12345号')).toBe(true);
    expect(holds('ICP')).toBe(false);
    expect(holds('x𠀀字')).toBe(true);
    expect(holds('𠀀')).toBe(false);
    expect(holds('')).toBe(false);
  });

  it('answers as asking each phrase with includes does, over many mixed texts', () => {
    const pieces = ['打', '印', '本页', '【', '】', '版权', '所有', 'ICP', '备', '𠀀', '字', 'a', 'b', ' '];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let n = 0; n < 2000; n++) {
      const text = Array.from({ length: next() % 9 }, () => pieces[next() % pieces.length]).join('');
      expect(holds(text), text).toBe(byIncludes(text));
    }
  });

  it('refuses an empty phrase, which every text would hold', () => {
    expect(() => phraseFinder(['通知', ''])).toThrow(/empty phrase/);
  });
});
