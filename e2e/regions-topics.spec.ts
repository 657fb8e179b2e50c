import { expect, test } from "@playwright/test";
import { jaccardSimilarity } from "./text-similarity";

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
