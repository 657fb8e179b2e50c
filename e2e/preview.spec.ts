import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { parse } from "yaml";
import { expectOneH1, hiddenItems } from "./helpers";

/** The weeks of the content plan as content/kalender writes them. */
function plannedWeeks(): number {
  const folder = path.join(import.meta.dirname, "..", "content", "kalender");
  return readdirSync(folder)
    .filter((name) => name.endsWith(".yaml"))
    .reduce((sum, name) => sum + (parse(readFileSync(path.join(folder, name), "utf8")) as { weeks: unknown[] }).weeks.length, 0);
}

// Set by playwright.config.ts for both the server (PREVIEW_SECRET) and these tests.
const secret = process.env.E2E_PREVIEW_SECRET ?? "";
const previewUrl = (path: string, key = secret) => `/api/preview?secret=${encodeURIComponent(key)}&path=${encodeURIComponent(path)}`;

async function startPreview(page: Page, path: string) {
  await page.goto(previewUrl(path));
  await expect(page).toHaveURL(new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
}

test.describe("draft preview", () => {
  test.beforeAll(() => expect(secret, "E2E_PREVIEW_SECRET from playwright.config.ts").not.toBe(""));

  test("a wrong or missing secret is refused with 401 and shows no draft", async ({ page, request }) => {
    for (const url of [previewUrl(hiddenItems.draftPost.path, "fout-geheim"), `/api/preview?path=${hiddenItems.draftPost.path}`]) {
      const response = await request.get(url, { maxRedirects: 0 });
      expect(response.status(), url).toBe(401);
      expect(response.headers()["set-cookie"] ?? "", url).not.toContain("__prerender_bypass");
    }
    const draft = await page.goto(hiddenItems.draftPost.path);
    expect(draft?.status()).toBe(404);
  });

  test("a path off the site is refused, even with the right secret", async ({ request }) => {
    for (const path of ["//evil.example/blog", "https://evil.example/", "/\\evil.example"]) {
      const response = await request.get(previewUrl(path), { maxRedirects: 0 });
      expect(response.status(), path).toBe(400);
      expect(response.headers()["location"], path).toBeUndefined();
    }
  });

  test("the right secret opens a draft post with a 'Voorbeeld' banner and noindex", async ({ page }) => {
    await startPreview(page, hiddenItems.draftPost.path);
    await expectOneH1(page, hiddenItems.draftPost.title);
    const banner = page.getByRole("region", { name: "Voorbeeld" });
    await expect(banner).toBeVisible();
    await expect(banner.getByText("Voorbeeld", { exact: true })).toBeVisible();
    await expect(page.getByText("Concept:", { exact: false }).first()).toBeVisible();
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  });

  test("preview shows a scheduled news item with its date", async ({ page }) => {
    await startPreview(page, hiddenItems.futureNews.path);
    await expectOneH1(page, hiddenItems.futureNews.title);
    await expect(page.getByText(/Gepland op 1 januari 2099/)).toBeVisible();
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  });

  test("'Voorbeeld sluiten' ends the preview: the draft is a 404 again", async ({ page }) => {
    await startPreview(page, hiddenItems.draftPost.path);
    await page.getByRole("button", { name: "Voorbeeld sluiten" }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("region", { name: "Voorbeeld" })).toHaveCount(0);
    const draft = await page.goto(hiddenItems.draftPost.path);
    expect(draft?.status()).toBe(404);
  });

  test("/api/preview/exit also works as a link and returns to a page on the site", async ({ page }) => {
    await startPreview(page, hiddenItems.draftPost.path);
    await page.goto("/api/preview/exit?path=/blog");
    await expect(page).toHaveURL(/\/blog$/);
    await expect(page.getByRole("region", { name: "Voorbeeld" })).toHaveCount(0);
  });
});

test.describe("/redactie", () => {
  test("is a 404 on the live site and in no sitemap", async ({ request }) => {
    expect((await request.get("/redactie")).status()).toBe(404);
    expect(await (await request.get("/sitemap.xml")).text()).not.toContain("/redactie");
  });

  test("shows the content calendar in preview, with each week's status", async ({ page }) => {
    // Without a path the preview opens the calendar.
    await page.goto(`/api/preview?secret=${encodeURIComponent(secret)}`);
    await expect(page).toHaveURL(/\/redactie$/);
    await expectOneH1(page, "Contentkalender");
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    const rows = page.getByRole("table", { name: /Contentkalender/ }).getByRole("row");
    await expect(rows).toHaveCount(1 + plannedWeeks());
    await expect(rows.filter({ has: page.getByRole("rowheader", { name: "1", exact: true }) })).toContainText("gepubliceerd");
    const week9 = rows.filter({ has: page.getByRole("rowheader", { name: "9", exact: true }) });
    await expect(week9).toContainText("concept");
    await week9.getByRole("link", { name: hiddenItems.draftPost.title }).click();
    await expectOneH1(page, hiddenItems.draftPost.title);
  });
});
