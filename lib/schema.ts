/**
 * Pure JSON-LD builders: domain objects in, schema-dts typed nodes out. Every page's structured
 * data is one @graph assembled here; components/json-ld.tsx is the only place that serialises it.
 */
import type {
  BlogPosting,
  BreadcrumbList,
  CollectionPage,
  ContactPage,
  CreativeWork,
  FAQPage,
  Graph,
  ItemList,
  NewsArticle,
  Offer,
  Organization,
  Place,
  Question,
  Service as ServiceNode,
  Thing,
  WebPage,
  WebSite,
} from "schema-dts";
import type { FaqItem, News, Post, Service } from "./content";
import { countWords, htmlToText } from "./markdown/text";
import { crumbsOf, pageOf, type Crumb, type Page } from "./registry/pages";
import { absoluteUrl, site } from "./site";

export type { Graph };

type IdRef = { "@id": string };

export const ids = {
  organization: `${site.url}/#organization`,
  website: `${site.url}/#website`,
  webPage: (path: string) => `${absoluteUrl(path)}#webpage`,
  breadcrumb: (path: string) => `${absoluteUrl(path)}#breadcrumb`,
  article: (path: string) => `${absoluteUrl(path)}#article`,
  faq: (path: string) => `${absoluteUrl(path)}#faq`,
  service: (path: string) => `${absoluteUrl(path)}#service`,
} as const;

const ref = (id: string): IdRef => ({ "@id": id });

// ---- Site-wide nodes, defined once -----------------------------------------------------------

export function organization(): Organization {
  return {
    "@type": "Organization",
    "@id": ids.organization,
    name: site.name,
    url: absoluteUrl("/"),
    description: site.description,
    logo: { "@type": "ImageObject", url: absoluteUrl("/icon.svg") },
    areaServed: [
      { "@type": "Place", name: site.region },
      { "@type": "Country", name: "Nederland" },
    ],
    knowsLanguage: "nl",
  };
}

export function website(): WebSite {
  return {
    "@type": "WebSite",
    "@id": ids.website,
    name: site.name,
    url: absoluteUrl("/"),
    inLanguage: site.locale,
    publisher: ref(ids.organization),
  };
}

// ---- Page-level nodes -------------------------------------------------------------------------

type PageType = "WebPage" | "CollectionPage" | "ContactPage";
export type PageInput = { path: string; title: string; description: string; type?: PageType; crumbs?: Crumb[]; image?: string };

/** A registry page as the input of its WebPage node, with the trail of its breadcrumbs. */
export function pageInput(page: Page, extra: Pick<PageInput, "type" | "image"> = {}): PageInput {
  return { path: page.path, title: page.title, description: page.description, crumbs: crumbsOf(page), ...extra };
}

export function webPage({ path, title, description, type = "WebPage", crumbs, image }: PageInput): WebPage | CollectionPage | ContactPage {
  return {
    "@type": type,
    "@id": ids.webPage(path),
    url: absoluteUrl(path),
    name: title,
    description,
    inLanguage: site.locale,
    isPartOf: ref(ids.website),
    about: ref(ids.organization),
    ...(crumbs && crumbs.length > 1 ? { breadcrumb: ref(ids.breadcrumb(path)) } : {}),
    ...(image ? { primaryImageOfPage: { "@type": "ImageObject", url: absoluteUrl(image) } } : {}),
  } as WebPage | CollectionPage | ContactPage;
}

/** The visible trail as a BreadcrumbList; positions start at 1, every item has an absolute URL. */
export function breadcrumbList(path: string, crumbs: Crumb[]): BreadcrumbList {
  return {
    "@type": "BreadcrumbList",
    "@id": ids.breadcrumb(path),
    itemListElement: crumbs.map((crumb, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.path),
    })),
  };
}

/**
 * Google ended FAQ rich results in 2026; Bing and AI answer engines still read FAQPage. Each
 * question is marked up on exactly one URL: a post marks up its own Q&A, /faq the general FAQ.
 */
export function faqPage(path: string, items: FaqItem[]): FAQPage {
  return {
    "@type": "FAQPage",
    "@id": ids.faq(path),
    url: absoluteUrl(path),
    inLanguage: site.locale,
    isPartOf: ref(ids.webPage(path)),
    mainEntity: items.map((item): Question => ({
      "@type": "Question",
      name: item.question,
      acceptedAnswer: { "@type": "Answer", text: htmlToText(item.answer.html) },
    })),
  };
}

const author = (): Organization => ({ "@type": "Organization", "@id": ids.organization, name: site.name, url: absoluteUrl("/") });

function articleFields(item: { url: string; title: string; summary: string; date: string; updated?: string; tags: string[] }, image: string) {
  return {
    "@id": ids.article(item.url),
    headline: item.title,
    description: item.summary,
    image: absoluteUrl(image),
    datePublished: item.date,
    dateModified: item.updated ?? item.date,
    author: author(),
    publisher: ref(ids.organization),
    inLanguage: site.locale,
    mainEntityOfPage: ref(ids.webPage(item.url)),
    isPartOf: ref(ids.website),
    url: absoluteUrl(item.url),
    ...(item.tags.length > 0 ? { keywords: item.tags.join(", ") } : {}),
  };
}

export function blogPosting(post: Post, image: string): BlogPosting {
  return {
    "@type": "BlogPosting",
    ...articleFields(post, image),
    wordCount: countWords(htmlToText(post.body.html)),
    // A fictitious example case is an illustration, never presented as a real review or case study.
    ...(post.fictional ? { genre: "Voorbeeldcase (fictief)" } : {}),
    ...(post.sources.length > 0
      ? { citation: post.sources.map((source): CreativeWork => ({ "@type": "CreativeWork", name: source.name, url: source.url })) }
      : {}),
  };
}

export function newsArticle(item: News, image: string): NewsArticle {
  const section = [item.label ?? item.doelgroep, item.sectie].filter((value): value is string => Boolean(value));
  return {
    "@type": "NewsArticle",
    ...articleFields(item, image),
    ...(section.length > 0 ? { articleSection: section } : {}),
    ...(item.source ? { isBasedOn: { "@type": "CreativeWork", name: item.source } } : {}),
  };
}

function places(names: string[]): Place[] {
  return names.map((name) => ({ "@type": "Place", name }));
}

/** An offer only where the copy states a price: "vanaf" prices become a minimum price. */
function offer(service: Service): Offer | undefined {
  if (!service.priceFrom) return undefined;
  return {
    "@type": "Offer",
    priceCurrency: "EUR",
    priceSpecification: {
      "@type": "PriceSpecification",
      priceCurrency: "EUR",
      minPrice: service.priceFrom,
      ...(service.priceTo ? { maxPrice: service.priceTo } : {}),
    },
    ...(service.priceNote ? { description: service.priceNote } : {}),
    url: absoluteUrl(service.url),
  };
}

type ServiceInput = {
  path: string;
  name: string;
  description: string;
  areaServed: string[];
  serviceType?: string;
  service?: Service;
  /** False when listed on an overview page rather than described on its own page. */
  mainEntity?: boolean;
};

export function serviceNode(input: ServiceInput): ServiceNode {
  const serviceOffer = input.service ? offer(input.service) : undefined;
  return {
    "@type": "Service",
    "@id": ids.service(input.path),
    name: input.name,
    description: input.description,
    url: absoluteUrl(input.path),
    provider: ref(ids.organization),
    areaServed: places(input.areaServed),
    ...(input.serviceType ? { serviceType: input.serviceType } : {}),
    ...(serviceOffer ? { offers: serviceOffer } : {}),
    ...(input.mainEntity === false ? {} : { mainEntityOfPage: ref(ids.webPage(input.path)) }),
  };
}

/** The items a list page shows, in order, so engines can read the list without the HTML. */
export function itemList(path: string, items: Array<{ url: string; title: string }>): ItemList {
  return {
    "@type": "ItemList",
    "@id": `${absoluteUrl(path)}#items`,
    numberOfItems: items.length,
    itemListElement: items.map((item, index) => ({ "@type": "ListItem", position: index + 1, url: absoluteUrl(item.url), name: item.title })),
  };
}

// ---- Graph assembly ---------------------------------------------------------------------------

export function graph(nodes: Array<Thing | undefined>): Graph {
  return { "@context": "https://schema.org", "@graph": nodes.filter((node): node is Thing => node !== undefined) };
}

/** Every page: Organization + WebSite + its WebPage (+ BreadcrumbList below home) + extra nodes. */
export function pageGraph(page: PageInput, ...extra: Array<Thing | undefined>): Graph {
  const crumbs = page.crumbs && page.crumbs.length > 1 ? page.crumbs : undefined;
  return graph([organization(), website(), webPage(page), crumbs ? breadcrumbList(page.path, crumbs) : undefined, ...extra]);
}

/** A list page: CollectionPage whose main entity is the list of what it shows. */
export function collectionGraph(page: Omit<PageInput, "type">, items: Array<{ url: string; title: string }>, ...extra: Array<Thing | undefined>): Graph {
  const list = itemList(page.path, items);
  const collection = { ...webPage({ ...page, type: "CollectionPage" }), mainEntity: ref(list["@id"] as string) } as CollectionPage;
  const crumbs = page.crumbs && page.crumbs.length > 1 ? page.crumbs : undefined;
  return graph([organization(), website(), collection, crumbs ? breadcrumbList(page.path, crumbs) : undefined, list, ...extra]);
}

export function postGraph(post: Post, image: string): Graph {
  return pageGraph(pageInput(pageOf.post(post), { image }), blogPosting(post, image), post.faq.length > 0 ? faqPage(post.url, post.faq) : undefined);
}

export function newsGraph(item: News, image: string): Graph {
  return pageGraph(pageInput(pageOf.news(item), { image }), newsArticle(item, image));
}

/** The regions in which the organisation delivers every service when a page names none. */
export const defaultAreaServed = ["Amsterdam", "Randstad", "Nederland"];
