import { expect, type Page } from "@playwright/test";

/** The fixtures in e2e/fixtures/content that must never be visible in a production build. */
export const hiddenItems = {
  draftPost: { title: "AI-trends voor het MKB in 2025", path: "/blog/ai-trends-voor-het-mkb" },
  draftNews: { title: "Conceptnieuwsbericht dat nooit verschijnt", path: "/nieuws/concept-nieuwsbericht" },
  futureNews: { title: "Gepland nieuwsbericht dat pas in 2099 verschijnt", path: "/nieuws/gepland-nieuwsbericht-toekomst" },
} as const;

/** Verbatim copies of seeds that the fixtures publish beside the imported originals. */
export const fixtureCopies = ["000-8306442ca7f028fb", "001-fbf1c71b8d791077", "002-f32e0354811554bf", "004-33bbcdb641461c3e"].map((slug) => `/nieuws/${slug}`);

/** Paths of same-origin links on the page, without fragments. */
export async function internalLinks(page: Page): Promise<string[]> {
  const hrefs = await page.locator("a[href]").evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
  const origin = new URL(page.url()).origin;
  return [...new Set(hrefs.filter((href) => href.startsWith(origin)).map((href) => new URL(href).pathname))];
}

export async function expectOneH1(page: Page, name: string | RegExp) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

export async function expectBreadcrumb(page: Page, names: string[]) {
  const trail = page.getByRole("navigation", { name: "Kruimelpad" });
  await expect(trail.getByRole("listitem")).toHaveText(names.map((name) => new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`)));
}
