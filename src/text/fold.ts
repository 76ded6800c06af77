/**
 * Width folding for matching. Every mapping is one UTF-16 unit to one, so an
 * offset found in the folded string is the same offset in the original: the
 * parser matches on `foldWidth(text)` and reports spans into `text`.
 */
const FULLWIDTH_START = 0xff01;
const FULLWIDTH_END = 0xff5e;
const FULLWIDTH_OFFSET = 0xfee0;
const IDEOGRAPHIC_SPACE = 0x3000;

/** Full-width ASCII (Ａ１（：，) to half-width, U+3000 to a space; length-preserving. */
export function foldWidth(text: string): string {
  let out = '';
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let mapped = -1;
    if (code >= FULLWIDTH_START && code <= FULLWIDTH_END) mapped = code - FULLWIDTH_OFFSET;
    else if (code === IDEOGRAPHIC_SPACE) mapped = 0x20;
    if (mapped < 0) continue;
    out += text.slice(runStart, i) + String.fromCharCode(mapped);
    runStart = i + 1;
  }
  return runStart === 0 ? text : out + text.slice(runStart);
}
