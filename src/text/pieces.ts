/**
 * A document's text as a list of strings that, joined, are the text. Large
 * input is decoded in pieces because V8 puts a string of more than 128 KB on
 * memory pages it maps afresh, and where page faults are dear that costs more
 * than the decoding: on the 33 large UTF-8 pages of the real corpus, decoding
 * whole ran at 144 MB/s and in 64 KB pieces 6.7 times faster (BENCHMARKS.md,
 * "Batch, seventh round"). HTML is parsed piece by piece and never joined.
 */

/** Input of up to this many bytes is decoded in one piece; larger, in pieces of about this size. */
export const PIECE_BYTES = 64 * 1024;

/** The text the pieces make. */
export const joined = (pieces: readonly string[]): string => (pieces.length === 1 ? pieces[0]! : pieces.join(''));

/** How many characters the pieces hold together. */
export function lengthOf(pieces: readonly string[]): number {
  let length = 0;
  for (const piece of pieces) length += piece.length;
  return length;
}

/** How many times `ch` (one UTF-16 unit) occurs in the pieces. */
export function countIn(pieces: readonly string[], ch: string): number {
  let count = 0;
  for (const piece of pieces) for (let i = piece.indexOf(ch); i !== -1; i = piece.indexOf(ch, i + 1)) count++;
  return count;
}

/** Where `ch` (one UTF-16 unit) first occurs in the joined text, or -1. */
export function firstIndexIn(pieces: readonly string[], ch: string): number {
  let offset = 0;
  for (const piece of pieces) {
    const at = piece.indexOf(ch);
    if (at !== -1) return offset + at;
    offset += piece.length;
  }
  return -1;
}
