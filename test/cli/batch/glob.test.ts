import { describe, expect, it } from 'vitest';
import { globBase, globToRegExp, hasGlob } from '../../../src/cli/batch/glob.js';

const matches = (glob: string, paths: string[]) => paths.filter((p) => globToRegExp(glob).test(p));

describe('globs', () => {
  it('match * within a name, ** across folders and ? as one character', () => {
    expect(matches('*.html', ['a.html', 'sub/a.html', 'a.htm'])).toEqual(['a.html']);
    expect(matches('**/*.html', ['a.html', 'x/y/a.html', 'x/a.txt'])).toEqual(['a.html', 'x/y/a.html']);
    expect(matches('2024-??.txt', ['2024-03.txt', '2024-3.txt'])).toEqual(['2024-03.txt']);
  });

  it('match one of the choices in braces, each a glob of its own', () => {
    expect(matches('**/*.{html,htm}', ['a.html', 'b/c.htm', 'd.shtml', 'e.txt'])).toEqual(['a.html', 'b/c.htm']);
    expect(matches('{2023,2024}/*.txt', ['2023/a.txt', '2024/b.txt', '2025/c.txt'])).toEqual(['2023/a.txt', '2024/b.txt']);
    expect(matches('x{*.a,b?}', ['x1.a', 'xbc', 'xb', 'xc.a/d'])).toEqual(['x1.a', 'xbc']);
  });

  it('take a brace with no closing one, and braces inside braces, as plain characters', () => {
    expect(matches('a{b.txt', ['a{b.txt', 'ab.txt'])).toEqual(['a{b.txt']);
    expect(matches('{a{,b}.txt', ['a{.txt', 'b.txt', 'a.txt'])).toEqual(['a{.txt', 'b.txt']);
  });

  it('count a brace as a glob character, and start walking before it', () => {
    expect(hasGlob('crawl/{a,b}/x.html')).toBe(true);
    expect(globBase('crawl/{a,b}/x.html')).toBe('crawl');
  });
});
