/**
 * LinearParser is htmlparser2's Parser with its element stacks made linear.
 * It must report exactly the events the unmodified Parser reports: checked
 * on every fixture and real page and on snippets that exercise the stack
 * (implied and stray end tags, nested forms, SVG names it re-cases, pages
 * cut off mid-element), plus random tag soup.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { Parser, type Handler } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/decode/index.js';
import { LinearParser } from '../../src/extract/html/parser.js';
import { joined } from '../../src/text/index.js';
import { fixturePaths, realPagePaths } from '../helpers.js';

function events(make: (handler: Partial<Handler>) => Parser, html: string): string[] {
  const seen: string[] = [];
  const parser = make({
    onopentag: (name, attributes, implied) => seen.push(`<${name} ${JSON.stringify(attributes)} ${implied}`),
    onclosetag: (name, implied) => seen.push(`</${name} ${implied}`),
    ontext: (data) => seen.push(`"${data}`),
    oncomment: (data) => seen.push(`!${data}`),
    onprocessinginstruction: (name, data) => seen.push(`?${name} ${data}`),
    onend: () => seen.push('END'),
  });
  parser.end(html);
  return seen;
}
const original = (html: string) => events((h) => new Parser(h), html);
const linear = (html: string) => events((h) => new LinearParser(h), html);

const PAGES = [...fixturePaths(/\.html$/), ...realPagePaths()];

const SNIPPETS = [
  '<div><p>a<p>b<ul><li>c<li>d</ul></div>',
  '<table><tr><td>1<td>2<tr><td>3</table>',
  '</p>x</br>y</div>',
  '<form><div><form><input></form></div></form><form>z',
  '<svg><clipPath><foreignObject><div>x</div></foreignObject></clippath><lineargradient/></svg><math><mi>1</mi></math>',
  '<div><span><b>never closed',
  '<select><option>a<option>b<optgroup><option>c</select>',
  '<dl><dt>a<dd>b<dt>c</dl><ruby>x<rt>y<rp>z</ruby>',
  '<!DOCTYPE html><html><head><title>t</title><script>if (a < b) {}</script></head><body><!-- c --><p>x</body></html>',
];

describe('LinearParser', () => {
  it.each(PAGES.map((p) => [p.split('/').pop()!, p] as const))('reports what Parser reports on %s', (_, path) => {
    const html = joined(decodeBytes(readFileSync(path)).pieces);
    expect(linear(html)).toEqual(original(html));
  });

  it.each(SNIPPETS)('reports what Parser reports on %s', (html) => {
    expect(linear(html)).toEqual(original(html));
  });

  it('reports what Parser reports on random tag soup', () => {
    const token = fc.constantFrom('<div>', '</div>', '<p>', '</p>', '<li>', '</li>', '<ul>', '</ul>', '<form>', '</form>', '<svg>', '</svg>', '<clipPath>', '</clippath>', '<td>', '<tr>', '<table>', '</table>', '<br>', '</br>', 'x', ' ', '<!-- c -->', '<b>', '</b>');
    fc.assert(
      fc.property(fc.array(token, { maxLength: 40 }), (tokens) => {
        const html = tokens.join('');
        expect(linear(html)).toEqual(original(html));
      }),
      { numRuns: Number(process.env['FUZZ_RUNS'] ?? 300), seed: 20261129 },
    );
  });
});
