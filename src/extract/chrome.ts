/**
 * Page chrome: what a gov site wraps around every notice. Kept as a phrase
 * table; a line is chrome when it is short and holds one of these phrases,
 * so a long sentence of the notice that happens to say 打印 is not.
 */
import { foldHant, phraseFinder } from '../text/index.js';
const CHROME_PHRASES: readonly string[] = [
  '欢迎访问', '欢迎来到', '登录', '注册', '用户中心', '支持IPV6', '支持IPv6', '无障碍', '长者模式', '繁体', '简体',
  '当前位置', '您的位置', '您现在的位置', '所在位置',
  '分享到', '打印本页', '【打印】', '打印', '列印', '关闭窗口', '【关闭】', '关闭', '收藏', '字号', '字体', '【大】', '【中】', '【小】',
  '扫一扫', '在手机打开', '我要纠错', '网站标识码', 'ICP备', '公网安备', '版权所有', '主办单位', '承办单位', '技术支持',
  '网站地图', '联系我们', '返回顶部', '上一篇', '下一篇', '相关链接', '浏览次数', '阅读次数', '点击数', '访问量',
];

const hasChromePhrase = phraseFinder(CHROME_PHRASES);

/** Chrome lines are short; a notice sentence containing a phrase is longer than this. */
const MAX_CHROME_LINE = 60;

export function isChromeLine(content: string): boolean {
  if (content.length === 0 || content.length > MAX_CHROME_LINE) return false;
  const simplified = foldHant(content);
  return hasChromePhrase(simplified);
}

/** A breadcrumb trail is a short line. */
const BREADCRUMB_MAX = 200;
const BREADCRUMB_LABEL = /^(?:当前位置|您的位置|您现在的位置|所在位置|当前页面)\s{0,5}[:：]?\s{0,5}/;
const UNLABELLED_TRAIL = /^(?:网站)?首页\s{0,5}(?:>|＞|»|›|→)/;
const BREADCRUMB_SEPARATOR = /\s{0,5}(?:>|＞|»|›|→|>>|\/|\\)\s{0,5}/;

/** The entries of a `当前位置: 首页>新闻中心>通知公告` line, or null if the line is not one. */
export function readBreadcrumb(content: string): string[] | null {
  if (content.length > BREADCRUMB_MAX) return null;
  const simplified = foldHant(content);
  const label = BREADCRUMB_LABEL.exec(simplified);
  // An unlabelled trail is recognised by its first entry: `首页 > 政务公开 > …`.
  if (!label && !UNLABELLED_TRAIL.test(simplified)) return null;
  return content
    .slice(label ? label[0].length : 0)
    .split(BREADCRUMB_SEPARATOR)
    .map((part) => part.trim())
    .filter((part) => part !== '' && part !== '>');
}

const WELCOME = /欢迎(?:访问|来到)\s{0,5}([^!！。,，\s]{2,40})/;

/** The site name from a `欢迎访问X!` line, or null. */
export function readWelcomeSite(content: string): string | null {
  if (content.length > MAX_CHROME_LINE) return null;
  const match = WELCOME.exec(foldHant(content));
  if (!match) return null;
  const start = match.index + match[0].length - match[1]!.length;
  return content.slice(start, start + match[1]!.length).replace(/(?:门户网站|网站|官网|門戶網站|網站)$/, '').trim() || null;
}
