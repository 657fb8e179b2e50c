import { expect, test } from "@playwright/test";
import { fixtureCopies, hiddenItems, internalLinks } from "./helpers";

/** Every URL the sitemap lists, as a path. */
async function sitemapPaths(request: import("@playwright/test").APIRequestContext): Promise<string[]> {
  const response = await request.get("/sitemap.xml");
  expect(response.ok()).toBeTruthy();
  const xml = await response.text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
}

test("the sitemap lists every published page and nothing hidden", async ({ request }) => {
  const paths = await sitemapPaths(request);
  expect(paths).toContain("/");
  expect(paths).toContain("/blog/ai-voor-het-mkb-5-snelle-wins");
  expect(paths).toContain("/nieuws/000-8306442ca7f028fb");
  expect(paths.filter((path) => path.startsWith("/blog/"))).toHaveLength(8);
  expect(paths.filter((path) => path.startsWith("/voor/"))).toHaveLength(4);
  expect(paths.filter((path) => path.startsWith("/onderwerpen/"))).toHaveLength(5);
  expect(paths.filter((path) => path.startsWith("/regio/"))).toHaveLength(2);
  for (const item of Object.values(hiddenItems)) expect(paths).not.toContain(item.path);
});

test("every sitemap page renders with one H1, a unique title and description, and links that resolve", async ({ page, request }) => {
  test.setTimeout(180_000);
  const paths = await sitemapPaths(request);
  const titles = new Map<string, string>();
  const linked = new Set<string>();
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole("heading", { level: 1 }), path).toHaveCount(1);
    const title = await page.title();
    // The fixture copy of a seed deliberately repeats an imported item's title.
    if (!fixtureCopies.includes(path)) {
      expect(titles.get(title), `title "${title}" of ${path} is unique`).toBeUndefined();
      titles.set(title, path);
    }
    const description = await page.locator('meta[name="description"]').getAttribute("content");
    expect(description?.length ?? 0, `${path} has a description`).toBeGreaterThan(40);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`${path === "/" ? "/?" : path}$`));
    // Every published page must be free of import leftovers.
    const text = await page.locator("main").innerText();
    expect(text, path).not.toMatch(/^[a-z0-9-]+\.(com|nl|io|so|co|org)$/m);
    expect(text, path).not.toMatch(/√|Ã|â€/);
    expect(text, path).not.toMatch(/\[(fictief bedrijf|heel specifiek probleem|regio|Rotterdam\/Utrecht\/Den Haag)\]/);
    for (const link of await internalLinks(page)) linked.add(link);
  }
  for (const link of linked) {
    if (link.endsWith(".xml")) continue;
    const response = await request.get(link);
    expect(response.status(), `link ${link}`).toBe(200);
  }
});
