import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  faqAnchor,
  getAllPostsForCalendar,
  getFaqItems,
  getFaqThemes,
  getNews,
  getNewsItem,
  getNewsPage,
  getPersonas,
  getPost,
  getPosts,
  getPostsByCluster,
  getPostsByPersona,
  getRegions,
  getRelatedPosts,
  getServices,
  getTopics,
  isPublished,
} from "../lib/content";

const afterImport = new Date("2026-11-23T12:00:00Z");

describe("publishing rules", () => {
  it("hides drafts and future-dated items", () => {
    const now = new Date("2026-03-01T00:00:00Z");
    assert.equal(isPublished({ date: "2026-02-28T10:00:00Z" }, now), true);
    assert.equal(isPublished({ date: "2026-02-28T10:00:00Z", draft: true }, now), false);
    assert.equal(isPublished({ date: "2026-03-01T00:00:01Z" }, now), false);
  });

  it("publishes the eight core blogs and keeps the planned weeks 9–12 as drafts", () => {
    const posts = getPosts(afterImport);
    assert.equal(posts.length, 8);
    const calendar = getAllPostsForCalendar();
    assert.deepEqual(calendar.map((post) => post.week), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    assert.ok(calendar.filter((post) => (post.week ?? 0) >= 9).every((post) => post.draft));
    assert.equal(getPost("ai-trends-voor-het-mkb", afterImport), undefined);
  });

  it("sorts posts and news newest first", () => {
    for (const list of [getPosts(afterImport), getNews(afterImport)]) {
      const times = list.map((item) => new Date(item.date).getTime());
      assert.deepEqual(times, [...times].sort((a, b) => b - a));
    }
  });

  it("shows a scheduled post only from its date on (injectable now)", () => {
    assert.equal(getPost("wat-kost-een-ai-workshop", new Date("2026-01-12T07:59:00Z")), undefined);
    assert.ok(getPost("wat-kost-een-ai-workshop", new Date("2026-01-12T08:00:00Z")));
    assert.equal(getPosts(new Date("2026-01-06T00:00:00Z")).length, 1);
  });
});

describe("content API", () => {
  it("finds posts by cluster and persona", () => {
    assert.ok(getPostsByCluster("cases", afterImport).some((post) => post.fictional));
    assert.ok(getPostsByPersona("lokale-ondernemer", afterImport).some((post) => post.slug === "ai-in-amsterdam-en-de-randstad"));
  });

  it("relates posts by shared clusters, tags and personas, never the post itself", () => {
    const post = getPost("ai-voor-het-mkb-5-snelle-wins", afterImport);
    assert.ok(post);
    const related = getRelatedPosts(post, 3, afterImport);
    assert.equal(related.length, 3);
    assert.ok(related.every((other) => other.slug !== post.slug));
    assert.ok(related.every((other) => other.clusters.some((cluster) => post.clusters.includes(cluster))));
  });

  it("pages news and rejects pages that do not exist", () => {
    const first = getNewsPage(1, 2, afterImport);
    assert.ok(first);
    assert.equal(first.items.length, 2);
    assert.equal(first.pageCount, Math.ceil(getNews(afterImport).length / 2));
    assert.equal(getNewsPage(first.pageCount + 1, 2, afterImport), undefined);
    assert.equal(getNewsPage(0, 2, afterImport), undefined);
  });

  it("imports the four news seeds with their source line and fixed encoding", () => {
    assert.equal(getNews(afterImport).length, 4);
    const item = getNewsItem("openai-krijgt-110-miljard-dollar-van-amazon-nvidia-en-softbank", afterImport);
    assert.ok(item);
    assert.equal(item.doelgroep, "BESLISSER");
    assert.equal(item.sectie, "groei");
    assert.match(item.body.raw, /geïntegreerde/);
    assert.equal(getNewsItem("openai-erkent-ai-nog-niet-doorgedrongen-in-bedrijfsprocessen-mkb", afterImport)?.source, "TechCrunch");
  });

  it("groups the 19 general FAQ items by theme, without the internal JSON-LD note", () => {
    assert.ok(getFaqThemes().length >= 4);
    const items = getFaqItems();
    assert.equal(items.length, 19);
    assert.ok(items.every((item) => !/JSON-LD/.test(item.question)));
    assert.equal(new Set(items.map((item) => faqAnchor(item.question))).size, 19);
  });

  it("has 35 FAQ pairs across the eight core blogs", () => {
    assert.equal(getPosts(afterImport).reduce((sum, post) => sum + post.faq.length, 0), 35);
  });

  it("has the four personas, two regions, five topics and the services", () => {
    assert.deepEqual(getPersonas().map((persona) => persona.slug), ["drukbezette-ondernemer", "kritische-beslisser", "innovatieve-manager", "lokale-ondernemer"]);
    assert.deepEqual(getRegions().map((region) => region.slug).sort(), ["amsterdam", "randstad"]);
    assert.equal(getTopics().length, 5);
    assert.deepEqual(getServices().map((service) => service.slug).sort(), ["implementatie", "lezingen", "pilot", "workshops"]);
  });

  it("keeps every citation as an https source on its post", () => {
    for (const post of getPosts(afterImport)) {
      for (const source of post.sources) assert.match(source.url, /^https:\/\/[a-z0-9.-]+$/, `${post.slug}: ${source.url}`);
    }
    assert.ok(getPosts(afterImport).filter((post) => !post.fictional).every((post) => post.sources.length > 0));
  });
});
