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

/** Each UTF-16 unit's Simplified fold, or 0 when it has none: one load per character, no regex, nothing to fill at start-up. */
const FOLD = new Uint16Array(0x10000);
for (let i = 0; i + 1 < PAIRS.length; i += 2) if (PAIRS[i] !== PAIRS[i + 1]) FOLD[PAIRS.charCodeAt(i)] = PAIRS.charCodeAt(i + 1);

/**
 * Fold the Traditional characters of the table to Simplified; length-preserving.
 * Text with none of them (most of it) is returned as it is, without a copy.
 * By table rather than by a regex of the ~100 characters: this runs on every
 * line of every page, and the class test was a few per cent of a parse.
 */
export function foldHant(text: string): string {
  for (let i = 0; i < text.length; i++) if (FOLD[text.charCodeAt(i)] !== 0) return foldFrom(text, i);
  return text;
}

function foldFrom(text: string, first: number): string {
  let out = '';
  let copied = 0;
  for (let i = first; i < text.length; i++) {
    const folded = FOLD[text.charCodeAt(i)]!;
    if (folded === 0) continue;
    out += text.slice(copied, i) + String.fromCharCode(folded);
    copied = i + 1;
  }
  return out + text.slice(copied);
}
