/**
 * Scheduled publishing: an item with a future `date` appears once that moment has passed,
 * without anyone editing a file. The mechanism is time-based revalidation: every page and
 * machine surface that lists dated content is re-rendered at most an hour after a request
 * (`revalidate = 3600`), and detail pages keep `dynamicParams` so a newly due slug renders on
 * demand. Here the clock is moved through the injectable `now` of the content API, and through
 * a mocked clock for the sitemap and feed routes themselves.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, it, mock } from "node:test";
import { getNews, getNewsItem, getPost, getPosts, getPostsByCluster, getPostsByPersona, getRelatedPosts } from "../lib/content";
import { getFeedItems } from "../lib/feed";
import { renderLlmsTxt } from "../lib/llms";
import { getPublishedPages } from "../lib/pages";
import { buildSearchIndex } from "../lib/search-index";

const projectRoot = path.resolve(import.meta.dirname, "..");

// Week 8, the last core blog: scheduled for Monday 23 February 2026, 09:00 Amsterdam time.
const slug = "ai-in-amsterdam-en-de-randstad";
const url = `/blog/${slug}`;
const justBefore = new Date("2026-02-23T07:59:59.999Z");
const atItsMoment = new Date("2026-02-23T08:00:00.000Z");

describe("scheduled publishing: moving the clock through the content API", () => {
  it("keeps the post out of its page, the lists and the hubs until its moment", () => {
    assert.equal(getPost(slug, justBefore), undefined);
    assert.ok(!getPosts(justBefore).some((post) => post.slug === slug));
    assert.ok(!getPostsByCluster("ai-workshop-kosten", justBefore).some((post) => post.slug === slug));
    assert.ok(!getPostsByPersona("lokale-ondernemer", justBefore).some((post) => post.slug === slug));
    const other = getPost("wat-kost-een-ai-workshop", justBefore);
    assert.ok(other);
    assert.ok(!getRelatedPosts(other, 10, justBefore).some((post) => post.slug === slug));
  });

  it("publishes it at its moment, newest first", () => {
    assert.equal(getPost(slug, atItsMoment)?.slug, slug);
    assert.equal(getPosts(atItsMoment)[0]?.slug, slug);
    assert.ok(getPostsByPersona("lokale-ondernemer", atItsMoment).some((post) => post.slug === slug));
  });

  it("adds it to the sitemap, the feed, llms.txt and the search index at the same moment", () => {
    const sitemapBefore = getPublishedPages(justBefore).map((page) => page.path);
    const sitemapAfter = getPublishedPages(atItsMoment).map((page) => page.path);
    assert.ok(!sitemapBefore.includes(url));
    assert.ok(sitemapAfter.includes(url));
    assert.equal(sitemapAfter.length, sitemapBefore.length + 1);

    assert.ok(!getFeedItems(justBefore).some((item) => item.url === url));
    assert.equal(getFeedItems(atItsMoment)[0]?.url, url);

    assert.ok(!renderLlmsTxt(getPublishedPages(justBefore)).includes(url));
    assert.ok(renderLlmsTxt(getPublishedPages(atItsMoment)).includes(url));

    assert.ok(!buildSearchIndex(justBefore).some((entry) => entry.url === url));
    assert.ok(buildSearchIndex(atItsMoment).some((entry) => entry.url === url));
  });

  it("does the same for news, to the millisecond of the pipeline's timestamp", () => {
    const item = getNews(new Date("2100-01-01T00:00:00Z")).find((news) => news.slug === "openai-krijgt-110-miljard-dollar-van-amazon-nvidia-en-softbank");
    assert.ok(item);
    const moment = new Date(item.date);
    assert.equal(getNewsItem(item.slug, new Date(moment.getTime() - 1)), undefined);
    assert.equal(getNewsItem(item.slug, moment)?.slug, item.slug);
    assert.ok(getPublishedPages(moment).some((page) => page.path === item.url));
    assert.ok(getFeedItems(moment).some((entry) => entry.url === item.url));
  });

  it("never publishes a draft, whatever the time, but shows it in preview", () => {
    const farFuture = new Date("2100-01-01T00:00:00Z");
    assert.equal(getPost("ai-trends-voor-het-mkb", farFuture), undefined);
    assert.ok(!getPublishedPages(farFuture).some((page) => page.path === "/blog/ai-trends-voor-het-mkb"));
    assert.equal(getPost("ai-trends-voor-het-mkb", { preview: true })?.draft, true);
    // Preview also shows what is scheduled; without it, the same lookup keeps the rules.
    assert.equal(getPost(slug, { now: justBefore, preview: true })?.slug, slug);
    assert.equal(getPost(slug, { now: justBefore })?.slug, undefined);
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

/** Route files under app/, with their source. */
function routeFiles(dir = path.join(projectRoot, "app")): Array<{ file: string; source: string }> {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /^(page\.tsx|route\.ts|sitemap\.ts)$/.test(entry.name))
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      return { file: path.relative(projectRoot, file), source: readFileSync(file, "utf8") };
    });
}

const DATED_CONTENT = /\b(getPosts|getNews|getNewsPage|getPostsByCluster|getPostsByPersona|getRelatedPosts|getPublishedPages|getFeedItems|renderLlmsTxt|buildSearchIndex)\(/;

describe("scheduled publishing: the mechanism stays in place", () => {
  const dated = routeFiles().filter(({ file, source }) => DATED_CONTENT.test(source) && !file.startsWith(path.join("app", "redactie")));

  it("finds the routes that list dated content", () => {
    const files = dated.map(({ file }) => file.split(path.sep).join("/"));
    for (const expected of ["app/blog/page.tsx", "app/blog/[slug]/page.tsx", "app/nieuws/[slug]/page.tsx", "app/sitemap.ts", "app/feed.xml/route.ts"]) {
      assert.ok(files.includes(expected), expected);
    }
  });

  it("re-renders every one of them at least hourly (revalidate ≤ 3600)", () => {
    for (const { file, source } of dated) {
      const seconds = Number(/export const revalidate = (\d+)/.exec(source)?.[1]);
      assert.ok(seconds > 0 && seconds <= 3600, `${file} must export revalidate ≤ 3600 so scheduled items appear without a deploy`);
    }
  });

  it("lets detail and archive pages render a newly due slug on demand (dynamicParams stays on)", () => {
    const growing = dated.filter(({ source }) => /generateStaticParams[\s\S]*\b(getPosts|getNews)\(/.test(source));
    assert.ok(growing.length >= 3, growing.map(({ file }) => file).join(", "));
    for (const { file, source } of growing) assert.doesNotMatch(source, /dynamicParams\s*=\s*false/, file);
  });
});
