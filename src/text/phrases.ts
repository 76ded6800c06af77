/**
 * Whether a text holds any phrase of a table, in one pass over the text
 * rather than one per phrase: the chrome and footer tables hold 24–49
 * phrases, asked of every short line of a page.
 */
export function phraseFinder(phrases: readonly string[]): (text: string) => boolean {
  // The phrases by their first UTF-16 unit, so that each position of the text costs one lookup.
  const byFirst = new Map<number, string[]>();
  for (const phrase of phrases) {
    if (phrase === '') throw new RangeError('phraseFinder: an empty phrase is in every text');
    const first = phrase.charCodeAt(0);
    byFirst.set(first, [...(byFirst.get(first) ?? []), phrase]);
  }
  return (text) => {
    for (let i = 0; i < text.length; i++) {
      const starting = byFirst.get(text.charCodeAt(i));
      if (starting?.some((phrase) => text.startsWith(phrase, i))) return true;
    }
    return false;
  };
}
