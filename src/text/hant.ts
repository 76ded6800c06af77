/**
 * Traditional → Simplified for the words the extractor matches on (labels,
 * page chrome, footers), so one table of phrases serves Big5 and Taiwan pages
 * too. One UTF-16 unit to one, like foldWidth, so offsets carry over. Only the
 * characters those phrases use are here: this is for matching, not conversion.
 */
const PAIRS =
  '發发佈布時时間间來来單单標标題题號号權权辦办網网識识碼码關关閉闭視视頁页訊讯資资瀏浏覽览數数點点擊击編编輯辑' +
  '當当機机構构類类詞词歡欢迎迎訪访問问門门戶户註注冊册錄录繁繁體体簡简縣县處处務务與与為为這这會会說说對对從从後后' +
  '見见長长開开電电東东車车區区鄉乡鎮镇劃划農农傳传業业條条頭头國国實实們们內内容容載载閱阅讀读擊击轉转導导連连結结聯联繫系';

const MAP = new Map<string, string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) if (PAIRS[i] !== PAIRS[i + 1]) MAP.set(PAIRS[i]!, PAIRS[i + 1]!);
/** Any character of the table: most text has none, and is returned as it is without a copy. */
const ANY_TRADITIONAL = new RegExp(`[${[...MAP.keys()].join('')}]`);

/** Fold the Traditional characters of the table to Simplified; length-preserving. */
export function foldHant(text: string): string {
  if (!ANY_TRADITIONAL.test(text)) return text;
  let out = '';
  for (const ch of text) out += MAP.get(ch) ?? ch;
  return out;
}
