import { getFaqThemes, getNews, getPersonas, getPosts, getRegions, getServices, getTopics } from "./content";

/** One published page: what the sitemap, search page and link crawls enumerate. */
export type PublishedPage = { path: string; title: string; description: string; kind: string; lastModified?: string };

const staticPages: PublishedPage[] = [
  { path: "/", title: "Home", description: "Praktische AI voor het MKB", kind: "Pagina" },
  { path: "/blog", title: "Blog", description: "Alle artikelen", kind: "Overzicht" },
  { path: "/nieuws", title: "AI-nieuws", description: "Kort AI-nieuws voor ondernemers", kind: "Overzicht" },
  { path: "/onderwerpen", title: "Onderwerpen", description: "Artikelen per onderwerp", kind: "Overzicht" },
  { path: "/faq", title: "Veelgestelde vragen", description: "Antwoorden op veelgestelde vragen", kind: "FAQ" },
  { path: "/voor", title: "Voor wie", description: "Voor ondernemers, beslissers, managers en lokale ondernemers", kind: "Overzicht" },
  { path: "/regio", title: "Regio", description: "Amsterdam en de Randstad", kind: "Overzicht" },
  { path: "/diensten", title: "Diensten", description: "Workshops, lezingen, pilots en implementatie", kind: "Overzicht" },
  { path: "/contact", title: "Contact en gratis intake", description: "Vraag een gratis intake aan", kind: "Pagina" },
  { path: "/privacy", title: "Privacyverklaring", description: "Hoe we met je gegevens omgaan", kind: "Pagina" },
];

/** Every published, indexable page; `now` decides what is scheduled. */
export function getPublishedPages(now?: Date): PublishedPage[] {
  const dated = [...getPosts(now), ...getNews(now)].map((item) => item.updated ?? item.date).sort();
  // Pages without a date of their own change when the content they show changes.
  const siteUpdated = dated.at(-1);
  return [
    ...staticPages.map((page) => ({ ...page, lastModified: siteUpdated })),
    ...getPosts(now).map((post) => ({ path: post.url, title: post.title, description: post.summary, kind: "Blog", lastModified: post.updated ?? post.date })),
    ...getNews(now).map((item) => ({ path: item.url, title: item.title, description: item.summary, kind: "Nieuws", lastModified: item.updated ?? item.date })),
    ...getTopics().map((topic) => ({ path: topic.url, title: topic.title, description: topic.summary, kind: "Onderwerp", lastModified: siteUpdated })),
    ...getPersonas().map((persona) => ({ path: persona.url, title: persona.title, description: persona.summary, kind: "Voor wie", lastModified: siteUpdated })),
    ...getRegions().map((region) => ({ path: region.url, title: region.title, description: region.summary, kind: "Regio", lastModified: siteUpdated })),
    ...getServices().map((service) => ({ path: service.url, title: service.title, description: service.summary, kind: "Dienst", lastModified: siteUpdated })),
  ];
}

/** FAQ themes as search entries, linking into the hub. */
export function getFaqSearchEntries(): PublishedPage[] {
  return getFaqThemes().flatMap((theme) =>
    theme.items.map((item) => ({ path: `/faq#${theme.slug}`, title: item.question, description: theme.title, kind: "FAQ" })),
  );
}
