/**
 * Which lines carry the notice and which are page furniture, by the text
 * itself: notice prose is punctuated (。，、；：), navigation and link lists
 * are not. Footers announce themselves with a phrase from a table.
 */
import { foldHant, foldWidth, phraseFinder } from '../text/index.js';

const PUNCTUATION = /[。，、；：！？,;:!?]/;
/** A signature's date line: 2025年6月20日, 二〇二五年六月二十日, 2025-06-20, or the damaged 2025620. */
const DATE_LINE = /^[^\n]{0,30}(?:(?:\d{4}|[〇○零一二三四五六七八九]{4})\s{0,2}年[^\n]{1,8}日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{7,8})$/;
const MARKER_START = /^(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,3}[.、．]|第[一二三四五六七八九十百\d]{1,4}[章节条]|附件)/;

/** Phrases that end an article on gov and news sites: what follows is the site again. */
const FOOTER_PHRASES: readonly string[] = [
  '版权所有', '主办单位', '承办单位', 'ICP备', '网站标识码', '公网安备', '技术支持', '相关链接', '相关新闻', '相关阅读', '相关文章',
  '上一篇', '下一篇', '打印本页', '关闭窗口', '列印', '【打印】', '【关闭】', '分享到', '扫一扫', '我要纠错', '责任编辑', '网站地图', '热点推荐',
];
const hasFooterPhrase = phraseFinder(FOOTER_PHRASES);
const FOOTER_LINE_MAX = 80;

/** A line that belongs to the notice: punctuated prose, a heading with a marker, a table row, a date. */
export function isContentLine(content: string): boolean {
  if (content === '') return false;
  // PUNCTUATION holds both widths, so most lines (prose) are known before they are folded.
  if (PUNCTUATION.test(content)) return true;
  const folded = foldWidth(content);
  return MARKER_START.test(folded) || folded.includes('\t') || DATE_LINE.test(folded);
}

export function isFooterLine(content: string): boolean {
  // A sentence of the notice may name 相关新闻 or 责任编辑; a footer line is no sentence.
  if (content.length > FOOTER_LINE_MAX || /[。，；]/.test(content)) return false;
  const simplified = foldHant(content);
  return hasFooterPhrase(simplified);
}

/** How many lines of notice text a region holds, weighted by their length. */
export function contentWeight(content: string): number {
  return isContentLine(content) ? content.length : 0;
}
