/**
 * The colours the CLI writes. A chalk instance is a Paint, and so is PLAIN,
 * which leaves text as it is without loading chalk: its set-up is ~1 ms of
 * every start, and most runs (a pipe, a file, a CI log) print no colour.
 */
export type ColorLevel = 0 | 1 | 2 | 3;

export interface Paint {
  red(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
  green(text: string): string;
  bold(text: string): string;
  dim(text: string): string;
}

const same = (text: string): string => text;

export const PLAIN: Paint = { red: same, yellow: same, cyan: same, green: same, bold: same, dim: same };

/** Colours for a stream at this chalk level (0: none). */
export async function paintFor(level: ColorLevel): Promise<Paint> {
  if (level === 0) return PLAIN;
  const { Chalk } = await import('chalk');
  return new Chalk({ level });
}
