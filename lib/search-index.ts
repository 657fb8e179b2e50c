import { getFaqThemes, getNews, getPersonas, getPosts, getRegions, getServices, getTopics, faqAnchor } from "./content";
import { plainText } from "./schema";
import type { SearchEntry } from "./search";


/** Everything published, as built at build time (drafts and scheduled items are not in it). */
export function buildSearchIndex(now?: Date): SearchEntry[] {
  return [
    ...getPosts(now).map((post) => ({
      url: post.url,
      title: post.title,
      kind: post.fictional ? "Blog · voorbeeldcase" : "Blog",
      description: post.summary,
      text: [plainText(post.body.html), ...post.faq.map((item) => `${item.question} ${plainText(item.answer.html)}`)].join(" "),
    })),
    ...getNews(now).map((item) => ({ url: item.url, title: item.title, kind: "Nieuws", description: item.summary, text: plainText(item.body.html) })),
    ...getFaqThemes().flatMap((theme) =>
      theme.items.map((item) => ({ url: `/faq#${faqAnchor(item.question)}`, title: item.question, kind: `FAQ · ${theme.title}`, description: plainText(item.answer.html).slice(0, 160), text: plainText(item.answer.html) })),
    ),
    ...getServices().map((service) => ({ url: service.url, title: service.title, kind: "Dienst", description: service.summary, text: plainText(service.body.html) })),
    ...getPersonas().map((persona) => ({ url: persona.url, title: persona.title, kind: "Voor wie", description: persona.summary, text: plainText(persona.body.html) })),
    ...getRegions().map((region) => ({ url: region.url, title: region.title, kind: "Regio", description: region.summary, text: plainText(region.body.html) })),
    ...getTopics().map((topic) => ({ url: topic.url, title: topic.title, kind: "Onderwerp", description: topic.summary, text: plainText(topic.body.html) })),
  ];
}

