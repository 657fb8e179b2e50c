/**
 * The JSON-LD builders, the feed and llms.txt, on the unit tests' fixture site: shapes, ids,
 * references and escaping, without rendering a page.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { serializeJsonLd } from "../components/json-ld";
import { getFaqItems, getNewsItem, getPost, getPosts, getServices } from "../lib/content";
import { getFeedPages, renderRss } from "../lib/feed";
import { renderLlmsTxt } from "../lib/llms";
import { pageOf, staticPage } from "../lib/registry";
import {
  blogPosting,
  breadcrumbList,
  collectionGraph,
  faqPage,
  ids,
  newsArticle,
  organization,
  pageGraph,
  pageInput,
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
const post = getPost("eerste-stappen-met-ai", now)!;

describe("schema builders", () => {
  it("defines Organization and WebSite once, with absolute ids from the site config", () => {
    assert.equal(asJson(organization())["@id"], `${site.url}/#organization`);
    assert.equal(asJson<{ publisher: { "@id": string } }>(website()).publisher["@id"], ids.organization);
  });

  it("builds a WebPage that points to its site and breadcrumb", () => {
    const page = asJson<Record<string, unknown>>(webPage(pageInput(staticPage("/faq"))));
    assert.equal(page["@id"], `${absoluteUrl("/faq")}#webpage`);
    assert.deepEqual(page.breadcrumb, { "@id": `${absoluteUrl("/faq")}#breadcrumb` });
    assert.equal(page.inLanguage, "nl-NL");
  });

  it("numbers breadcrumb positions from 1 with absolute URLs", () => {
    const { crumbs = [] } = pageInput(pageOf.post(post));
    const list = asJson<{ itemListElement: Array<{ position: number; item: string; name: string }> }>(breadcrumbList(post.url, crumbs));
    assert.deepEqual(
      list.itemListElement.map((item) => item.position),
      [1, 2, 3],
    );
    assert.deepEqual(
      list.itemListElement.map((item) => item.name),
      ["Home", "Blog", post.title],
    );
    assert.ok(list.itemListElement.every((item) => item.item.startsWith(site.url)));
  });

  it("marks up a post as BlogPosting with dates, author, keywords, word count and citations", () => {
    const posting = asJson<Record<string, unknown>>(blogPosting(post, "/blog/x/opengraph-image"));
    assert.equal(posting.headline, post.title);
    assert.equal(posting.datePublished, "2026-01-05T08:00:00.000Z");
    assert.equal(posting.image, absoluteUrl("/blog/x/opengraph-image"));
    assert.deepEqual(posting.author, { "@type": "Organization", "@id": ids.organization, name: site.name, url: absoluteUrl("/") });
    assert.deepEqual(posting.citation, [{ "@type": "CreativeWork", name: "smb-gr.com", url: "https://smb-gr.com" }]);
    assert.equal(posting.keywords, "tijdwinst, automatisering");
    // The visible words, not the markdown source: no heading marks, no footnote definitions.
    assert.equal(posting.wordCount, 57);
  });

  it("labels the fictitious case as such and never as a review", () => {
    const fictional = getPosts(now).find((item) => item.fictional)!;
    assert.match(String(asJson(blogPosting(fictional, "/x")).genre), /Voorbeeldcase/);
    assert.equal(JSON.stringify(postGraph(fictional, "/x")).includes('"Review"'), false);
  });

  it("marks up news as NewsArticle with its label or doelgroep, section and source", () => {
    const article = asJson<Record<string, unknown>>(newsArticle(getNewsItem("pijplijn-bericht", now)!, "/x"));
    assert.equal(article["@type"], "NewsArticle");
    assert.deepEqual(article.articleSection, ["BESLISSER", "groei"]);
    assert.deepEqual(article.isBasedOn, { "@type": "CreativeWork", name: "TechCrunch" });
  });

  it("puts FAQ answers as plain text with character references decoded", () => {
    const faq = asJson<{ mainEntity: Array<{ name: string; acceptedAnswer: { text: string } }> }>(faqPage("/faq", getFaqItems()));
    assert.equal(faq.mainEntity.length, getFaqItems().length);
    assert.ok(faq.mainEntity.every((question) => !/<[a-z]|&#x|&amp;/.test(question.acceptedAnswer.text)));
    const onPost = asJson<{ mainEntity: Array<{ acceptedAnswer: { text: string } }> }>(faqPage(post.url, post.faq));
    assert.equal(onPost.mainEntity[0]?.acceptedAnswer.text, "Nee, de meeste tools werken plug-&-play. Zie ook de veelgestelde vragen.");
  });

  it("gives a priced service an Offer with a minimum price, and an unpriced one none", () => {
    const [workshops, lezingen] = getServices();
    const priced = asJson<Record<string, unknown>>(
      serviceNode({ path: workshops!.url, name: workshops!.title, description: workshops!.summary, areaServed: ["Amsterdam"], service: workshops }),
    );
    assert.deepEqual((priced.offers as { priceSpecification: unknown }).priceSpecification, {
      "@type": "PriceSpecification",
      priceCurrency: "EUR",
      minPrice: 750,
    });
    assert.deepEqual(priced.areaServed, [{ "@type": "Place", name: "Amsterdam" }]);
    const unpriced = asJson<Record<string, unknown>>(
      serviceNode({ path: lezingen!.url, name: lezingen!.title, description: lezingen!.summary, areaServed: ["Amsterdam"], service: lezingen }),
    );
    assert.equal(unpriced.offers, undefined);
  });

  it("assembles graphs whose references all resolve and whose vocabulary is schema.org", () => {
    for (const graph of [postGraph(post, "/x"), pageGraph(pageInput(staticPage("/"))), collectionGraph(pageInput(staticPage("/blog")), getPosts(now))]) {
      assert.deepEqual(validateGraph(JSON.parse(serializeJsonLd(graph))).errors, []);
    }
  });

  it("the validator rejects unknown types, unknown properties and dangling references", () => {
    const report = validateGraph({
      "@context": "https://schema.org",
      "@graph": [
        { "@type": "BlogPostingg", "@id": "https://x/#a" },
        { "@type": "WebPage", "@id": "https://x/#p", colour: "red", isPartOf: { "@id": "https://x/#missing" } },
      ],
    });
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
  it("lists published posts and news, newest first", () => {
    assert.deepEqual(
      getFeedPages(now).map((page) => page.path),
      [
        "/blog/voorbeeldcase-tijdwinst",
        "/nieuws/pijplijn-bericht",
        "/nieuws/doelgroep-bericht",
        "/blog/kosten-van-een-ai-workshop",
        "/blog/eerste-stappen-met-ai",
      ],
    );
  });

  it("writes RSS with absolute links, escaped text and RFC 822 publication dates", () => {
    const [page] = getFeedPages(now).filter((candidate) => candidate.path === "/blog/eerste-stappen-met-ai");
    const rss = renderRss([{ ...page!, title: "A & <B>" }]);
    assert.match(rss, /<title><!\[CDATA\[A & <B>\]\]><\/title>/);
    assert.match(rss, new RegExp(`<link>${site.url}/blog/eerste-stappen-met-ai</link>`));
    assert.match(rss, /<pubDate>Mon, 05 Jan 2026 08:00:00 GMT<\/pubDate>/);
    assert.match(rss, /<language>nl-nl<\/language>/);
  });

  it("writes llms.txt as a title, a summary and sections of links with descriptions", () => {
    const text = renderLlmsTxt([{ ...pageOf.post({ slug: "a", title: "Een post", summary: "Over  iets\nnieuws", date: "2026-01-01T00:00:00Z" }) }]);
    assert.equal(text, `# ${site.name}\n\n> ${site.description}\n\n${text.split("\n")[4]}\n\n## Blog\n\n- [Een post](${site.url}/blog/a): Over iets nieuws\n`);
  });
});
