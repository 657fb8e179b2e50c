import { expect, test } from "@playwright/test";
import { expectBreadcrumb, expectOneH1, hiddenItems } from "./helpers";

test("home leads to the offer, the personas, latest posts and news, FAQ and intake", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle(/AI voor het MKB/);
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  await expectOneH1(page, /Praktisch aan de slag met AI/);
  const cardTitles = (region: string) => page.getByRole("region", { name: region }).getByRole("article").getByRole("link").allInnerTexts();
  const personas = await cardTitles("Herken je jezelf?");
  const services = await cardTitles("Zo helpen we je");
  expect(personas).toContain("De kritische beslisser");
  await expect(page.getByRole("region", { name: "Laatste artikelen" }).getByRole("article")).toHaveCount(3);
  await expect(page.getByRole("region", { name: "AI-nieuws" }).getByRole("article")).toHaveCount(4);
  await expect(page.getByRole("region", { name: "Veelgestelde vragen" }).getByRole("listitem").getByRole("link").first()).toHaveAttribute("href", /^\/faq#/);
  await expect(page.getByRole("link", { name: "Plan een gratis intake" }).first()).toHaveAttribute("href", "/contact");
  // Home shows every persona and every service, in the order of their own overview pages.
  await page.goto("/voor");
  expect(await page.locator("main article").getByRole("link").allInnerTexts()).toEqual(personas);
  await page.goto("/diensten");
  expect(await page.locator("main article").getByRole("link").allInnerTexts()).toEqual(services);
});

test("FAQ hub shows every general question once, grouped by theme, and filters them", async ({ page }) => {
  await page.goto("/faq");
  await expectOneH1(page, "Veelgestelde vragen");
  const graph = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
  const marked: string[] = graph["@graph"]
    .find((node: { "@type": string }) => node["@type"] === "FAQPage")
    .mainEntity.map((question: { name: string }) => question.name);
  expect(await page.locator("#faq-themes details summary > span:first-child").allInnerTexts()).toEqual(marked);
  expect(new Set(marked).size).toBe(marked.length);
  expect(await page.locator("#faq-themes").getByRole("heading", { level: 2 }).count()).toBeGreaterThanOrEqual(4);
  await expect(page.getByText(/JSON-LD/)).toHaveCount(0);
  await expect(page.getByText(/\[heel specifiek probleem\]/)).toHaveCount(0);
  await page.getByLabel("Zoek in de vragen").fill("privacy AVG");
  await expect(page.locator("#faq-themes details:visible")).toHaveCount(1);
  await expect(page.getByText("1 resultaat")).toBeVisible();
});

test("persona page answers the persona's questions with links and preselects the intake", async ({ page }) => {
  await page.goto("/voor/kritische-beslisser");
  await expectOneH1(page, /kritische beslisser/i);
  await expectBreadcrumb(page, ["Home", "Voor wie", "De kritische beslisser"]);
  await expect(page.getByRole("heading", { level: 3, name: /Wat kost een AI-traject of workshop ongeveer\?/ })).toBeVisible();
  const questions = page.getByRole("region", { name: "Jouw vragen, kort beantwoord" }).getByRole("heading", { level: 3 });
  await expect(page.getByRole("link", { name: "Lees het hele antwoord →" })).toHaveCount(await questions.count());
  await expect(page.getByRole("link", { name: "Plan een gratis intake" })).toHaveAttribute("href", "/contact?interesse=pilot");
  await page.getByRole("link", { name: "Plan een gratis intake" }).click();
  await expect(page.getByLabel("Waar heb je interesse in?")).toHaveValue("pilot");
});

test("region pages are reachable and name their area", async ({ page }) => {
  await page.goto("/regio");
  await page
    .getByRole("link", { name: /Amsterdam/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/regio\/amsterdam$/);
  await expectOneH1(page, /Amsterdam/);
  await expect(page.getByText(/World Summit AI/).first()).toBeVisible();
  await page.goto("/regio/randstad");
  await expectOneH1(page, /Randstad/);
  await expect(page.getByText("Werkgebied:")).toBeVisible();
  await expect(page.getByText(/Rotterdam/).first()).toBeVisible();
});

test("topic hub lists the cluster's posts and its services", async ({ page }) => {
  await page.goto("/onderwerpen/ai-workshop-kosten");
  await expectOneH1(page, "AI-workshop kosten");
  await expect(page.getByRole("link", { name: /Wat kost een AI-workshop\?/ }).first()).toBeVisible();
  await expect(page.getByRole("region", { name: "Zo helpen we je verder" }).getByRole("article").first()).toBeVisible();
  await page.goto("/onderwerpen/ai-per-branche");
  await expectOneH1(page, "AI voor jouw branche");
});

test("services show what the copy states, including the workshop price", async ({ page }) => {
  await page.goto("/diensten");
  await expectOneH1(page, "Diensten");
  // One heading per service card, plus the call to action.
  await expect(page.getByRole("heading", { level: 2 })).toHaveCount((await page.locator("main article").count()) + 1);
  await page.getByRole("link", { name: "AI-workshops" }).click();
  await expect(page).toHaveURL(/\/diensten\/workshops$/);
  await expect(page.getByText(/vanaf €\s750/).first()).toBeVisible();
  const cta = page.getByRole("region", { name: /Benieuwd wat AI/ });
  await expect(cta.getByRole("link", { name: "Plan een gratis intake" })).toHaveAttribute("href", "/contact?interesse=workshop");
});

test("contact page renders the intake form with labelled fields", async ({ page }) => {
  await page.goto("/contact");
  await expectOneH1(page, "Plan een gratis intake");
  for (const label of ["Naam", "E-mail", "Bedrijf", "Telefoon (optioneel)", "Je vraag of situatie", "Waar heb je interesse in?"]) {
    await expect(page.getByLabel(label, { exact: true })).toBeVisible();
  }
  await expect(page.getByRole("checkbox", { name: /privacyverklaring/ })).not.toBeChecked();
  await expect(page.getByRole("checkbox", { name: /nieuwsbrief/ })).not.toBeChecked();
});

test("privacy page says what is stored, why, how long and how to ask for deletion", async ({ page }) => {
  await page.goto("/privacy");
  await expectOneH1(page, "Privacyverklaring");
  for (const heading of ["Welke gegevens we bewaren", "Waarom", "Hoe lang", "Inzage en verwijdering"]) {
    await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  }
  await expect(page.getByText(/artikel 6, lid 1, onder b/)).toBeVisible();
});

test("search finds pages by their full text, from a ?q= link too, and is not indexed", async ({ page }) => {
  await page.goto("/zoeken");
  await expectOneH1(page, "Zoeken");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  const results = page.getByRole("list", { name: "Zoekresultaten" });
  await page.getByLabel("Waar ben je naar op zoek?").fill("RPA macro");
  await expect(results.getByRole("link").first()).toContainText("Excel-macro");
  // Words that only occur in a post's body text.
  await page.getByLabel("Waar ben je naar op zoek?").fill("Otter.ai notulen");
  await expect(results.getByRole("link", { name: /5 snelle wins/ })).toBeVisible();
  await page.goto("/zoeken?q=geintegreerde");
  await expect(page.getByLabel("Waar ben je naar op zoek?")).toHaveValue("geintegreerde");
  await expect(results.locator('a[href="/nieuws/openai-krijgt-110-miljard-dollar-van-amazon-nvidia-en-softbank"]')).toBeVisible();
});

test("the search index holds only published content", async ({ request }) => {
  const index = (await (await request.get("/zoekindex.json")).json()) as Array<{ url: string; title: string }>;
  expect(index.some((entry) => entry.url === "/blog/ai-voor-het-mkb-5-snelle-wins")).toBe(true);
  for (const hidden of Object.values(hiddenItems)) expect(index.map((entry) => entry.url)).not.toContain(hidden.path);
});

test("an unknown URL shows the Dutch 404 page with a way on", async ({ page }) => {
  const response = await page.goto("/bestaat-niet");
  expect(response?.status()).toBe(404);
  await expectOneH1(page, "Deze pagina bestaat niet (meer)");
  await page.getByRole("link", { name: "Zoeken op de site" }).click();
  await expect(page).toHaveURL(/\/zoeken$/);
});

test("mobile menu opens and leads to the blog", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/");
  await page.getByText("Menu", { exact: true }).click();
  await page.getByRole("navigation", { name: "Hoofdmenu (mobiel)" }).getByRole("link", { name: "Blog" }).click();
  await expect(page).toHaveURL(/\/blog$/);
});
