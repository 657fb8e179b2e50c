import { expect, type Locator, type Page, test } from "@playwright/test";

/** Presses Tab until `target` has focus, as a keyboard user would; fails after `limit` presses. */
async function tabTo(page: Page, target: Locator, limit = 80) {
  for (let presses = 0; presses < limit; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`could not reach ${target} with Tab`);
}

test("the skip link is the first stop and jumps to the content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Naar de inhoud" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#inhoud$/);
});

test("the mobile menu opens and navigates with the keyboard only", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto("/");
  const menu = page.getByText("Menu", { exact: true });
  await tabTo(page, menu);
  await page.keyboard.press("Enter");
  const blog = page.getByRole("navigation", { name: "Hoofdmenu (mobiel)" }).getByRole("link", { name: "Blog" });
  await expect(blog).toBeVisible();
  await tabTo(page, blog);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/blog$/);
});

test("FAQ questions open and close with the keyboard", async ({ page }) => {
  await page.goto("/faq");
  const question = page.locator("#faq-themes summary").first();
  await tabTo(page, question);
  const details = page.locator("#faq-themes details").first();
  await expect(details).not.toHaveAttribute("open", "");
  await page.keyboard.press("Enter");
  await expect(details).toHaveAttribute("open", "");
  await expect(details.locator(".prose")).toBeVisible();
  await page.keyboard.press("Space");
  await expect(details).not.toHaveAttribute("open", "");
});

test("search is usable with the keyboard: type, tab to a result, open it", async ({ page }) => {
  await page.goto("/");
  await tabTo(page, page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Zoeken" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/zoeken$/);
  const input = page.getByLabel("Waar ben je naar op zoek?");
  await tabTo(page, input);
  await page.keyboard.type("Excel macro");
  const first = page.getByRole("list", { name: "Zoekresultaten" }).getByRole("link").first();
  await expect(first).toBeVisible();
  await tabTo(page, first);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/blog\//);
});

test("the intake form can be filled in and sent with the keyboard only", async ({ page }) => {
  await page.goto("/contact?interesse=pilot");
  const form = page.getByRole("main").locator("form");
  // A person needs more than the minimum fill time; move the form's start back instead of waiting.
  await form.locator('input[name="t"]').evaluate((input: HTMLInputElement) => {
    input.value = String(Number(input.value) - 60_000);
  });
  const fields: Array<[string, string]> = [
    ["Naam", "Kees Jansen"],
    ["E-mail", `keyboard-${Date.now()}@example.nl`],
    ["Bedrijf", "Jansen Logistiek"],
  ];
  for (const [label, value] of fields) {
    await tabTo(page, form.getByLabel(label, { exact: true }));
    await page.keyboard.type(value);
  }
  await tabTo(page, form.getByLabel("Je vraag of situatie", { exact: true }));
  await page.keyboard.type("Hoe starten we een pilot met AI in de planning?");
  await expect(form.getByLabel("Waar heb je interesse in?")).toHaveValue("pilot");
  const consent = form.getByRole("checkbox", { name: /privacyverklaring/ });
  await tabTo(page, consent);
  await page.keyboard.press("Space");
  await expect(consent).toBeChecked();
  await tabTo(page, form.getByRole("button", { name: "Vraag een gratis intake aan" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Bedankt, je aanvraag is verstuurd" })).toBeFocused();
});
