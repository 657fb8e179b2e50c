/**
 * Scheduled publishing: an item with a future `date` appears once that moment has passed,
 * without anyone editing a file. The clock is moved through the injectable `now` of the content
 * API and the page registry, and through a mocked clock for the sitemap and feed routes
 * themselves. That the built routes really re-render (revalidate) is checked on the build output
 * in e2e/scheduling.spec.ts.
 */
import assert from "node:assert/strict";
import { afterEach, describe, it, mock } from "node:test";
import { getNews, getNewsItem, getPost, getPosts, getPostsByCluster, getPostsByPersona, getRelatedPosts } from "../lib/content";
import { getFeedPages } from "../lib/feed";
import { renderLlmsTxt } from "../lib/llms";
import { getIndexablePages, getPages } from "../lib/registry";
import { getSearchEntries } from "../lib/search-index";

// tests/fixtures/site/blog/gepland-artikel.md: Monday 5 January 2099, 09:00 Amsterdam time.
const slug = "gepland-artikel";
const url = `/blog/${slug}`;
const justBefore = new Date("2099-01-05T07:59:59.999Z");
const atItsMoment = new Date("2099-01-05T08:00:00.000Z");

describe("scheduled publishing: moving the clock", () => {
  it("keeps the post out of its page, the lists and the hubs until its moment", () => {
    assert.equal(getPost(slug, justBefore), undefined);
    assert.ok(!getPosts(justBefore).some((post) => post.slug === slug));
    assert.ok(!getPostsByCluster("automatisering-mkb", justBefore).some((post) => post.slug === slug));
    assert.ok(!getPostsByPersona("drukbezette-ondernemer", justBefore).some((post) => post.slug === slug));
    const other = getPost("eerste-stappen-met-ai", justBefore)!;
    assert.ok(!getRelatedPosts(other, 10, justBefore).some((post) => post.slug === slug));
  });

  it("publishes it at its moment, newest first", () => {
    assert.equal(getPost(slug, atItsMoment)?.slug, slug);
    assert.equal(getPosts(atItsMoment)[0]?.slug, slug);
    assert.ok(getPostsByPersona("drukbezette-ondernemer", atItsMoment).some((post) => post.slug === slug));
  });

  it("adds it to the registry, the sitemap's pages, the feed, llms.txt and the search index at the same moment", () => {
    const before = getIndexablePages(justBefore).map((page) => page.path);
    const after = getIndexablePages(atItsMoment).map((page) => page.path);
    assert.ok(!before.includes(url));
    assert.deepEqual(
      after.filter((path) => !before.includes(path)),
      [url],
    );
    assert.ok(!getFeedPages(justBefore).some((page) => page.path === url));
    assert.equal(getFeedPages(atItsMoment)[0]?.path, url);
    assert.ok(!renderLlmsTxt(getIndexablePages(justBefore)).includes(url));
    assert.ok(renderLlmsTxt(getIndexablePages(atItsMoment)).includes(url));
    assert.ok(!getSearchEntries(justBefore).some((entry) => entry.url === url));
    assert.ok(getSearchEntries(atItsMoment).some((entry) => entry.url === url));
  });

  it("does the same for news, to the millisecond of the pipeline's timestamp", () => {
    const item = getNews(new Date("2100-01-01T00:00:00Z")).find((news) => news.slug === "gepland-bericht")!;
    const moment = new Date(item.date);
    assert.equal(getNewsItem(item.slug, new Date(moment.getTime() - 1)), undefined);
    assert.equal(getNewsItem(item.slug, moment)?.slug, item.slug);
    assert.ok(getPages(moment).some((page) => page.path === item.url));
    assert.ok(getFeedPages(moment).some((page) => page.path === item.url));
  });

  it("never publishes a draft, whatever the time", () => {
    const farFuture = new Date("2200-01-01T00:00:00Z");
    assert.equal(getPost("concept-artikel", farFuture), undefined);
    assert.ok(!getPages(farFuture).some((page) => page.path === "/blog/concept-artikel"));
    assert.ok(!getSearchEntries(farFuture).some((entry) => entry.url === "/blog/concept-artikel"));
  });
});

describe("scheduled publishing: the sitemap and feed routes on a moving clock", () => {
  afterEach(() => mock.timers.reset());

  it("the sitemap route lists the post only after its moment", async () => {
    const { default: sitemap } = await import("../app/sitemap");
    mock.timers.enable({ apis: ["Date"], now: justBefore });
    assert.ok(!sitemap().some((entry) => entry.url.endsWith(url)));
    mock.timers.setTime(atItsMoment.getTime());
    assert.ok(sitemap().some((entry) => entry.url.endsWith(url)));
  });

  it("the feed route carries the post only after its moment", async () => {
    const { GET } = await import("../app/feed.xml/route");
    mock.timers.enable({ apis: ["Date"], now: justBefore });
    assert.doesNotMatch(await GET().text(), new RegExp(`<link>[^<]*${url}</link>`));
    mock.timers.setTime(atItsMoment.getTime());
    assert.match(await GET().text(), new RegExp(`<link>[^<]*${url}</link>`));
  });
});
