import { getNews, getPersonas, getPosts, getRegions, getServices, getTopics } from "./content";
import { htmlToText } from "./markdown/text";
import { getFaqEntries, getPages, KIND_LABELS } from "./registry";
import type { SearchEntry } from "./search";

/** The readable text of every content page, by path: what search matches beyond title and summary. */
function pageTexts(now?: Date): Map<string, { text: string; kind?: string }> {
  const texts = new Map<string, { text: string; kind?: string }>();
  for (const post of getPosts(now)) {
    const text = [htmlToText(post.body.html), ...post.faq.map((item) => `${item.question} ${htmlToText(item.answer.html)}`)].join(" ");
    texts.set(post.url, { text, ...(post.fictional ? { kind: `${KIND_LABELS.post} · voorbeeldcase` } : {}) });
  }
  for (const item of [...getNews(now), ...getServices(), ...getPersonas(), ...getRegions(), ...getTopics()])
    texts.set(item.url, { text: htmlToText(item.body.html) });
  return texts;
}

/**
 * Everything a visitor can search for, as built at build time (drafts and scheduled items are not
 * in it): every published page but home, and every general FAQ question at its anchor. /zoeken
 * lists the same entries, so search without JavaScript finds the same pages.
 */
export function getSearchEntries(now?: Date): SearchEntry[] {
  const texts = pageTexts(now);
  return [
    ...getPages(now)
      .filter((page) => page.path !== "/")
      .map((page) => {
        const found = texts.get(page.path);
        return { url: page.path, title: page.title, kind: found?.kind ?? KIND_LABELS[page.kind], description: page.description, text: found?.text ?? "" };
      }),
    ...getFaqEntries().map((entry) => ({
      url: entry.path,
      title: entry.question,
      kind: `FAQ · ${entry.theme}`,
      description: entry.answer.slice(0, 160),
      text: entry.answer,
    })),
  ];
}
