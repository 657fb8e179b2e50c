/**
 * The one content API. Pages call these functions and never import `contentlayer/generated`,
 * so the publishing rules (drafts, scheduled dates, ordering) live in exactly one place.
 */
import {
  allFaqThemes,
  allNews,
  allPersonas,
  allPosts,
  allRegions,
  allServices,
  allTopics,
  type FaqItem,
  type FaqTheme,
  type News,
  type Persona,
  type Post as GeneratedPost,
  type Region,
  type Service,
  type Topic,
} from "contentlayer/generated";
import type { Heading, Source } from "./content-rules/computed";
import { slugify } from "./slug";
import type { ClusterKey, PersonaKey } from "./taxonomy";

export type { FaqItem, FaqTheme, News, Persona, Region, Service, Topic, Heading, Source };

/** A blog post with its computed JSON fields typed. */
export type Post = Omit<GeneratedPost, "sources" | "headings" | "clusters" | "personas"> & {
  sources: Source[];
  headings: Heading[];
  clusters: ClusterKey[];
  personas: PersonaKey[];
};

type Dated = { date: string; draft?: boolean };

/** Published = not a draft and not scheduled for later. `now` is injectable for tests. */
export function isPublished(item: Dated, now: Date = new Date()): boolean {
  return item.draft !== true && new Date(item.date).getTime() <= now.getTime();
}

/**
 * How a detail page looks an item up: at a moment (`now`, for tests), or in draft mode
 * (`preview: true`), where drafts and scheduled items are shown to marketers too.
 */
export type ContentQuery = { now?: Date; preview?: boolean };

function isVisible(item: Dated, query: Date | ContentQuery = {}): boolean {
  if (query instanceof Date) return isPublished(item, query);
  return query.preview === true || isPublished(item, query.now);
}

const newestFirst = (a: Dated, b: Dated) => new Date(b.date).getTime() - new Date(a.date).getTime();
const byOrder = <T extends { order: number }>(a: T, b: T) => a.order - b.order;

const posts: Post[] = allPosts.map((post) => ({
  ...post,
  sources: post.sources as Source[],
  headings: post.headings as Heading[],
  clusters: post.clusters as ClusterKey[],
  personas: post.personas as PersonaKey[],
}));

// ---- Blog ---------------------------------------------------------------------------------

export function getPosts(now?: Date): Post[] {
  return posts.filter((post) => isPublished(post, now)).sort(newestFirst);
}

export function getPost(slug: string, query?: Date | ContentQuery): Post | undefined {
  return posts.find((post) => post.slug === slug && isVisible(post, query));
}

export function getPostsByCluster(cluster: ClusterKey, now?: Date): Post[] {
  return getPosts(now).filter((post) => post.clusters.includes(cluster));
}

export function getPostsByPersona(persona: PersonaKey, now?: Date): Post[] {
  return getPosts(now).filter((post) => post.personas.includes(persona));
}

/** Posts sharing the most clusters, personas and tags with `post`; newest first on a tie. */
export function getRelatedPosts(post: Post, limit = 3, now?: Date): Post[] {
  const score = (other: Post) =>
    other.clusters.filter((cluster) => post.clusters.includes(cluster)).length * 3 +
    other.tags.filter((tag) => post.tags.includes(tag)).length * 2 +
    other.personas.filter((persona) => post.personas.includes(persona)).length;
  return getPosts(now)
    .filter((other) => other.slug !== post.slug)
    .map((other) => ({ other, score: score(other) }))
    .sort((a, b) => b.score - a.score || newestFirst(a.other, b.other))
    .slice(0, limit)
    .map(({ other }) => other);
}

/** Every post, including drafts and scheduled ones: for the content calendar only. */
export function getAllPostsForCalendar(): Post[] {
  return [...posts].sort((a, b) => (a.week ?? 99) - (b.week ?? 99));
}

// ---- News ---------------------------------------------------------------------------------

export function getNews(now?: Date): News[] {
  return allNews.filter((item) => isPublished(item, now)).sort(newestFirst);
}

export function getNewsItem(slug: string, query?: Date | ContentQuery): News | undefined {
  return allNews.find((item) => item.slug === slug && isVisible(item, query));
}

export type NewsPage = { items: News[]; page: number; pageCount: number };

/** Pages of `pageSize` items, page 1 first; undefined for a page that does not exist. */
export function getNewsPage(page: number, pageSize: number, now?: Date): NewsPage | undefined {
  const news = getNews(now);
  const pageCount = Math.max(1, Math.ceil(news.length / pageSize));
  if (!Number.isInteger(page) || page < 1 || page > pageCount) return undefined;
  return { items: news.slice((page - 1) * pageSize, page * pageSize), page, pageCount };
}

/** The badge of a news item: its label or doelgroep, whichever the pipeline sent. */
export function newsAudience(item: News): string | undefined {
  return item.label ?? item.doelgroep;
}

// ---- FAQ ----------------------------------------------------------------------------------

export function getFaqThemes(): FaqTheme[] {
  return [...allFaqThemes].sort(byOrder);
}

export function getFaqItems(): FaqItem[] {
  return getFaqThemes().flatMap((theme) => theme.items);
}

/** The anchor of a question on its page: /faq#<anchor>. */
export function faqAnchor(question: string): string {
  return slugify(question);
}

/** A question with the one page that answers (and marks up) it. */
export type AnsweredQuestion = { item: FaqItem; url: string; pageTitle: string };

const answeredOn = (item: FaqItem, page: { url: string; title: string }): AnsweredQuestion => ({
  item,
  url: `${page.url}#${faqAnchor(item.question)}`,
  pageTitle: page.title,
});

/** Finds a question in the general FAQ or a published post's FAQ. */
export function findFaq(question: string, now?: Date): AnsweredQuestion | undefined {
  const pages = [{ url: "/faq", title: "Veelgestelde vragen", faq: getFaqItems() }, ...getPosts(now)];
  for (const page of pages) {
    const item = page.faq.find((candidate) => candidate.question === question);
    if (item) return answeredOn(item, page);
  }
  return undefined;
}

/** The FAQ of every published post in a cluster, each with a link to where it is answered. */
export function getFaqByCluster(cluster: ClusterKey, now?: Date): AnsweredQuestion[] {
  return getPostsByCluster(cluster, now).flatMap((post) => post.faq.map((item) => answeredOn(item, post)));
}

// ---- Audience, local and service pages ----------------------------------------------------

export function getPersonas(): Persona[] {
  return [...allPersonas].sort(byOrder);
}

export function getPersona(slug: string): Persona | undefined {
  return allPersonas.find((persona) => persona.slug === slug);
}

export function getRegions(): Region[] {
  return [...allRegions].sort(byOrder);
}

export function getRegion(slug: string): Region | undefined {
  return allRegions.find((region) => region.slug === slug);
}

export function getServices(): Service[] {
  return [...allServices].sort(byOrder);
}

export function getService(slug: string): Service | undefined {
  return allServices.find((service) => service.slug === slug);
}

export function getTopics(): Topic[] {
  return [...allTopics].sort(byOrder);
}

export function getTopic(slug: string): Topic | undefined {
  return allTopics.find((topic) => topic.slug === slug);
}
