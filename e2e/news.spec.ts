import { expect, test } from "@playwright/test";
import { expectBreadcrumb, expectOneH1, hiddenItems, newsSeedCopies } from "./helpers";

test.describe("news", () => {
  test("index lists published news newest first, without draft or scheduled items", async ({ page }) => {
    await page.goto("/nieuws");
    await expectOneH1(page, "AI-nieuws");
    const titles = await page.getByRole("heading", { level: 2 }).allInnerTexts();
    expect(titles).toContain("OpenAI krijgt 110 miljard dollar van Amazon, Nvidia en SoftBank");
    const dates = await page.locator("main article time").evaluateAll((times) => times.map((time) => time.getAttribute("datetime") ?? ""));
    expect(dates).toHaveLength(titles.length);
    expect(dates).toEqual([...dates].sort().reverse());
    await expect(page.getByText(hiddenItems.draftNews.title)).toHaveCount(0);
    await expect(page.getByText(hiddenItems.futureNews.title)).toHaveCount(0);
  });

  test("an item shows its doelgroep and sectie badges, cover credit and source", async ({ page }) => {
    await page.goto("/nieuws");
    await page.locator('a[href="/nieuws/openai-krijgt-110-miljard-dollar-van-amazon-nvidia-en-softbank"]').first().click();
    await expectOneH1(page, "OpenAI krijgt 110 miljard dollar van Amazon, Nvidia en SoftBank");
    await expectBreadcrumb(page, ["Home", "Nieuws", "OpenAI krijgt"]);
    await expect(page.getByText("BESLISSER", { exact: true }).first()).toBeVisible();
    await expect(page.getByText("groei", { exact: true }).first()).toBeVisible();
    await expect(page.getByText("Foto: Markus Winkler via Pexels")).toBeVisible();
    // The remote cover cannot be loaded here: a branded cover carries its alt text, never a broken image.
    await expect(page.getByRole("img", { name: /Scrabble tiles/ })).toBeVisible();
    await expect(page.getByText(/beter geïntegreerde AI-tools/)).toBeVisible();
    await expect(page.getByText(/√/)).toHaveCount(0);
  });

  test("the closing 'Bron:' line is shown as the source", async ({ page }) => {
    await page.goto("/nieuws/openai-erkent-ai-nog-niet-doorgedrongen-in-bedrijfsprocessen-mkb");
    await expect(page.getByText("Bron:", { exact: true })).toBeVisible();
    await expect(page.locator("p", { hasText: "Bron:" })).toHaveText("Bron: TechCrunch");
  });

  for (const seed of newsSeedCopies) {
    test(`seed ${seed.slug.slice(0, 3)} copied into content/nieuws is published without edits`, async ({ page }) => {
      const response = await page.goto(`/nieuws/${seed.slug}`);
      expect(response?.status()).toBe(200);
      await expectOneH1(page, seed.title);
      await expect(page.getByRole("heading", { level: 2, name: seed.heading })).toBeVisible();
      if (seed.source) await expect(page.locator("p", { hasText: "Bron:" })).toHaveText(`Bron: ${seed.source}`);
      await page.goto("/nieuws");
      await expect(page.locator(`a[href="/nieuws/${seed.slug}"]`).first()).toBeVisible();
    });
  }

  test("draft and scheduled items are not published", async ({ page }) => {
    for (const item of [hiddenItems.draftNews, hiddenItems.futureNews]) {
      const response = await page.goto(item.path);
      expect(response?.status(), item.path).toBe(404);
    }
  });
});
