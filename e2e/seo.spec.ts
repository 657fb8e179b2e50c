import { expect, test } from "@playwright/test";
import { checkPage } from "../scripts/seo/crawl";
import { hiddenItems } from "./helpers";

/** Parses XML in the browser; fails the test on a parse error. */
async function parseXmlUrls(page: import("@playwright/test").Page, xml: string, selector: string): Promise<string[]> {
  return page.evaluate(
    ({ xml, selector }) => {
      const document = new DOMParser().parseFromString(xml, "application/xml");
      if (document.querySelector("parsererror")) throw new Error(`XML does not parse: ${document.querySelector("parsererror")?.textContent}`);
      return [...document.querySelectorAll(selector)].map((node) => node.textContent ?? "");
    },
    { xml, selector },
  );
}

const articlePath = (path: string) => /^\/(blog|nieuws)\/(?!pagina\/)[^/]+$/.test(path);

test("each page type carries the nodes of its kind in its graph", async ({ baseURL }) => {
  const typesOf = async (path: string) => (await checkPage(baseURL!, new URL(path, "http://localhost:3000").href)).types;
  expect(await typesOf("/blog/ai-voor-het-mkb-5-snelle-wins")).toEqual(["Organization", "WebSite", "WebPage", "BreadcrumbList", "BlogPosting", "FAQPage"]);
  expect(await typesOf("/regio/amsterdam")).toContain("Service");
  expect(await typesOf("/diensten/workshops")).toContain("Service");
  expect(await typesOf("/blog")).toContain("CollectionPage");
  expect(await typesOf("/")).toEqual(["Organization", "WebSite", "WebPage"]);
});

test("a blog post's BlogPosting carries dates, author, image, keywords and its sources as citations", async ({ page }) => {
  await page.goto("/blog/ai-voor-het-mkb-5-snelle-wins");
  const graph = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
  const posting = graph["@graph"].find((node: { "@type": string }) => node["@type"] === "BlogPosting");
  expect(posting.datePublished).toBe("2026-01-05T08:00:00.000Z");
  expect(posting.author).toMatchObject({ "@type": "Organization", name: "AI voor het MKB" });
  expect(posting.image).toMatch(/^https?:\/\/.+\/blog\/ai-voor-het-mkb-5-snelle-wins\/opengraph-image$/);
  expect(posting.keywords).toContain("automatisering");
  expect(posting.citation.map((source: { url: string }) => source.url)).toContain("https://smb-gr.com");
  const sourceLinks = await page
    .locator("section.footnotes a[href^='https://']")
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href.replace(/\/$/, "")));
  expect(new Set(posting.citation.map((source: { url: string }) => source.url))).toEqual(new Set(sourceLinks));
});

test("hostile content is shown literally, runs nothing, and survives JSON-LD", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const title = "Test </script><script>alert(1)</script> en <img src=x onerror=alert(1)> in een titel";
  await page.goto("/nieuws/onveilige-titel");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByText("Tekst met </script><script>alert(1)</script> en <img src=x onerror=alert(1)>", { exact: false })).toBeVisible();
  await expect(page.locator("main img")).toHaveCount(0);
  await expect(page.locator('main a[href^="javascript:"]')).toHaveCount(0);
  const scripts = page.locator('script[type="application/ld+json"]');
  await expect(scripts).toHaveCount(1);
  const graph = JSON.parse((await scripts.textContent()) ?? "{}");
  const article = graph["@graph"].find((node: { "@type": string }) => node["@type"] === "NewsArticle");
  expect(article.headline).toBe(title);
  expect(await page.title()).toContain(title);
  expect(dialogs).toEqual([]);
});

test("sitemap, feed and llms.txt list exactly the published pages", async ({ page, request }) => {
  await page.goto("/");
  const sitemapUrls = await parseXmlUrls(page, await (await request.get("/sitemap.xml")).text(), "url > loc");
  const sitemapPaths = sitemapUrls.map((url) => new URL(url).pathname);
  const lastModified = await parseXmlUrls(page, await (await request.get("/sitemap.xml")).text(), "url > lastmod");
  expect(lastModified).toHaveLength(sitemapUrls.length);

  const feed = await request.get("/feed.xml");
  expect(feed.headers()["content-type"]).toContain("application/rss+xml");
  const feedXml = await feed.text();
  const feedLinks = await parseXmlUrls(page, feedXml, "item > link");
  const guids = await parseXmlUrls(page, feedXml, "item > guid");
  expect(guids).toEqual(feedLinks);
  expect((await parseXmlUrls(page, feedXml, "item > pubDate")).every((date) => !Number.isNaN(Date.parse(date)))).toBe(true);
  expect(new Set(feedLinks.map((url) => new URL(url).pathname))).toEqual(new Set(sitemapPaths.filter(articlePath)));

  const llms = await (await request.get("/llms.txt")).text();
  expect(llms).toMatch(/^# AI voor het MKB\n\n> /);
  const llmsPaths = [...llms.matchAll(/^- \[[^\]]+\]\(([^)]+)\): .+$/gm)].map((match) => new URL(match[1]!).pathname);
  expect(new Set(llmsPaths)).toEqual(new Set(sitemapPaths));

  for (const hidden of Object.values(hiddenItems)) {
    expect(sitemapPaths).not.toContain(hidden.path);
    expect(feedXml).not.toContain(hidden.title);
    expect(llms).not.toContain(hidden.title);
  }
});

test("every page links the feed and has Open Graph and Twitter metadata", async ({ page }) => {
  for (const path of ["/", "/blog/wat-kost-een-ai-workshop", "/nieuws/openai-erkent-ai-nog-niet-doorgedrongen-in-bedrijfsprocessen-mkb", "/faq"]) {
    await page.goto(path);
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute("href", /\/feed\.xml$/);
    await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute("content", "nl_NL");
    await expect(page.locator('meta[property="og:image"]').first()).toHaveAttribute("content", /^https?:\/\/.+opengraph-image/);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
  }
  await page.goto("/blog/wat-kost-een-ai-workshop");
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
  await expect(page.locator('meta[property="article:published_time"]')).toHaveAttribute("content", "2026-01-12T08:00:00.000Z");
});

test("Open Graph images render as PNG for posts, news and the home page", async ({ request }) => {
  for (const path of ["/opengraph-image", "/blog/voorbeeldcase-20-procent-tijdwinst-met-ai/opengraph-image", "/nieuws/000-8306442ca7f028fb/opengraph-image"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/png");
    expect((await response.body()).subarray(1, 4).toString()).toBe("PNG");
  }
});

test("robots.txt points to the sitemap and keeps crawlers out of API and utility routes", async ({ request }) => {
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/Sitemap: https?:\/\/.+\/sitemap\.xml/);
  expect(robots).toContain("Disallow: /api/");
});
