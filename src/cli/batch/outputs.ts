/**
 * Where each input's result goes under --out-dir: its path under its root
 * with the extension replaced by .json, or kept before .json where two
 * inputs would otherwise share a name. Where they still would (the same
 * path under two roots, or two files named directly), the later ones are
 * numbered, -2, -3… before .json: no input's result may overwrite another's,
 * nor an input (`--ext json --out-dir` onto the folder read). Names are
 * compared as a case-insensitive file system would. A file listed twice keeps
 * one name. Never outside the output folder.
 */
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { InputFile } from './inputs.js';

export interface OutputTarget {
  path: string;
  /** When this input's own name was taken and it was numbered: the path it would have had, and whose that is. */
  wanted: { path: string; heldBy: string } | null;
}

/** One target per input, in input order; null where it would fall outside `outDir`. */
export function outputPaths(files: readonly InputFile[], outDir: string): Array<OutputTarget | null> {
  const root = resolve(outDir);
  const stems = files.map((f) => f.relative.slice(0, f.relative.length - extname(f.relative).length));
  const foldedStems = stems.map(folded);
  // Counted once per file: a file listed twice does not share its stem with itself.
  const stemOwners = new Map<string, Set<string>>();
  for (const [i, file] of files.entries()) stemOwners.set(foldedStems[i]!, (stemOwners.get(foldedStems[i]!) ?? new Set<string>()).add(file.path));
  const owners = inputsUnder(root, files);
  const byInput = new Map<string, OutputTarget | null>();
  return files.map((file, i) => {
    const known = byInput.get(file.path);
    if (known !== undefined) return known;
    const base = stemOwners.get(foldedStems[i]!)!.size > 1 ? file.relative : stems[i]!;
    let name = base;
    for (let n = 2; owners.has(folded(name)); n++) name = `${base}-${n}`;
    owners.set(folded(name), `${file.display}'s result`);
    const path = resolve(root, `${name}.json`);
    const wanted = name === base ? null : { path: resolve(root, `${base}.json`), heldBy: owners.get(folded(base))! };
    const target = path.startsWith(root + sep) ? { path, wanted } : null;
    byInput.set(file.path, target);
    return target;
  });
}

/** The names under the output folder that inputs hold already: NAME for an input at NAME.json. */
function inputsUnder(root: string, files: readonly InputFile[]): Map<string, string> {
  const held = new Map<string, string>();
  for (const file of files) {
    const inside = relative(root, file.path);
    if (isAbsolute(inside) || inside.startsWith('..') || !folded(inside).endsWith('.json')) continue;
    held.set(folded(inside.slice(0, -'.json'.length)), 'an input');
  }
  return held;
}

const folded = (name: string) => name.toLowerCase();
