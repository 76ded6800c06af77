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

/**
 * The stages each fold the notice's text (dates, outline, attachments) or a
 * span of it (contacts, facts, the inspection header): the fold of the last
 * text asked for is kept, so that each notice is folded once. One entry: a
 * batch parses one notice at a time.
 */
let lastText: string | null = null;
let lastFolded = '';

/** `foldWidth(text)`, remembered for the next call with the same text. */
export function foldedText(text: string): string {
  if (text !== lastText) {
    lastFolded = foldWidth(text);
    lastText = text;
  }
  return lastFolded;
}

/** `foldWidth(text.slice(start, end))`: folding maps each unit to one, so this is a slice of the text's fold. */
export function foldedSlice(text: string, start: number, end: number): string {
  return foldedText(text).slice(start, end);
}
