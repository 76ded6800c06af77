/**
 * Publication dates as sites print them in their metadata: `2025-07-01 16:43`,
 * `2024/3/25`, `2024年3月25日 16时43分`. Times are China Standard Time.
 * (Dates in the notice text are the dates stage's business; this reads one
 * labelled value.)
 */
const META_DATE = /^(?:民[国國]\s{0,2})?(\d{3,4})\s{0,2}[-/.年]\s{0,2}(\d{1,2})\s{0,2}[-/.月]\s{0,2}(\d{1,2})\s{0,2}日?(?:[\sT-]{0,5}(\d{1,2})\s{0,2}[:：时]\s{0,2}(\d{1,2})(?:\s{0,2}[:：分]\s{0,2}(\d{1,2}))?)?/;

const ROC_OFFSET = 1911;
/** Publication dates outside these years are garbage, not dates (and Date.UTC reads 0099 as 1999). */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2199;
const pad = (n: number) => String(n).padStart(2, '0');

/** ISO 8601 for a metadata date string, or null when it is not one (or not a real day). */
export function readMetaDate(raw: string): string | null {
  const m = META_DATE.exec(nfkc(raw).trim());
  if (!m) return null;
  // A three-digit year is a Republic-of-China year (民國113年 = 2024): Taiwan sites print them.
  const written = Number(m[1]);
  const [year, month, day] = [m[1]!.length === 3 ? written + ROC_OFFSET : written, Number(m[2]), Number(m[3])];
  if (year < FIRST_YEAR || year > LAST_YEAR) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (m[4] === undefined) return date;
  const [hour, minute, second] = [Number(m[4]), Number(m[5]), m[6] === undefined ? null : Number(m[6])];
  if (hour > 23 || minute > 59 || (second !== null && second > 59)) return date;
  return `${date}T${pad(hour)}:${pad(minute)}:${pad(second ?? 0)}+08:00`;
}

/**
 * `raw.normalize('NFKC')` (full-width digits, colons and spaces to ASCII),
 * skipped when it would change nothing: loading ICU's normaliser costs ~5 ms,
 * a fifth of a text notice's first parse, and most dates here are ASCII and
 * 年月日. ASCII and the CJK Unified Ideographs (U+4E00–U+9FFF) are NFKC-stable.
 */
export function nfkc(raw: string): string {
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code >= 0x80 && (code < 0x4e00 || code > 0x9fff)) return raw.normalize('NFKC');
  }
  return raw;
}
