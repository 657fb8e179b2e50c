import { Feed } from "feed";
import { getPages, KIND_LABELS, type Page } from "./registry";
import { absoluteUrl, site } from "./site";

/** Published blog posts and news, newest first; `now` decides what is scheduled. */
export function getFeedPages(now?: Date): Page[] {
  return getPages(now)
    .filter((page) => page.kind === "post" || page.kind === "news")
    .sort((a, b) => new Date(b.published ?? 0).getTime() - new Date(a.published ?? 0).getTime());
}

/** RSS 2.0 with absolute links, a permanent guid per item and RFC 822 dates. */
export function renderRss(pages: Page[]): string {
  const feed = new Feed({
    title: site.name,
    description: site.description,
    id: absoluteUrl("/"),
    link: absoluteUrl("/"),
    language: "nl-nl",
    copyright: `© ${site.name}`,
    generator: false,
    updated: new Date(pages[0]?.published ?? 0),
    feedLinks: { rss: absoluteUrl("/feed.xml") },
  });
  for (const page of pages) {
    const url = absoluteUrl(page.path);
    // RSS has one date per item, its <pubDate>: when it was published.
    feed.addItem({
      title: page.title,
      id: url,
      link: url,
      date: new Date(page.published ?? 0),
      description: page.description,
      category: [{ name: KIND_LABELS[page.kind] }],
    });
  }
  return feed.rss2();
}
