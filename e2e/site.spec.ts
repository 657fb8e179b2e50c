/**
 * One crawl of the whole site, as a visitor and a crawler see it: from the home page along every
 * internal link, plus whatever the sitemap lists. Each page is visited once and checked for what
 * every page owes its readers and search engines; the relations between pages (every link
 * resolves, nothing is an orphan, each FAQ question is marked up once) are checked on the result.
 * The assertions are relations, not counts, so new content never breaks them.
 */
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { checkHtml, siteWideErrors, type PageReport } from "../scripts/seo/crawl";
import { fixtureCopies, hiddenItems } from "./helpers";

const MAX_CLICK_DEPTH = 3;

async function sitemapUrls(request: APIRequestContext): Promise<string[]> {
  const response = await request.get("/sitemap.xml");
  expect(response.ok()).toBeTruthy();
  return [...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
}

/** Same-origin links of the page, as paths without fragment or query. */
async function linksOf(page: Page): Promise<string[]> {
  const hrefs = await page.locator("a[href]").evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
  const origin = new URL(page.url()).origin;
  return [...new Set(hrefs.filter((href) => href.startsWith(origin)).map((href) => new URL(href).pathname))];
}

const isDocument = (path: string) => !/\.(xml|txt|png|svg|json)$/.test(path) && !path.startsWith("/_next") && !path.startsWith("/api/");

type Visit = { path: string; depth: number; report: PageReport; title: string; links: string[] };

test("one crawl: every page renders for visitors and crawlers, every link resolves, nothing is orphaned", async ({ page, request }) => {
  test.setTimeout(300_000);
  const sitemap = await sitemapUrls(request);
  const siteOrigin = new URL(sitemap[0]!).origin;
  const sitemapPaths = sitemap.map((url) => new URL(url).pathname);

  const visits = new Map<string, Visit>();
  const depthOf = new Map<string, number>([["/", 0]]);
  const otherLinks = new Set<string>();
  // Breadth first from home, so each page's depth is its shortest click path; then what only the sitemap knows.
  const queue: string[] = ["/"];
  let sitemapAdded = false;
  for (let index = 0; index < queue.length; index++) {
    const path = queue[index]!;
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    const html = (await response?.text()) ?? "";
    const links = await linksOf(page);
    const depth = depthOf.get(path) ?? Number.POSITIVE_INFINITY;
    for (const link of links) {
      if (!isDocument(link)) otherLinks.add(link);
      else if (!depthOf.has(link)) {
        depthOf.set(link, depth + 1);
        queue.push(link);
      }
    }
    visits.set(path, { path, depth, report: checkHtml(path === "/" ? siteOrigin : `${siteOrigin}${path}`, html), title: await page.title(), links });

    // What every page owes a visitor: one H1, a description, no leftovers of the import.
    await expect(page.getByRole("heading", { level: 1 }), path).toHaveCount(1);
    const description = await page.locator('meta[name="description"]').getAttribute("content");
    expect(description?.length ?? 0, `${path} has a description`).toBeGreaterThan(40);
    const text = await page.locator("main").innerText();
    expect(text, path).not.toMatch(/^[a-z0-9-]+\.(com|nl|io|so|co|org)$/m);
    expect(text, path).not.toMatch(/√|Ã|â€/);
    expect(text, path).not.toMatch(/\[(fictief bedrijf|heel specifiek probleem|regio|Rotterdam\/Utrecht\/Den Haag)\]/);
    // What a crawler reads: one valid, connected JSON-LD graph whose Q&A is visible on the page.
    const { report } = visits.get(path)!;
    expect(report.errors, path).toEqual([]);
    for (const question of report.questions) await expect(page.getByText(question, { exact: true }).first(), `${path}: ${question}`).toBeVisible();
    if (index === queue.length - 1 && !sitemapAdded) {
      sitemapAdded = true;
      queue.push(...sitemapPaths.filter((candidate) => !depthOf.has(candidate)));
    }
  }

  const visited = [...visits.values()];
  console.log(
    `Site crawl: ${visited.length} pages (${sitemapPaths.length} in the sitemap), deepest at ${Math.max(...visited.map((visit) => visit.depth))} clicks from home`,
  );

  for (const link of otherLinks) expect((await request.get(link)).status(), `link ${link}`).toBe(200);
  expect(
    sitemapPaths.filter((path) => !Number.isFinite(visits.get(path)?.depth)),
    "sitemap pages no link leads to",
  ).toEqual([]);
  expect(
    sitemapPaths.filter((path) => (visits.get(path)?.depth ?? 0) > MAX_CLICK_DEPTH),
    `sitemap pages deeper than ${MAX_CLICK_DEPTH} clicks`,
  ).toEqual([]);

  // Titles are unique (the fixture copies of news seeds repeat an imported title on purpose).
  const titles = new Map<string, string>();
  for (const visit of visited.filter((candidate) => !fixtureCopies.includes(candidate.path))) {
    expect(titles.get(visit.title), `title "${visit.title}" of ${visit.path} is unique`).toBeUndefined();
    titles.set(visit.title, visit.path);
  }

  // Each question is marked up on one URL, every page names the same Organization.
  expect(siteWideErrors(visited.map((visit) => visit.report))).toEqual([]);
  // Nothing hidden is linked or listed anywhere.
  for (const item of Object.values(hiddenItems)) {
    expect(visits.has(item.path), item.path).toBe(false);
    expect(sitemapPaths).not.toContain(item.path);
  }
  // Every page the site links to for search engines is in the sitemap, and vice versa, except the utility pages.
  const utility = new Set(["/zoeken"]);
  expect(visited.map((visit) => visit.path).filter((path) => !utility.has(path) && !sitemapPaths.includes(path))).toEqual([]);
});

test("each list page links every published page of its kind, as the sitemap lists them", async ({ page, request }) => {
  const sitemapPaths = (await sitemapUrls(request)).map((url) => new URL(url).pathname);
  const kinds: Array<[string, RegExp]> = [
    ["/blog", /^\/blog\/[^/]+$/],
    ["/voor", /^\/voor\/[^/]+$/],
    ["/onderwerpen", /^\/onderwerpen\/[^/]+$/],
    ["/regio", /^\/regio\/[^/]+$/],
    ["/diensten", /^\/diensten\/[^/]+$/],
  ];
  for (const [index, pattern] of kinds) {
    await page.goto(index);
    const listed = new Set((await linksOf(page)).filter((path) => pattern.test(path)));
    expect(listed, index).toEqual(new Set(sitemapPaths.filter((path) => pattern.test(path))));
  }
  // News pages by 20: the index and its archive pages together list every item once.
  const newsItems = sitemapPaths.filter((path) => /^\/nieuws\/(?!pagina\/)[^/]+$/.test(path));
  const archive = ["/nieuws", ...sitemapPaths.filter((path) => path.startsWith("/nieuws/pagina/"))];
  const listed: string[] = [];
  for (const path of archive) {
    await page.goto(path);
    listed.push(...(await page.locator("main h2 a").evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname))));
  }
  expect(listed.sort()).toEqual(newsItems.sort());
});
