import { expect, test } from "@playwright/test";
import { jaccardSimilarity } from "./text-similarity";

const MAX_CLICK_DEPTH = 3;

/** Internal page links in an HTML document, as paths without fragment or query. */
function linksIn(html: string): string[] {
  return [...html.matchAll(/<a[^>]+href="(\/[^"#?]*)/g)].map((match) => match[1]!).filter((path) => !/\.(xml|txt|png|svg)$/.test(path) && !path.startsWith("/_next"));
}

test("every published page is reachable from home within three clicks and no internal link is broken", async ({ request }) => {
  test.setTimeout(180_000);
  const sitemap = await (await request.get("/sitemap.xml")).text();
  const published = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);

  const depth = new Map<string, number>([["/", 0]]);
  const broken: string[] = [];
  let frontier = ["/"];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const path of frontier) {
      const response = await request.get(path);
      if (response.status() !== 200) {
        broken.push(`${path} → ${response.status()}`);
        continue;
      }
      for (const link of linksIn(await response.text())) {
        if (depth.has(link)) continue;
        depth.set(link, depth.get(path)! + 1);
        next.push(link);
      }
    }
    frontier = next;
  }

  expect(broken).toEqual([]);
  const orphans = published.filter((path) => !depth.has(path));
  expect(orphans, "sitemap pages not reachable by links from home").toEqual([]);
  const deepest = Math.max(...published.map((path) => depth.get(path)!));
  console.log(`Link crawl: ${depth.size} pages reached from /, ${published.length} sitemap pages, maximum click depth ${deepest}`);
  expect(published.filter((path) => depth.get(path)! > MAX_CLICK_DEPTH)).toEqual([]);
});

test("the two region pages are substantially different (5-word shingle Jaccard < 0.3)", async ({ page }) => {
  await page.goto("/regio/amsterdam");
  const amsterdam = await page.locator("main").innerText();
  await page.goto("/regio/randstad");
  const randstad = await page.locator("main").innerText();
  const similarity = jaccardSimilarity(amsterdam, randstad);
  console.log(`Region similarity (Jaccard, 5-word shingles): ${similarity.toFixed(3)}`);
  expect(similarity).toBeLessThan(0.3);
});

test("region pages show their own regional questions with a link to where they are answered", async ({ page }) => {
  await page.goto("/regio/randstad");
  const faq = page.getByRole("region", { name: "Vragen uit de regio" });
  await expect(faq.getByRole("heading", { level: 3, name: /Rotterdam, Utrecht of Den Haag/ })).toBeVisible();
  await faq.getByRole("link", { name: /Meer in: AI in Amsterdam en de Randstad/ }).click();
  await expect(page).toHaveURL(/\/blog\/ai-in-amsterdam-en-de-randstad#/);
});

test("topic hubs list their questions, linking to the post that answers them", async ({ page }) => {
  await page.goto("/onderwerpen/cases");
  const questions = page.getByRole("region", { name: "Veelgestelde vragen over dit onderwerp" });
  await expect(questions.getByRole("heading", { level: 3, name: "Is 20% tijdswinst realistisch of een uitzondering?" })).toBeVisible();
  await expect(questions.getByRole("link").first()).toHaveAttribute("href", /^\/blog\/voorbeeldcase-20-procent-tijdwinst-met-ai#/);
});

test("blog 7's table stays readable on a 360 px screen: it scrolls in its own box, not the page", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto("/blog/ai-automatisering-vs-excel-macros-en-rpa");
  const table = page.getByRole("table", { name: "Excel-macro, RPA en AI/ML vergeleken" });
  await table.scrollIntoViewIfNeeded();
  await expect(table).toBeVisible();
  const pageOverflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(pageOverflow).toBeLessThanOrEqual(0);
  await expect(page.getByRole("region", { name: "Excel-macro, RPA en AI/ML vergeleken" })).toHaveAttribute("tabindex", "0");
});
