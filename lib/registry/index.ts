/**
 * The page registry over the published content: what the sitemap, the feed, llms.txt, the search
 * index, /zoeken and the link checks enumerate. The pure rules are in ./pages.ts, where the content
 * check uses them on the raw files.
 */
import { faqAnchor, getFaqThemes, getNews, getPersonas, getPosts, getRegions, getServices, getTopics } from "../content";
import { htmlToText } from "../markdown/text";
import { buildPages, type Page } from "./pages";

export {
  crumbsOf,
  KIND_LABELS,
  MACHINE_PATHS,
  newsArchivePage,
  newsArchivePath,
  newsPageCount,
  pageOf,
  staticPage,
  type Crumb,
  type Page,
  type PageKind,
  type StaticPath,
} from "./pages";

/** Every published page at `now` (default: this moment). */
export function getPages(now?: Date): Page[] {
  return buildPages(
    { posts: getPosts(now), news: getNews(now), topics: getTopics(), personas: getPersonas(), regions: getRegions(), services: getServices() },
    now,
  );
}

/** What search engines are told about: the sitemap and llms.txt. */
export function getIndexablePages(now?: Date): Page[] {
  return getPages(now).filter((page) => page.indexable);
}

/** A general FAQ question where it is answered: /faq#<anchor>, the anchor its FaqList item carries. */
export type FaqEntry = { path: string; question: string; theme: string; answer: string };

export function getFaqEntries(): FaqEntry[] {
  return getFaqThemes().flatMap((theme) =>
    theme.items.map((item) => ({
      path: `/faq#${faqAnchor(item.question)}`,
      question: item.question,
      theme: theme.title,
      answer: htmlToText(item.answer.html),
    })),
  );
}
