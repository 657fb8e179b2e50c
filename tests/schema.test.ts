import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { serializeJsonLd } from "../components/json-ld";
import { getFaqItems, getNews, getPost, getPosts, getServices } from "../lib/content";
import { renderLlmsTxt } from "../lib/llms";
import { getFeedItems, renderRss } from "../lib/feed";
import {
  blogPosting,
  breadcrumbList,
  collectionGraph,
  faqPage,
  ids,
  newsArticle,
  organization,
  pageGraph,
  plainText,
  postGraph,
  serviceNode,
  webPage,
  website,
} from "../lib/schema";
import { absoluteUrl, site } from "../lib/site";
import { validateGraph } from "../scripts/seo/validate-graph";

const now = new Date("2026-11-23T12:00:00Z");
/** A node as plain JSON, the way a crawler reads it. */
const asJson = <T = Record<string, unknown>>(node: unknown): T => JSON.parse(JSON.stringify(node)) as T;
const post = getPost("ai-voor-het-mkb-5-snelle-wins", now)!;
const crumbs = [
  { name: "Home", path: "/" },
  { name: "Blog", path: "/blog" },
  { name: post.title, path: post.url },
];

describe("schema builders", () => {
  it("defines Organization and WebSite once, with absolute ids from the site config", () => {
    assert.equal(asJson(organization())["@id"], `${site.url}/#organization`);
    assert.equal(asJson<{ publisher: { "@id": string } }>(website()).publisher["@id"], ids.organization);
  });

  it("builds a WebPage that points to its site and breadcrumb", () => {
    const page = asJson<Record<string, unknown>>(webPage({ path: "/faq", title: "FAQ", description: "Vragen", crumbs }));
    assert.equal(page["@id"], `${absoluteUrl("/faq")}#webpage`);
    assert.deepEqual(page.breadcrumb, { "@id": `${absoluteUrl("/faq")}#breadcrumb` });
    assert.equal(page.inLanguage, "nl-NL");
  });

  it("numbers breadcrumb positions from 1 with absolute URLs", () => {
    const list = asJson<{ itemListElement: Array<{ position: number; item: string }> }>(breadcrumbList(post.url, crumbs));
    assert.deepEqual(list.itemListElement.map((item) => item.position), [1, 2, 3]);
    assert.ok(list.itemListElement.every((item) => item.item.startsWith(site.url)));
  });

  it("marks up a post as BlogPosting with dates, author, keywords and citations", () => {
    const posting = asJson<Record<string, unknown>>(blogPosting(post, "/blog/x/opengraph-image"));
    assert.equal(posting.headline, post.title);
    assert.equal(posting.datePublished, "2026-01-05T08:00:00.000Z");
    assert.equal(posting.image, absoluteUrl("/blog/x/opengraph-image"));
    assert.deepEqual(posting.author, { "@type": "Organization", "@id": ids.organization, name: site.name, url: absoluteUrl("/") });
    assert.equal((posting.citation as unknown[]).length, post.sources.length);
    assert.match(String(posting.keywords), /automatisering/);
  });

  it("labels the fictitious case as such and never as a review", () => {
    const fictional = getPosts(now).find((item) => item.fictional)!;
    const posting = asJson<Record<string, unknown>>(blogPosting(fictional, "/x"));
    assert.match(String(posting.genre), /Voorbeeldcase/);
    assert.equal(JSON.stringify(postGraph(fictional, crumbs, "/x")).includes('"Review"'), false);
  });

  it("marks up news as NewsArticle with its label/doelgroep and section", () => {
    const item = getNews(now).find((news) => news.sectie)!;
    const article = asJson<Record<string, unknown>>(newsArticle(item, "/x"));
    assert.equal(article["@type"], "NewsArticle");
    assert.deepEqual(article.articleSection, ["BESLISSER", "groei"]);
  });

  it("puts FAQ answers as plain text", () => {
    const faq = asJson<{ mainEntity: Array<{ acceptedAnswer: { text: string } }> }>(faqPage("/faq", getFaqItems()));
    assert.equal(faq.mainEntity.length, 19);
    assert.ok(faq.mainEntity.every((question) => !/<[a-z]/.test(question.acceptedAnswer.text)));
    assert.equal(plainText("<p>A &amp; B <sup><a>1</a></sup> &#x3C;script></p>"), "A & B <script>");
  });

  it("gives a priced service an Offer with a minimum price, and an unpriced one none", () => {
    const workshops = getServices().find((service) => service.slug === "workshops")!;
    const lezingen = getServices().find((service) => service.slug === "lezingen")!;
    const priced = asJson<Record<string, unknown>>(serviceNode({ path: workshops.url, name: workshops.title, description: workshops.summary, areaServed: ["Amsterdam"], service: workshops }));
    assert.deepEqual((priced.offers as { priceSpecification: unknown }).priceSpecification, { "@type": "PriceSpecification", priceCurrency: "EUR", minPrice: 750 });
    assert.deepEqual(priced.areaServed, [{ "@type": "Place", name: "Amsterdam" }]);
    const unpriced = asJson<Record<string, unknown>>(serviceNode({ path: lezingen.url, name: lezingen.title, description: lezingen.summary, areaServed: ["Amsterdam"], service: lezingen }));
    assert.equal(unpriced.offers, undefined);
  });

  it("assembles graphs whose references all resolve and whose vocabulary is schema.org", () => {
    for (const graph of [
      postGraph(post, crumbs, "/x"),
      pageGraph({ path: "/", title: site.name, description: site.description }),
      collectionGraph({ path: "/blog", title: "Blog", description: "Alle artikelen", crumbs: crumbs.slice(0, 2) }, getPosts(now)),
    ]) {
      assert.deepEqual(validateGraph(JSON.parse(serializeJsonLd(graph))).errors, []);
    }
  });

  it("the validator rejects unknown types, unknown properties and dangling references", () => {
    const report = validateGraph({ "@context": "https://schema.org", "@graph": [{ "@type": "BlogPostingg", "@id": "https://x/#a" }, { "@type": "WebPage", "@id": "https://x/#p", colour: "red", isPartOf: { "@id": "https://x/#missing" } }] });
    assert.equal(report.errors.length, 3, report.errors.join("\n"));
  });
});

describe("JSON-LD serialisation", () => {
  it("escapes < so a title cannot close the script element, and parses back to the same text", () => {
    const title = "</script><script>alert(1)</script>";
    const json = serializeJsonLd(pageGraph({ path: "/x", title, description: "<img src=x onerror=alert(1)>" }));
    assert.equal(json.includes("<"), false);
    const graph = JSON.parse(json) as { "@graph": Array<{ name?: string }> };
    assert.equal(graph["@graph"][2]?.name, title);
  });
});

describe("feed and llms.txt", () => {
  it("lists published posts and news, newest first, with absolute links and escaped text", () => {
    const items = getFeedItems(now);
    assert.equal(items.length, getPosts(now).length + getNews(now).length);
    const rss = renderRss([{ title: "A & <B>", url: "/blog/a", summary: "x", date: "2026-01-05T08:00:00.000Z", category: "Blog" }]);
    assert.match(rss, /<title>A &amp; &lt;B&gt;<\/title>/);
    assert.match(rss, new RegExp(`<guid isPermaLink="true">${site.url}/blog/a</guid>`));
    assert.match(rss, /<pubDate>Mon, 05 Jan 2026 08:00:00 GMT<\/pubDate>/);
  });

  it("leaves scheduled items out of the feed until their date", () => {
    assert.equal(getFeedItems(new Date("2026-01-06T00:00:00Z")).filter((item) => item.category === "Blog").length, 1);
  });

  it("writes llms.txt as a title, a summary and sections of links with descriptions", () => {
    const text = renderLlmsTxt([{ path: "/blog/a", title: "Een post", description: "Over  iets\nnieuws", kind: "Blog" }]);
    assert.equal(text, `# ${site.name}\n\n> ${site.description}\n\n${text.split("\n")[4]}\n\n## Blog\n\n- [Een post](${site.url}/blog/a): Over iets nieuws\n`);
  });
});
