/**
 * Labelled metadata lines near the title: `发布时间: 2025-07-01 16:43`,
 * `信息来源:` with the value on the next line, or several on one line
 * (`发布日期：2024-03-25 来源：市政府办 浏览次数：12`). Rules as a table.
 */
export type LabelField = 'publishedAt' | 'source' | 'author' | 'ignored';

const LABELS: ReadonlyArray<{ words: readonly string[]; field: LabelField }> = [
  { words: ['发布时间', '发布日期', '发表时间', '更新时间', '时间', '日期'], field: 'publishedAt' },
  { words: ['信息来源', '文章来源', '来源', '发布机构', '发布单位', '来源单位'], field: 'source' },
  { words: ['作者', '发布人', '撰稿', '撰稿人', '责任编辑', '编辑'], field: 'author' },
  // Recognised so they are skipped as metadata, not read into the result yet.
  { words: ['浏览次数', '阅读次数', '点击数', '访问量', '索引号', '主题分类', '发文字号', '文号', '发文机关', '成文日期', '字号'], field: 'ignored' },
];

// Longest words first so 信息来源 is not read as 来源 with a value of 信息.
const WORDS = LABELS.flatMap(({ words, field }) => words.map((word) => ({ word, field }))).sort((a, b) => b.word.length - a.word.length);
const LABEL_AT = new RegExp(`(${WORDS.map((w) => w.word).join('|')})\\s{0,3}[:：]`, 'g');

export interface LabelValue {
  field: LabelField;
  label: string;
  /** Empty when the value stands on a following line. */
  value: string;
}

/** The labelled values on a line, or null when the line does not start with a label. */
export function readLabels(content: string): LabelValue[] | null {
  const hits = [...content.matchAll(LABEL_AT)];
  if (hits.length === 0 || hits[0]!.index !== 0) return null;
  return hits.map((hit, i) => {
    const next = hits[i + 1];
    const valueEnd = next ? next.index : content.length;
    const label = hit[1]!;
    const field = WORDS.find((w) => w.word === label)!.field;
    return { field, label, value: content.slice(hit.index + hit[0].length, valueEnd).trim() };
  });
}
