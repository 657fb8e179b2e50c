/**
 * The content API over the unit tests' fixture site (tests/fixtures/site): publishing rules,
 * ordering and lookups. Rules are tested here, on content that never changes; the real content
 * is checked by the build and, as relations, by the end-to-end tests.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  faqAnchor,
  findFaq,
  getAllPostsForCalendar,
  getCalendarPlan,
  getFaqByCluster,
  getFaqItems,
  getFaqThemes,
  getNews,
  getNewsItem,
  getNewsPage,
  getPersona,
  getPersonas,
  getPost,
  getPosts,
  getPostsByCluster,
  getPostsByPersona,
  getRelatedPosts,
  getServices,
  getTopic,
  newsAudience,
} from "../lib/content";
import { isPublished, publicationStatus } from "../lib/publishing";

const now = new Date("2026-11-23T12:00:00Z");
const slugs = (items: Array<{ slug: string }>) => items.map((item) => item.slug);

describe("publishing rule", () => {
  it("hides drafts and future-dated items, to the millisecond", () => {
    const at = new Date("2026-03-01T00:00:00Z");
    assert.equal(isPublished({ date: "2026-02-28T10:00:00Z" }, at), true);
    assert.equal(isPublished({ date: "2026-02-28T10:00:00Z", draft: true }, at), false);
    assert.equal(isPublished({ date: "2026-03-01T00:00:00.001Z" }, at), false);
    assert.deepEqual(publicationStatus({ date: "2026-03-02T08:00:00Z" }, at), { kind: "scheduled", date: new Date("2026-03-02T08:00:00Z") });
    assert.deepEqual(publicationStatus({ date: "2020-01-01T00:00:00Z", draft: true }, at), { kind: "draft" });
  });
});

describe("content API: posts", () => {
  it("lists published posts newest first, without drafts or scheduled posts", () => {
    assert.deepEqual(slugs(getPosts(now)), ["voorbeeldcase-tijdwinst", "kosten-van-een-ai-workshop", "eerste-stappen-met-ai"]);
    assert.equal(getPost("concept-artikel", now), undefined);
    assert.equal(getPost("gepland-artikel", now), undefined);
  });

  it("shows a scheduled post from its moment on (injectable now) and everything in preview", () => {
    assert.equal(getPost("kosten-van-een-ai-workshop", new Date("2026-02-02T07:59:59.999Z")), undefined);
    assert.ok(getPost("kosten-van-een-ai-workshop", new Date("2026-02-02T08:00:00Z")));
    assert.equal(getPost("concept-artikel", { preview: true })?.draft, true);
    assert.equal(getPost("gepland-artikel", { now, preview: true })?.slug, "gepland-artikel");
  });

  it("types enums at the source and computes slug, url, reading time, sources and outline", () => {
    const post = getPost("eerste-stappen-met-ai", now)!;
    assert.deepEqual(
      [post.slug, post.url, post.intent, post.clusters],
      ["eerste-stappen-met-ai", "/blog/eerste-stappen-met-ai", "informatief", ["automatisering-mkb"]],
    );
    assert.equal(post.readingTime, 1);
    assert.deepEqual(post.sources, [{ id: "1", name: "smb-gr.com", url: "https://smb-gr.com" }]);
    assert.deepEqual(
      post.headings.map((heading) => heading.id),
      ["administratie-automatiseren", "klantvragen-beantwoorden", "teksten-schrijven", "beginnen"],
    );
    assert.equal(post.draft, false);
    assert.deepEqual(post.tags, ["tijdwinst", "automatisering"]);
  });

  it("finds posts by cluster and persona", () => {
    assert.deepEqual(slugs(getPostsByCluster("automatisering-mkb", now)), ["kosten-van-een-ai-workshop", "eerste-stappen-met-ai"]);
    assert.deepEqual(slugs(getPostsByPersona("kritische-beslisser", now)), ["voorbeeldcase-tijdwinst", "kosten-van-een-ai-workshop"]);
  });

  it("relates posts by shared clusters, tags and personas, never the post itself", () => {
    const post = getPost("eerste-stappen-met-ai", now)!;
    assert.deepEqual(slugs(getRelatedPosts(post, 3, now)), ["kosten-van-een-ai-workshop", "voorbeeldcase-tijdwinst"]);
  });

  it("gives the calendar every post, drafts and scheduled ones too, by week", () => {
    assert.deepEqual(
      getAllPostsForCalendar().map((post) => post.week),
      [1, 2, 3, 4, 5],
    );
    assert.deepEqual(
      getCalendarPlan().map((week) => week.week),
      [1, 2, 3, 4, 5, 6],
    );
  });
});

describe("content API: news", () => {
  it("lists published news newest first, with the pipeline's label or doelgroep as badge", () => {
    const news = getNews(now);
    assert.deepEqual(slugs(news), ["pijplijn-bericht", "doelgroep-bericht"]);
    assert.deepEqual(news.map(newsAudience), ["BESLISSER", "MANAGER"]);
    assert.deepEqual(
      news.map((item) => item.source),
      ["TechCrunch", "Het Financieele Dagblad"],
    );
    assert.equal(getNewsItem("concept-bericht", now), undefined);
  });

  it("renders repaired encoding while the file stays as the pipeline sent it", () => {
    const item = getNewsItem("pijplijn-bericht", now)!;
    assert.match(item.body.raw, /ge√Øntegreerde/);
    assert.match(item.body.html, /geïntegreerde/);
    assert.doesNotMatch(item.body.html, /Bron:/);
  });

  it("pages news and rejects pages that do not exist", () => {
    assert.deepEqual(
      getNewsPage(1, 1, now)?.items.map((item) => item.slug),
      ["pijplijn-bericht"],
    );
    assert.equal(getNewsPage(2, 1, now)?.pageCount, 2);
    for (const page of [0, 3, 1.5]) assert.equal(getNewsPage(page, 1, now), undefined);
  });
});

describe("content API: FAQ and pages", () => {
  it("groups the general FAQ by theme order; each question has a unique anchor", () => {
    assert.deepEqual(slugs(getFaqThemes()), ["starten", "kosten"]);
    const anchors = getFaqItems().map((item) => faqAnchor(item.question));
    assert.equal(new Set(anchors).size, anchors.length);
    assert.equal(faqAnchor("Is AI iets voor een klein bedrijf?"), "is-ai-iets-voor-een-klein-bedrijf");
  });

  it("finds a question where it is answered: on /faq or on its published post", () => {
    assert.deepEqual(findFaq("Kunnen jullie in-company komen?", now)?.url, "/faq#kunnen-jullie-in-company-komen");
    assert.deepEqual(findFaq("Kan de workshop bij ons op kantoor?", now)?.url, "/blog/kosten-van-een-ai-workshop#kan-de-workshop-bij-ons-op-kantoor");
    assert.equal(findFaq("Wanneer verschijnt dit?", now), undefined, "a scheduled post's question is not answered yet");
    assert.equal(getFaqByCluster("cases", now).length, 3);
  });

  it("orders personas and services and looks topics up by their cluster", () => {
    assert.deepEqual(slugs(getPersonas()), ["drukbezette-ondernemer", "kritische-beslisser"]);
    assert.equal(getPersona("kritische-beslisser")?.interest, "pilot");
    assert.deepEqual(
      getServices().map((service) => [service.slug, service.priceFrom]),
      [
        ["workshops", 750],
        ["lezingen", undefined],
      ],
    );
    assert.deepEqual(getTopic("cases")?.services, ["workshops"]);
  });
});
