import { expect, type Page } from "@playwright/test";

/** The fixtures in e2e/fixtures/content that must never be visible in a production build. */
export const hiddenItems = {
  draftPost: { title: "AI-trends voor het MKB in 2025", path: "/blog/ai-trends-voor-het-mkb" },
  draftNews: { title: "Conceptnieuwsbericht dat nooit verschijnt", path: "/nieuws/concept-nieuwsbericht" },
  futureNews: { title: "Gepland nieuwsbericht dat pas in 2099 verschijnt", path: "/nieuws/gepland-nieuwsbericht-toekomst" },
} as const;

/**
 * e2e/fixtures/content/nieuws/00N-*.md: byte-for-byte copies of the news seeds, published beside the
 * imported (edited) versions under a new file name, as a marketer would drop them in.
 */
export const newsSeedCopies = [
  {
    slug: "000-8306442ca7f028fb",
    title: "OpenAI haalt Nederlands AI-talent binnen: wat betekent dit voor jouw bedrijf?",
    heading: "Wat is een AI-agent eigenlijk?",
    source: "Het Financieele Dagblad",
  },
  {
    slug: "001-fbf1c71b8d791077",
    title: "OpenAI haalt Nederlands AI-talent binnen voor persoonlijke assistenten",
    heading: "Wat zijn persoonlijke AI-agents?",
    source: "Het Financieele Dagblad",
  },
  {
    slug: "002-f32e0354811554bf",
    title: "OpenAI erkent: AI nog niet echt doorgedrongen in bedrijfsprocessen van MKB",
    heading: "De kloof tussen experiment en integratie",
    source: "TechCrunch",
  },
  {
    slug: "004-33bbcdb641461c3e",
    title: "OpenAI krijgt 110 miljard dollar van Amazon, Nvidia en SoftBank",
    heading: "Wat betekent dit voor jouw bedrijfssoftware?",
    source: null,
  },
] as const;

/** Their paths: they repeat the imported items' titles on purpose. */
export const fixtureCopies: string[] = newsSeedCopies.map((seed) => `/nieuws/${seed.slug}`);

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
