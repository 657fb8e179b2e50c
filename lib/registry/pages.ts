/**
 * The page registry: every URL the site publishes, with its kind, title, description, dates and
 * place in the breadcrumb trail. Pure: `buildPages` takes the content (from the content API in
 * lib/registry/index.ts, or from the raw files in the content check) and a moment.
 */
import { News, Persona, Post, Region, Service, Topic, urlOf } from "../content-model";
import { isPublished } from "../publishing";
import { site } from "../site";

export type PageKind = "home" | "section" | "page" | "post" | "news" | "news-archive" | "topic" | "persona" | "region" | "service";

export type Page = {
  path: string;
  kind: PageKind;
  /** The H1 and the name in JSON-LD. */
  title: string;
  /** The document <title> where it differs from the H1 (the site name is appended to it). */
  metaTitle?: string;
  description: string;
  /** Its step in a breadcrumb trail. */
  crumb: string;
  /** The section index above it, the middle step of its trail. */
  parent?: string;
  /** ISO dates: posts and news have their own; other pages change when what they list changes. */
  published?: string;
  modified?: string;
  /** Listed for search engines (sitemap, llms.txt); /zoeken is a utility page. */
  indexable: boolean;
};

/** One step of a breadcrumb trail; the same trail feeds the visible crumbs and BreadcrumbList. */
export type Crumb = { name: string; path: string };

/** The kind of a page as a visitor reads it on /zoeken and in llms.txt. */
export const KIND_LABELS: Record<PageKind, string> = {
  home: "Pagina",
  page: "Pagina",
  section: "Overzicht",
  "news-archive": "Overzicht",
  post: "Blog",
  news: "Nieuws",
  topic: "Onderwerp",
  persona: "Voor wie",
  region: "Regio",
  service: "Dienst",
};

const newsDescription = "Kort AI-nieuws voor ondernemers: wat er gebeurt en wat je er morgen mee kunt in je eigen bedrijf.";

type StaticPage = Omit<Page, "indexable" | "published" | "modified"> & { indexable?: false };

/** The pages that are not made from a content file, in the order of the sitemap. */
const STATIC_PAGES: readonly StaticPage[] = [
  { path: "/", kind: "home", title: site.name, metaTitle: `${site.name} – ${site.tagline}`, description: site.description, crumb: "Home" },
  {
    path: "/blog",
    kind: "section",
    title: "Blog",
    description:
      "Praktische artikelen over AI voor het MKB: snelle wins, kosten en ROI, een stappenplan, valkuilen, tools per team en het lokale aanbod in Amsterdam en de Randstad.",
    crumb: "Blog",
  },
  { path: "/nieuws", kind: "section", title: "AI-nieuws", description: newsDescription, crumb: "Nieuws" },
  {
    path: "/onderwerpen",
    kind: "section",
    title: "Onderwerpen",
    description: "Alle artikelen en antwoorden per onderwerp: kosten van AI-workshops, AI per branche, automatisering, AI-tools vergelijken en cases.",
    crumb: "Onderwerpen",
  },
  {
    path: "/faq",
    kind: "section",
    title: "Veelgestelde vragen",
    metaTitle: "Veelgestelde vragen over AI voor het MKB",
    description: "Antwoorden op de vragen die MKB-ondernemers ons het vaakst stellen: starten, kosten en resultaat, werkwijze, regio, data en privacy.",
    crumb: "Veelgestelde vragen",
  },
  {
    path: "/voor",
    kind: "section",
    title: "Voor wie we werken",
    metaTitle: "Voor wie",
    description: "Ondernemer, beslisser, manager of lokaal actief: lees de antwoorden op de vragen die jij over AI hebt.",
    crumb: "Voor wie",
  },
  {
    path: "/regio",
    kind: "section",
    title: "AI bij jou in de regio",
    metaTitle: "Regio",
    description: "Gevestigd in Amsterdam, op locatie in de hele Randstad: workshops, lezingen en begeleiding bij jou in de buurt.",
    crumb: "Regio",
  },
  {
    path: "/diensten",
    kind: "section",
    title: "Diensten",
    description: "Workshops, lezingen, pilots en implementatie: praktische AI-ondersteuning voor het MKB, van eerste kennismaking tot werkende oplossing.",
    crumb: "Diensten",
  },
  {
    path: "/contact",
    kind: "page",
    title: "Plan een gratis intake",
    metaTitle: "Contact en gratis intake",
    description: "Vraag een gratis en vrijblijvende intake aan. We plannen binnen 1–2 werkdagen een kennismaking van ongeveer een uur.",
    crumb: "Contact",
  },
  {
    path: "/privacy",
    kind: "page",
    title: "Privacyverklaring",
    description: "Welke gegevens we bewaren als je een intake aanvraagt, waarom, hoe lang, en hoe je ze laat verwijderen.",
    crumb: "Privacy",
  },
  {
    path: "/zoeken",
    kind: "page",
    title: "Zoeken",
    description: "Zoek in alle artikelen, nieuws, veelgestelde vragen en diensten.",
    crumb: "Zoeken",
    indexable: false,
  },
];

export type StaticPath = "/" | "/blog" | "/nieuws" | "/onderwerpen" | "/faq" | "/voor" | "/regio" | "/diensten" | "/contact" | "/privacy" | "/zoeken";

/** A page that is not made from content, for its route's metadata and heading. */
export function staticPage(path: StaticPath): Page {
  const page = STATIC_PAGES.find((candidate) => candidate.path === path);
  if (!page) throw new Error(`No static page ${path} in the registry`);
  return { ...page, indexable: page.indexable ?? true };
}

// ---- Pages made from content -------------------------------------------------------------------

type Item = { slug: string; title: string; summary: string };
type DatedItem = Item & { date: string; updated?: string; draft?: boolean };

const sectionOf = (type: { section?: string }) => `/${type.section ?? ""}`;

function contentPage(kind: PageKind, type: { section?: string }, item: Item): Page {
  return {
    path: urlOf(type.section ?? "", item.slug),
    kind,
    title: item.title,
    description: item.summary,
    crumb: item.title,
    parent: sectionOf(type),
    indexable: true,
  };
}

const datedPage = (kind: PageKind, type: { section?: string }, item: DatedItem): Page => ({
  ...contentPage(kind, type, item),
  published: item.date,
  modified: item.updated ?? item.date,
});

/** The page of each content item, whether or not it is published (preview renders drafts too). */
export const pageOf = {
  post: (post: DatedItem) => datedPage("post", Post, post),
  news: (item: DatedItem) => datedPage("news", News, item),
  topic: (topic: Item) => contentPage("topic", Topic, topic),
  // "AI voor de kritische beslisser": the persona's name reads as the audience in the title.
  persona: (persona: Item) => ({ ...contentPage("persona", Persona, persona), metaTitle: `AI voor ${persona.title.replace(/^De /, "de ")}` }),
  region: (region: Item) => contentPage("region", Region, region),
  service: (service: Item) => contentPage("service", Service, service),
};

/** Page 1 of the news is /nieuws itself; older items page on from /nieuws/pagina/2. */
export function newsArchivePath(page: number): string {
  return page === 1 ? "/nieuws" : `/nieuws/pagina/${page}`;
}

export function newsPageCount(newsCount: number): number {
  return Math.max(1, Math.ceil(newsCount / site.newsPageSize));
}

export function newsArchivePage(page: number): Page {
  const news = staticPage("/nieuws");
  if (page === 1) return news;
  return { ...news, path: newsArchivePath(page), kind: "news-archive", title: `${news.title} – pagina ${page}`, crumb: `Pagina ${page}`, parent: news.path };
}

export type RegistryInput = {
  posts: readonly DatedItem[];
  news: readonly DatedItem[];
  topics: readonly Item[];
  personas: readonly Item[];
  regions: readonly Item[];
  services: readonly Item[];
};

/** Every published page at `now`: static pages, content pages and news archive pages. */
export function buildPages(input: RegistryInput, now: Date = new Date()): Page[] {
  const posts = input.posts.filter((post) => isPublished(post, now)).map(pageOf.post);
  const news = input.news.filter((item) => isPublished(item, now)).map(pageOf.news);
  // Pages without a date of their own change when the content they show changes.
  const siteModified = [...posts, ...news]
    .map((page) => page.modified ?? "")
    .sort()
    .at(-1);
  const undated = (page: Page): Page => (siteModified ? { ...page, modified: siteModified } : page);
  const archive = Array.from({ length: newsPageCount(news.length) - 1 }, (_, index) => newsArchivePage(index + 2));
  return [
    ...STATIC_PAGES.map((page) => undated({ ...page, indexable: page.indexable ?? true })),
    ...archive.map(undated),
    ...posts,
    ...news,
    ...input.topics.map(pageOf.topic).map(undated),
    ...input.personas.map(pageOf.persona).map(undated),
    ...input.regions.map(pageOf.region).map(undated),
    ...input.services.map(pageOf.service).map(undated),
  ];
}

/** Home › section › page, from the page's own `parent`; the home page's trail is just itself. */
export function crumbsOf(page: Pick<Page, "path" | "crumb" | "parent">): Crumb[] {
  const home = { name: staticPage("/").crumb, path: "/" };
  if (page.path === "/") return [home];
  const parent = page.parent ? STATIC_PAGES.find((candidate) => candidate.path === page.parent) : undefined;
  return [home, ...(parent ? [{ name: parent.crumb, path: parent.path }] : []), { name: page.crumb, path: page.path }];
}

/** Machine surfaces a page may link to besides pages (the footer does). */
export const MACHINE_PATHS: readonly string[] = ["/sitemap.xml", "/feed.xml", "/llms.txt", "/robots.txt"];
