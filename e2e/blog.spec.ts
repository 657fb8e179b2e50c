import { expect, test } from "@playwright/test";
import { expectBreadcrumb, expectOneH1, hiddenItems } from "./helpers";

test.describe("blog", () => {
  test("index lists the published posts newest first, the core blogs among them, and no drafts", async ({ page }) => {
    await page.goto("/blog");
    await expectOneH1(page, "Blog");
    const titles = await page.getByRole("heading", { level: 2 }).allInnerTexts();
    expect(titles).toContain("AI voor het MKB: 5 snelle wins die direct tijd besparen");
    expect(titles.some((title) => /^Voorbeeldcase/.test(title))).toBe(true);
    const dates = await page.locator("main article time").evaluateAll((times) => times.map((time) => time.getAttribute("datetime") ?? ""));
    expect(dates).toHaveLength(titles.length);
    expect(dates).toEqual([...dates].sort().reverse());
    await expect(page.getByText(hiddenItems.draftPost.title)).toHaveCount(0);
    // The topic filter offers every topic hub.
    const filters = await page.getByRole("navigation", { name: "Filter op onderwerp" }).getByRole("link").allInnerTexts();
    await page.goto("/onderwerpen");
    expect(await page.locator("main article").getByRole("link").allInnerTexts()).toEqual(filters);
  });

  test("a post shows title, dates, contents, sources, FAQ and related posts", async ({ page }) => {
    await page.goto("/blog/ai-voor-het-mkb-5-snelle-wins");
    await expectOneH1(page, "AI voor het MKB: 5 snelle wins die direct tijd besparen");
    await expectBreadcrumb(page, ["Home", "Blog", "AI voor het MKB"]);
    await expect(page.getByText("Gepubliceerd 5 januari 2026")).toBeVisible();
    await expect(page.getByRole("navigation", { name: "In dit artikel" }).getByRole("link").first()).toHaveText(
      /1\. Automatiseer repetitieve administratieve taken/,
    );

    const sources = page.locator("section.footnotes");
    await expect(sources.getByRole("heading", { name: "Bronnen" })).toBeVisible();
    const sourceLinks = sources.locator('a[href^="https://"]');
    expect(await sourceLinks.count()).toBeGreaterThanOrEqual(3);
    await expect(sourceLinks.first()).toHaveAttribute("rel", "noopener noreferrer");

    const faq = page.getByRole("region", { name: "Veelgestelde vragen" });
    const graph = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
    const marked = graph["@graph"]
      .find((node: { "@type": string }) => node["@type"] === "FAQPage")
      .mainEntity.map((question: { name: string }) => question.name);
    expect(await faq.locator("details summary > span:first-child").allInnerTexts()).toEqual(marked);
    await faq.getByText("Heb ik technische kennis nodig om dit te implementeren?").click();
    await expect(faq.getByText(/veel AI-tools voor dit soort toepassingen zijn ontworpen voor niet-technische gebruikers/)).toBeVisible();

    await expect(page.getByRole("region", { name: "Lees ook" }).getByRole("article")).toHaveCount(3);
    await expect(page.getByRole("link", { name: "Plan een gratis intake" })).toHaveAttribute("href", "/contact");
  });

  test("'Verder lezen' is a real link to the other post", async ({ page }) => {
    await page.goto("/blog/ai-voor-het-mkb-5-snelle-wins");
    await page
      .getByRole("link", { name: /AI-automatisering vs\. Excel-macro’s/ })
      .first()
      .click();
    await expect(page).toHaveURL(/\/blog\/ai-automatisering-vs-excel-macros-en-rpa$/);
    await expectOneH1(page, /AI-automatisering vs\. Excel-macro’s\/RPA/);
  });

  test("the fictitious case is labelled as a voorbeeldcase", async ({ page }) => {
    await page.goto("/blog/voorbeeldcase-20-procent-tijdwinst-met-ai");
    await expectOneH1(page, /Voorbeeldcase/);
    await expect(page.getByRole("note")).toContainText("dit is een voorbeeldcase");
    await page.goto("/blog");
    await expect(page.getByRole("article").filter({ hasText: "20% tijdwinst" }).getByText("Voorbeeldcase", { exact: true })).toBeVisible();
  });

  test("blog 7's comparison is an accessible table", async ({ page }) => {
    await page.goto("/blog/ai-automatisering-vs-excel-macros-en-rpa");
    const table = page.getByRole("table", { name: "Excel-macro, RPA en AI/ML vergeleken" });
    await expect(table).toBeVisible();
    await expect(table.getByRole("columnheader")).toHaveText(["Kenmerk", "Excel-macro", "RPA", "AI/ML"]);
    await expect(table.getByRole("rowheader").first()).toHaveText("Complexiteit van taak");
  });

  test("a draft post is not published", async ({ page }) => {
    const response = await page.goto(hiddenItems.draftPost.path);
    expect(response?.status()).toBe(404);
    await expectOneH1(page, "Deze pagina bestaat niet (meer)");
  });
});
