/**
 * The one content API. Pages call these functions and never import `contentlayer/generated`:
 * the generated JSON is parsed here once, against the content model's output schemas, so every
 * field is typed by the model (enums as their unions) and the publishing rule lives in one place.
 */
import * as generated from "contentlayer/generated";
import type { z } from "zod";
import {
  CalendarPlan,
  FaqTheme as FaqThemeType,
  News as NewsType,
  Persona as PersonaType,
  Post as PostType,
  Region as RegionType,
  Service as ServiceType,
  Topic as TopicType,
  type DocumentModel,
} from "./content-model";
import { formatIssue } from "./content-check/format";
import { schemaIssues } from "./content-check/schema";
import { isPublished, type Publishable } from "./publishing";
import { slugify } from "./slug";
import type { ClusterKey, PersonaKey } from "./taxonomy";

export type Post = z.output<typeof PostType.output>;
export type News = z.output<typeof NewsType.output>;
export type FaqTheme = z.output<typeof FaqThemeType.output>;
export type FaqItem = FaqTheme["items"][number];
export type Persona = z.output<typeof PersonaType.output>;
export type Region = z.output<typeof RegionType.output>;
export type Service = z.output<typeof ServiceType.output>;
export type Topic = z.output<typeof TopicType.output>;
export type PlannedWeek = z.output<typeof CalendarPlan.output>["weeks"][number];
export type Source = Post["sources"][number];
export type Heading = Post["headings"][number];

/**
 * The content check (run before Contentlayer by `npm run build`) accepts only what the model
 * allows, so this cannot fail unless the model and Contentlayer disagree; if it ever does, the
 * build stops naming the file and the field.
 */
function parseCollection<T extends DocumentModel>(type: T, documents: readonly unknown[]): Array<z.output<T["output"]>> {
  const contentDir = (process.env.CONTENT_DIR ?? "content").replace(/\/+$/, "");
  return documents.map((document) => {
    const result = type.output.safeParse(document);
    if (result.success) return result.data as z.output<T["output"]>;
    const id = (document as { _id?: unknown })._id;
    const issues = schemaIssues(result.error, `${contentDir}/${typeof id === "string" ? id : type.folder}`, () => 0);
    throw new Error(`Content does not match the content model (lib/content-model):\n${issues.map(formatIssue).join("\n")}`);
  });
}

const posts = parseCollection(PostType, generated.allPosts);
const news = parseCollection(NewsType, generated.allNews);
const faqThemes = parseCollection(FaqThemeType, generated.allFaqThemes);
const personas = parseCollection(PersonaType, generated.allPersonas);
const regions = parseCollection(RegionType, generated.allRegions);
const services = parseCollection(ServiceType, generated.allServices);
const topics = parseCollection(TopicType, generated.allTopics);
const calendarPlans = parseCollection(CalendarPlan, generated.allCalendarPlans);

/**
 * How a detail page looks an item up: at a moment (`now`, for tests), or in draft mode
 * (`preview: true`), where drafts and scheduled items are shown to marketers too.
 */
export type ContentQuery = { now?: Date; preview?: boolean };

function isVisible(item: Publishable, query: Date | ContentQuery = {}): boolean {
  if (query instanceof Date) return isPublished(item, query);
  return query.preview === true || isPublished(item, query.now);
}

const newestFirst = (a: { date: string }, b: { date: string }) => new Date(b.date).getTime() - new Date(a.date).getTime();
const byOrder = <T extends { order: number }>(a: T, b: T) => a.order - b.order;

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

/** The planned weeks of every plan file in content/kalender, in week order. */
export function getCalendarPlan(): PlannedWeek[] {
  return calendarPlans.flatMap((plan) => plan.weeks).sort((a, b) => a.week - b.week);
}

// ---- News ---------------------------------------------------------------------------------

export function getNews(now?: Date): News[] {
  return news.filter((item) => isPublished(item, now)).sort(newestFirst);
}

export function getNewsItem(slug: string, query?: Date | ContentQuery): News | undefined {
  return news.find((item) => item.slug === slug && isVisible(item, query));
}

export type NewsPage = { items: News[]; page: number; pageCount: number };

/** Pages of `pageSize` items, page 1 first; undefined for a page that does not exist. */
export function getNewsPage(page: number, pageSize: number, now?: Date): NewsPage | undefined {
  const published = getNews(now);
  const pageCount = Math.max(1, Math.ceil(published.length / pageSize));
  if (!Number.isInteger(page) || page < 1 || page > pageCount) return undefined;
  return { items: published.slice((page - 1) * pageSize, page * pageSize), page, pageCount };
}

/** The badge of a news item: its label or doelgroep, whichever the pipeline sent. */
export function newsAudience(item: News): string | undefined {
  return item.label ?? item.doelgroep;
}

// ---- FAQ ----------------------------------------------------------------------------------

export function getFaqThemes(): FaqTheme[] {
  return [...faqThemes].sort(byOrder);
}

export function getFaqItems(): FaqItem[] {
  return getFaqThemes().flatMap((theme) => theme.items);
}

/** The anchor of a question on its page: /faq#<anchor>, /blog/x#<anchor>. */
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

/** Undated pages: listed in their `order`, looked up by slug. */
const inOrder =
  <T extends { order: number }>(items: readonly T[]) =>
  (): T[] =>
    [...items].sort(byOrder);
const bySlug =
  <T extends { slug: string }>(items: readonly T[]) =>
  (slug: string): T | undefined =>
    items.find((item) => item.slug === slug);

export const getPersonas = inOrder<Persona>(personas);
export const getPersona = bySlug<Persona>(personas);
export const getRegions = inOrder<Region>(regions);
export const getRegion = bySlug<Region>(regions);
export const getServices = inOrder<Service>(services);
export const getService = bySlug<Service>(services);
export const getTopics = inOrder<Topic>(topics);
export const getTopic = bySlug<Topic>(topics);
