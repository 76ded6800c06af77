import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { InputFile } from '../../../src/cli/batch/inputs.js';
import { outputPaths } from '../../../src/cli/batch/outputs.js';

const OUT = resolve('/tmp/out');
const input = (path: string, relative: string): InputFile => ({ path: resolve('/data', path), display: path, relative });
const names = (files: InputFile[]) => outputPaths(files, OUT).map((t) => (t === null ? null : t.path.slice(OUT.length + 1)));

describe('outputPaths', () => {
  it('mirrors the path under its root with .json for the extension', () => {
    expect(names([input('in/a.txt', 'a.txt'), input('in/sub/b.html', 'sub/b.html')])).toEqual(['a.json', 'sub/b.json']);
  });

  it('keeps the extension where two inputs differ only by it', () => {
    expect(names([input('in/a.txt', 'a.txt'), input('in/a.html', 'a.html')])).toEqual(['a.txt.json', 'a.html.json']);
  });

  it('numbers the later of two inputs with the same path under two roots, naming the first', () => {
    const targets = outputPaths([input('in/a.txt', 'a.txt'), input('in2/a.txt', 'a.txt'), input('in3/a.txt', 'a.txt')], OUT);
    expect(targets.map((t) => t?.path.slice(OUT.length + 1))).toEqual(['a.txt.json', 'a.txt-2.json', 'a.txt-3.json']);
    expect(targets.map((t) => t?.wanted)).toEqual([null, { path: `${OUT}/a.txt.json`, heldBy: "in/a.txt's result" }, { path: `${OUT}/a.txt.json`, heldBy: "in/a.txt's result" }]);
  });

  it('compares names as a case-insensitive file system would', () => {
    expect(names([input('x/A.txt', 'A.txt'), input('y/a.txt', 'a.txt')])).toEqual(['A.txt.json', 'a.txt-2.json']);
  });

  it('does not hand a numbered name to an input whose own name it is', () => {
    expect(names([input('x/a.txt', 'a.txt'), input('y/a.txt', 'a.txt'), input('z/a.txt-2.txt', 'a.txt-2.txt')])).toEqual(['a.txt.json', 'a.txt-2.json', 'a.txt-2-2.json']);
  });

  it('gives a file listed twice one output', () => {
    const [first, second] = outputPaths([input('in/a.txt', 'a.txt'), input('in/a.txt', 'a.txt')], OUT);
    expect(second).toBe(first);
    expect(first?.wanted).toBeNull();
    // Listed twice, it is still the only input of its stem: no extension kept.
    expect(first?.path).toBe(`${OUT}/a.json`);
  });

  it('never names an output after an input in the output folder', () => {
    const inOut = (name: string): InputFile => ({ path: `${OUT}/${name}`, display: `out/${name}`, relative: name });
    const targets = outputPaths([inOut('n.json'), inOut('m.txt'), inOut('sub/M.JSON')], OUT);
    expect(targets.map((t) => t?.path.slice(OUT.length + 1))).toEqual(['n-2.json', 'm.json', 'sub/M-2.json']);
    expect(targets[0]?.wanted).toEqual({ path: `${OUT}/n.json`, heldBy: 'an input' });
  });

  it('never places an output outside the folder', () => {
    expect(names([input('../x.txt', '../x.txt')])).toEqual([null]);
  });
});
