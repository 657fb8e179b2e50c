import { expect, test } from "@playwright/test";
import { expectBreadcrumb, expectOneH1, hiddenItems } from "./helpers";

test.describe("blog", () => {
  test("index lists the eight published core blogs, newest first, and no drafts", async ({ page }) => {
    await page.goto("/blog");
    await expectOneH1(page, "Blog");
    const titles = page.getByRole("heading", { level: 2 });
    await expect(titles).toHaveCount(8);
    await expect(titles.first()).toHaveText("AI in Amsterdam en de Randstad: lokaal aanbod van lezingen, workshops en implementatiepartners");
    await expect(titles.last()).toHaveText("AI voor het MKB: 5 snelle wins die direct tijd besparen");
    await expect(page.getByText(hiddenItems.draftPost.title)).toHaveCount(0);
    await expect(page.getByRole("navigation", { name: "Filter op onderwerp" }).getByRole("link")).toHaveCount(5);
  });

  test("a post shows title, dates, contents, sources, FAQ and related posts", async ({ page }) => {
    await page.goto("/blog/ai-voor-het-mkb-5-snelle-wins");
    await expectOneH1(page, "AI voor het MKB: 5 snelle wins die direct tijd besparen");
    await expectBreadcrumb(page, ["Home", "Blog", "AI voor het MKB"]);
    await expect(page.getByText("Gepubliceerd 5 januari 2026")).toBeVisible();
    await expect(page.getByRole("navigation", { name: "In dit artikel" }).getByRole("link").first()).toHaveText(/1\. Automatiseer repetitieve administratieve taken/);

    const sources = page.locator("section.footnotes");
    await expect(sources.getByRole("heading", { name: "Bronnen" })).toBeVisible();
    const sourceLinks = sources.locator('a[href^="https://"]');
    expect(await sourceLinks.count()).toBeGreaterThanOrEqual(3);
    await expect(sourceLinks.first()).toHaveAttribute("rel", "noopener noreferrer");

    const faq = page.getByRole("region", { name: "Veelgestelde vragen" });
    await expect(faq.locator("details")).toHaveCount(4);
    await faq.getByText("Heb ik technische kennis nodig om dit te implementeren?").click();
    await expect(faq.getByText(/veel AI-tools voor dit soort toepassingen zijn ontworpen voor niet-technische gebruikers/)).toBeVisible();

    await expect(page.getByRole("region", { name: "Lees ook" }).getByRole("article")).toHaveCount(3);
    await expect(page.getByRole("link", { name: "Plan een gratis intake" })).toHaveAttribute("href", "/contact");
  });

  test("'Verder lezen' is a real link to the other post", async ({ page }) => {
    await page.goto("/blog/ai-voor-het-mkb-5-snelle-wins");
    await page.getByRole("link", { name: /AI-automatisering vs\. Excel-macro’s/ }).first().click();
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
