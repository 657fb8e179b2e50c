import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

/** One URL per page type, at a phone and a desktop width. */
const pages = [
  "/",
  "/blog",
  "/blog/ai-automatisering-vs-excel-macros-en-rpa",
  "/nieuws",
  "/nieuws/openai-krijgt-110-miljard-dollar-van-amazon-nvidia-en-softbank",
  "/faq",
  "/onderwerpen/ai-workshop-kosten",
  "/voor/kritische-beslisser",
  "/regio/amsterdam",
  "/diensten",
  "/diensten/workshops",
  "/contact",
  "/privacy",
  "/zoeken",
  "/bestaat-niet",
];

for (const width of [390, 1280]) {
  test.describe(`axe at ${width}px`, () => {
    test.use({ viewport: { width, height: 900 } });
    for (const path of pages) {
      test(`${path} has no WCAG 2.2 AA violations`, async ({ page }) => {
        await page.goto(path);
        const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
        const summary = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
        expect(summary).toEqual([]);
      });
    }
  });
}

test("headings never skip a level and every page has one H1", async ({ page }) => {
  for (const path of pages) {
    await page.goto(path);
    const levels = await page
      .locator("main h1, main h2, main h3, main h4, main h5, main h6")
      .evaluateAll((headings) => headings.map((heading) => Number(heading.tagName.slice(1))));
    expect(
      levels.filter((level) => level === 1),
      path,
    ).toHaveLength(1);
    levels.forEach((level, index) => {
      if (index > 0) expect(level - levels[index - 1]!, `${path}: h${levels[index - 1]} → h${level}`).toBeLessThanOrEqual(1);
    });
  }
});
