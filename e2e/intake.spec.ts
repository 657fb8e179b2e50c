import { type Browser, expect, type Locator, type Page, type Request, test } from "@playwright/test";
import { findLeadsByEmail, type LeadsDb, openDatabase } from "../lib/leads";

// The server writes to the throwaway SQLite file playwright.config.ts chose for this run; the tests
// read it back through the leads repository API (no test-only routes in the app).
let leads: LeadsDb | undefined;
async function storedFor(email: string) {
  const file = process.env.E2E_DATABASE_FILE;
  if (!file) throw new Error("E2E_DATABASE_FILE is not set (see playwright.config.ts)");
  leads ??= await openDatabase({ dialect: "sqlite", file });
  return findLeadsByEmail(leads, email);
}
test.afterAll(async () => {
  await leads?.close();
  leads = undefined;
});

let counter = 0;
const uniqueEmail = (label: string) => `e2e-${label}-${Date.now()}-${process.pid}-${++counter}@example.nl`;

/** A visitor needs more than the minimum fill time: move the form's start back a minute. */
async function tookTheirTime(form: Locator) {
  await form.locator('input[name="t"]').evaluate((input: HTMLInputElement) => {
    input.value = String(Number(input.value) - 60_000);
  });
}

async function fillIntake(form: Locator, email: string, { phone = true }: { phone?: boolean } = {}) {
  await form.getByLabel("Naam", { exact: true }).fill("Sanne de Vries");
  await form.getByLabel("E-mail", { exact: true }).fill(email);
  await form.getByLabel("Bedrijf", { exact: true }).fill("Bakkerij De Vries");
  if (phone) await form.getByLabel("Telefoon (optioneel)", { exact: true }).fill("020 123 45 67");
  await form.getByLabel("Je vraag of situatie", { exact: true }).fill("We willen offertes sneller maken.\nKan dat met AI?");
  await form.getByRole("checkbox", { name: /privacyverklaring/ }).check();
}

const contactForm = (page: Page) => page.getByRole("main").locator("form");
const submit = (form: Locator) => form.getByRole("button", { name: "Vraag een gratis intake aan" }).click();
const confirmation = (page: Page) => page.getByRole("heading", { name: "Bedankt, je aanvraag is verstuurd" });

test("a visitor asks for an intake on /contact and the lead is stored before the confirmation", async ({ page }) => {
  const email = uniqueEmail("happy");
  await page.goto("/contact?interesse=lezing");
  const form = contactForm(page);
  await fillIntake(form, email);
  await form.getByLabel("Regio (optioneel)").fill("Haarlem");
  await expect(form.getByRole("checkbox", { name: /nieuwsbrief/ })).not.toBeChecked();
  await tookTheirTime(form);
  await submit(form);

  await expect(confirmation(page)).toBeVisible();
  await expect(confirmation(page)).toBeFocused();
  await expect(page.getByRole("status")).toContainText(`Binnen 1–2 werkdagen nemen we contact met je op via ${email}`);
  const [lead, ...more] = await storedFor(email);
  expect(more).toHaveLength(0);
  expect(lead).toMatchObject({
    name: "Sanne de Vries",
    company: "Bakkerij De Vries",
    phone: "020 123 45 67",
    interest: "lezing",
    region: "Haarlem",
    message: "We willen offertes sneller maken.\nKan dat met AI?",
    newsletter: 0,
    source: "/contact",
  });
});

test("every validation error is shown in Dutch next to its field, focus goes to the first, typed values stay", async ({ page }) => {
  await page.goto("/contact");
  const form = contactForm(page);
  await tookTheirTime(form);
  await submit(form);

  const expected: [Locator, string][] = [
    [form.getByLabel("Naam", { exact: true }), "Vul je naam in."],
    [form.getByLabel("E-mail", { exact: true }), "Vul je e-mailadres in."],
    [form.getByLabel("Bedrijf", { exact: true }), "Vul de naam van je bedrijf in."],
    [form.getByLabel("Je vraag of situatie", { exact: true }), "Vertel kort waar we je mee kunnen helpen."],
    [
      form.getByRole("checkbox", { name: /privacyverklaring/ }),
      "Geef toestemming voor het verwerken van je gegevens; anders kunnen we geen contact met je opnemen.",
    ],
  ];
  await expect(form.getByRole("alert")).toHaveText("5 velden zijn nog niet goed ingevuld; zie de meldingen bij de velden.");
  for (const [field, message] of expected) {
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(field).toHaveAccessibleDescription(message);
  }
  await expect(form.getByLabel("Naam", { exact: true })).toBeFocused();

  // Fix some, get others wrong: the typed values come back and focus moves to the first remaining error.
  await form.getByLabel("Naam", { exact: true }).fill("Sanne de Vries");
  await form.getByLabel("E-mail", { exact: true }).fill("sanne@bakkerij");
  await form.getByLabel("Bedrijf", { exact: true }).fill("Bakkerij De Vries");
  await form.getByLabel("Telefoon (optioneel)", { exact: true }).fill("bel me maar");
  await form.getByLabel("Waar heb je interesse in?").selectOption("pilot");
  await form.getByLabel("Je vraag of situatie", { exact: true }).fill("Wat kan AI voor ons doen?");
  await form.getByRole("checkbox", { name: /nieuwsbrief/ }).check();
  await submit(form);

  const email = form.getByLabel("E-mail", { exact: true });
  await expect(email).toHaveAccessibleDescription("Vul een geldig e-mailadres in, bijvoorbeeld naam@bedrijf.nl.");
  await expect(email).toBeFocused();
  await expect(form.getByLabel("Telefoon (optioneel)", { exact: true })).toHaveAccessibleDescription(
    "Vul een geldig telefoonnummer in, bijvoorbeeld 020 123 45 67.",
  );
  await expect(email).toHaveValue("sanne@bakkerij");
  await expect(form.getByLabel("Naam", { exact: true })).toHaveValue("Sanne de Vries");
  await expect(form.getByLabel("Naam", { exact: true })).not.toHaveAttribute("aria-invalid");
  await expect(form.getByLabel("Je vraag of situatie", { exact: true })).toHaveValue("Wat kan AI voor ons doen?");
  await expect(form.getByLabel("Waar heb je interesse in?")).toHaveValue("pilot");
  await expect(form.getByRole("checkbox", { name: /nieuwsbrief/ })).toBeChecked();
  await expect(form.getByRole("checkbox", { name: /privacyverklaring/ })).toHaveAccessibleDescription(/Geef toestemming/);
});

async function noScriptPage(browser: Browser) {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: "nl-NL" });
  return { page: await context.newPage(), close: () => context.close() };
}

test("the form works with JavaScript disabled: errors with kept values, then a stored lead", async ({ browser, baseURL }) => {
  const { page, close } = await noScriptPage(browser);
  try {
    const email = uniqueEmail("nojs");
    await page.goto(`${baseURL}/contact`);
    const form = contactForm(page);
    await form.getByLabel("Naam", { exact: true }).fill("Sanne de Vries");
    await form.getByLabel("E-mail", { exact: true }).fill("geen-adres");
    await tookTheirTime(form);
    await submit(form);

    await expect(page).toHaveURL(/\/contact$/);
    await expect(form.getByLabel("E-mail", { exact: true })).toHaveAccessibleDescription("Vul een geldig e-mailadres in, bijvoorbeeld naam@bedrijf.nl.");
    await expect(form.getByLabel("Bedrijf", { exact: true })).toHaveAccessibleDescription("Vul de naam van je bedrijf in.");
    await expect(form.getByLabel("Naam", { exact: true })).toHaveValue("Sanne de Vries");
    await expect(form.getByLabel("E-mail", { exact: true })).toHaveValue("geen-adres");
    // Without JavaScript the browser's autofocus puts the cursor in the first field with an error.
    await expect(form.getByLabel("E-mail", { exact: true })).toBeFocused();

    await fillIntake(form, email);
    await submit(form);
    await expect(confirmation(page)).toBeVisible();
    expect(await storedFor(email)).toHaveLength(1);
  } finally {
    await close();
  }
});

test("the compact form on a persona page preselects its interest and stores the lead in place", async ({ page }) => {
  const email = uniqueEmail("cta");
  await page.goto("/voor/kritische-beslisser");
  const cta = page.getByRole("region", { name: /Benieuwd wat AI/ });
  const form = cta.locator("form");
  await expect(form.getByLabel("Waar heb je interesse in?")).toHaveValue("pilot");
  await expect(form.getByLabel("Telefoon (optioneel)")).toHaveCount(0);
  await fillIntake(form, email, { phone: false });
  await tookTheirTime(form);
  await submit(form);
  await expect(cta.getByRole("heading", { level: 3, name: "Bedankt, je aanvraag is verstuurd" })).toBeVisible();
  await expect(page).toHaveURL(/\/voor\/kritische-beslisser$/);
  expect(await storedFor(email)).toMatchObject([{ interest: "pilot", source: "/voor/kritische-beslisser", phone: null }]);
});

test("without JavaScript the compact form on a blog post answers on /contact", async ({ browser, baseURL }) => {
  const { page, close } = await noScriptPage(browser);
  try {
    const email = uniqueEmail("cta-nojs");
    await page.goto(`${baseURL}/blog`);
    await page.getByRole("main").getByRole("article").first().getByRole("link").first().click();
    const path = new URL(page.url()).pathname;
    expect(path).toMatch(/^\/blog\/.+/);
    const form = page.getByRole("region", { name: /Benieuwd wat AI/ }).locator("form");
    await fillIntake(form, email, { phone: false });
    await tookTheirTime(form);
    await submit(form);
    await expect(page).toHaveURL(/\/contact$/);
    await expect(confirmation(page)).toBeVisible();
    expect(await storedFor(email)).toMatchObject([{ source: path }]);
  } finally {
    await close();
  }
});

test("a bot that fills the honeypot gets the same confirmation and is stored as nothing", async ({ page }) => {
  const email = uniqueEmail("honeypot");
  await page.goto("/contact");
  const form = contactForm(page);
  await fillIntake(form, email);
  await tookTheirTime(form);
  await form.locator('input[name="website"]').fill("https://spam.example", { force: true });
  await submit(form);
  await expect(confirmation(page)).toBeVisible();
  expect(await storedFor(email)).toHaveLength(0);
});

test("a submission faster than a person can type is answered like a success and stored as nothing", async ({ page }) => {
  const email = uniqueEmail("too-fast");
  await page.goto("/contact");
  const form = contactForm(page);
  await fillIntake(form, email);
  // As if the form had been rendered this very moment (same clock: browser and server share the machine).
  await form.locator('input[name="t"]').evaluate((input: HTMLInputElement) => void (input.value = String(Date.now())));
  await submit(form);
  await expect(confirmation(page)).toBeVisible();
  expect(await storedFor(email)).toHaveLength(0);
});

/** Fills the no-JS form and captures the browser's own POST (aborted, so it stores nothing). */
async function capturedPost(browser: Browser, baseURL: string, email: string, message = "Replay-test") {
  const { page, close } = await noScriptPage(browser);
  try {
    await page.goto(`${baseURL}/contact`);
    const form = contactForm(page);
    await fillIntake(form, email);
    await form.getByLabel("Je vraag of situatie", { exact: true }).fill(message);
    await tookTheirTime(form);
    const captured = new Promise<Request>((resolve) => {
      void page.route("**/contact", async (route) => {
        if (route.request().method() !== "POST") return route.continue();
        resolve(route.request());
        await route.abort();
      });
    });
    await submit(form);
    const request = await captured;
    const headers = Object.fromEntries(
      Object.entries(await request.allHeaders()).filter(([name]) => !name.startsWith(":") && !["origin", "content-length", "cookie"].includes(name)),
    );
    return { url: request.url(), headers, origin: new URL(baseURL).origin, body: request.postDataBuffer() ?? Buffer.alloc(0) };
  } finally {
    await close();
  }
}

test("a replayed intake POST from a foreign or missing Origin is rejected and not stored", async ({ browser, baseURL, request }) => {
  const email = uniqueEmail("replay");
  const post = await capturedPost(browser, baseURL!, email);

  const foreign = await request.post(post.url, { headers: { ...post.headers, origin: "https://evil.example" }, data: post.body, maxRedirects: 0 });
  expect(foreign.status()).toBeGreaterThanOrEqual(400);
  const missing = await request.post(post.url, { headers: post.headers, data: post.body, maxRedirects: 0 });
  expect(await missing.text()).not.toContain("Bedankt, je aanvraag is verstuurd");
  expect(await storedFor(email)).toHaveLength(0);

  // The same bytes from the site's own origin are a valid submission: the rejections above were about the Origin.
  const own = await request.post(post.url, { headers: { ...post.headers, origin: post.origin }, data: post.body, maxRedirects: 0 });
  expect(own.status()).toBe(200);
  expect(await own.text()).toContain("Bedankt, je aanvraag is verstuurd");
  expect(await storedFor(email)).toHaveLength(1);
});

test("an oversized intake POST is rejected and not stored", async ({ browser, baseURL, request }) => {
  const email = uniqueEmail("oversized");
  const marker = "PADDING-MARKER";
  const post = await capturedPost(browser, baseURL!, email, marker);
  const body = Buffer.from(post.body.toString("latin1").replace(marker, "x".repeat(200_000)), "latin1");
  const response = await request.post(post.url, { headers: { ...post.headers, origin: post.origin }, data: body, maxRedirects: 0 });
  // Next.js stops reading at bodySizeLimit (64 kB) and answers with an error page, not the form.
  expect(response.status()).toBeGreaterThanOrEqual(400);
  expect(await response.text()).not.toContain("Bedankt, je aanvraag is verstuurd");
  expect(await storedFor(email)).toHaveLength(0);
});
