/**
 * The page registry: one list of published URLs that the sitemap, feed, llms.txt, search and the
 * link checks share, with titles, dates and breadcrumb trails.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { getPosts } from "../lib/content";
import { crumbsOf, getFaqEntries, getIndexablePages, getPages, newsArchivePage, pageOf, staticPage } from "../lib/registry";
import { buildPages } from "../lib/registry/pages";
import { getSearchEntries } from "../lib/search-index";

const now = new Date("2026-11-23T12:00:00Z");

describe("page registry", () => {
  it("lists every page once: the fixed pages, then each published content page", () => {
    const paths = getPages(now).map((page) => page.path);
    assert.equal(new Set(paths).size, paths.length);
    for (const path of [
      "/",
      "/blog",
      "/faq",
      "/contact",
      "/zoeken",
      "/blog/eerste-stappen-met-ai",
      "/nieuws/pijplijn-bericht",
      "/voor/kritische-beslisser",
      "/regio/randstad",
      "/diensten/workshops",
      "/onderwerpen/cases",
    ]) {
      assert.ok(paths.includes(path), path);
    }
    for (const hidden of ["/blog/concept-artikel", "/blog/gepland-artikel", "/nieuws/concept-bericht", "/nieuws/gepland-bericht"])
      assert.ok(!paths.includes(hidden), hidden);
  });

  it("keeps the utility search page out of what engines are told about", () => {
    assert.ok(getPages(now).some((page) => page.path === "/zoeken"));
    assert.ok(!getIndexablePages(now).some((page) => page.path === "/zoeken"));
  });

  it("dates posts and news by their own dates, and other pages by the newest of them", () => {
    const pages = getPages(now);
    const post = pages.find((page) => page.path === "/blog/kosten-van-een-ai-workshop")!;
    assert.deepEqual([post.published, post.modified], ["2026-02-02T08:00:00.000Z", "2026-02-10T11:00:00.000Z"]);
    const newest = pages
      .filter((page) => page.kind === "post" || page.kind === "news")
      .map((page) => page.modified ?? "")
      .sort()
      .at(-1);
    assert.ok(pages.filter((page) => page.kind === "section").every((page) => page.modified === newest));
  });

  it("pages the news archive when there is more than one page of news", () => {
    const news = Array.from({ length: 45 }, (_, index) => ({ slug: `n${index}`, title: `Nieuws ${index}`, summary: "x", date: "2026-01-01T00:00:00Z" }));
    const paths = buildPages({ posts: [], news, topics: [], personas: [], regions: [], services: [] }, now).map((page) => page.path);
    assert.deepEqual(
      paths.filter((path) => path.startsWith("/nieuws/pagina/")),
      ["/nieuws/pagina/2", "/nieuws/pagina/3"],
    );
    assert.deepEqual(
      crumbsOf(newsArchivePage(3)).map((crumb) => crumb.name),
      ["Home", "Nieuws", "Pagina 3"],
    );
  });

  it("gives every page its trail: home › section › page, from the same registry", () => {
    const post = getPosts(now)[0]!;
    assert.deepEqual(crumbsOf(pageOf.post(post)), [
      { name: "Home", path: "/" },
      { name: "Blog", path: "/blog" },
      { name: post.title, path: post.url },
    ]);
    assert.deepEqual(
      crumbsOf(staticPage("/faq")).map((crumb) => crumb.path),
      ["/", "/faq"],
    );
    assert.deepEqual(crumbsOf(staticPage("/")), [{ name: "Home", path: "/" }]);
  });

  it("names a persona page as its audience in the title", () => {
    const persona = getPages(now).find((page) => page.path === "/voor/kritische-beslisser")!;
    assert.equal(persona.metaTitle, "AI voor de kritische beslisser");
  });

  it("links every general FAQ question at the anchor its accordion item carries, once", () => {
    const entries = getFaqEntries();
    assert.ok(entries.every((entry) => entry.path.startsWith("/faq#")));
    assert.equal(new Set(entries.map((entry) => entry.path)).size, entries.length);
    assert.equal(
      entries.find((entry) => entry.question === "Is AI iets voor een klein bedrijf?")?.answer,
      "Ja, juist kleine bedrijven winnen tijd met plug-&-play tools; lees de eerste stappen.",
    );
  });

  it("builds the search index from the registry: every page but home, and the FAQ questions", () => {
    const entries = getSearchEntries(now);
    const pages = getPages(now).filter((page) => page.path !== "/");
    assert.deepEqual(
      entries.slice(0, pages.length).map((entry) => entry.url),
      pages.map((page) => page.path),
    );
    assert.equal(entries.length, pages.length + getFaqEntries().length);
    assert.equal(entries.find((entry) => entry.url === "/blog/voorbeeldcase-tijdwinst")?.kind, "Blog · voorbeeldcase");
    assert.match(entries.find((entry) => entry.url === "/nieuws/pijplijn-bericht")?.text ?? "", /geïntegreerde/);
  });
});
