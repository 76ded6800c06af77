/**
 * Where each input's result goes under --out-dir: its path under its root
 * with the extension replaced by .json, or kept before .json where two
 * inputs would otherwise share a name. Never outside the output folder.
 */
import { extname, resolve, sep } from 'node:path';
import type { InputFile } from './inputs.js';

export function outputPaths(files: readonly InputFile[], outDir: string): Array<string | null> {
  const root = resolve(outDir);
  const plain = files.map((f) => f.relative.slice(0, f.relative.length - extname(f.relative).length));
  const counts = new Map<string, number>();
  for (const name of plain) counts.set(name, (counts.get(name) ?? 0) + 1);
  return files.map((file, i) => {
    const name = counts.get(plain[i]!)! > 1 ? file.relative : plain[i]!;
    const path = resolve(root, `${name}.json`);
    return path.startsWith(root + sep) ? path : null;
  });
}
