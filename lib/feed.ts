import { getNews, getPosts } from "./content";
import { absoluteUrl, site } from "./site";

export type FeedItem = { title: string; url: string; summary: string; date: string; category: string };

const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");

/** Published blog posts and news, newest first; `now` decides what is scheduled. */
export function getFeedItems(now?: Date): FeedItem[] {
  return [
    ...getPosts(now).map((post) => ({ title: post.title, url: post.url, summary: post.summary, date: post.date, category: "Blog" })),
    ...getNews(now).map((item) => ({ title: item.title, url: item.url, summary: item.summary, date: item.date, category: "Nieuws" })),
  ].sort((a, b) => new Date(b.date).getTime() - new Date(a.date).getTime());
}

/** RSS 2.0 with absolute links, a permanent guid per item and RFC 822 dates. */
export function renderRss(items: FeedItem[]): string {
  const lastBuild = items[0]?.date ?? new Date(0).toISOString();
  const entries = items
    .map(
      (item) => `    <item>
      <title>${escapeXml(item.title)}</title>
      <link>${escapeXml(absoluteUrl(item.url))}</link>
      <guid isPermaLink="true">${escapeXml(absoluteUrl(item.url))}</guid>
      <pubDate>${new Date(item.date).toUTCString()}</pubDate>
      <category>${escapeXml(item.category)}</category>
      <description>${escapeXml(item.summary)}</description>
    </item>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escapeXml(site.name)}</title>
    <link>${escapeXml(absoluteUrl("/"))}</link>
    <description>${escapeXml(site.description)}</description>
    <language>nl-nl</language>
    <lastBuildDate>${new Date(lastBuild).toUTCString()}</lastBuildDate>
    <atom:link href="${escapeXml(absoluteUrl("/feed.xml"))}" rel="self" type="application/rss+xml" />
${entries}
  </channel>
</rss>
`;
}
