/**
 * Search over the static index, in the browser. Kept free of content imports so the client bundle
 * carries only this code; the index itself is fetched from /zoekindex.json (lib/search-index.ts).
 */

/** One searchable page or question; `text` is the plain text a visitor can read there. */
export type SearchEntry = { url: string; title: string; kind: string; description: string; text: string };

/** Lower case without diacritics, so "geintegreerd" finds "geïntegreerd". */
export function normalizeForSearch(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

export type SearchHit = SearchEntry & { score: number };

/** Every word must occur; title matches weigh most, then the description, then the body. */
export function searchEntries(entries: SearchEntry[], query: string, limit = 20): SearchHit[] {
  const words = normalizeForSearch(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 1);
  if (words.length === 0) return [];
  const hits: SearchHit[] = [];
  for (const entry of entries) {
    const title = normalizeForSearch(entry.title);
    const description = normalizeForSearch(entry.description);
    const text = normalizeForSearch(entry.text);
    let score = 0;
    let all = true;
    for (const word of words) {
      const inTitle = title.includes(word);
      const inDescription = description.includes(word);
      const inText = text.includes(word);
      if (!inTitle && !inDescription && !inText) {
        all = false;
        break;
      }
      score += (inTitle ? 10 : 0) + (inDescription ? 4 : 0) + (inText ? 1 : 0);
    }
    if (all) hits.push({ ...entry, score });
  }
  return hits.sort((a, b) => b.score - a.score).slice(0, limit);
}
