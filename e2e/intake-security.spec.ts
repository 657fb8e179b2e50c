import { expect, type Page, test } from "@playwright/test";

// The security headers come from next.config.ts; the CSP has to let every prerendered page and
// its small client islands run, and block everything else.

/** Records CSP violations (the DOM event and Chromium's console report) from the first script on. */
async function watchCsp(page: Page) {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { cspViolations: string[] }).cspViolations ??= [];
      (window as unknown as { cspViolations: string[] }).cspViolations.push(
        `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
      );
    });
  });
  return async () => [...violations, ...(await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []))];
}

test("every page is served with the security headers", async ({ request }) => {
  for (const path of ["/", "/contact", "/api/health"]) {
    const headers = (await request.get(path)).headers();
    const csp = headers["content-security-policy"] ?? "";
    for (const directive of ["default-src 'self'", "frame-ancestors 'none'", "form-action 'self'", "object-src 'none'", "base-uri 'self'"])
      expect(csp, path).toContain(directive);
    expect(csp).not.toMatch(/script-src[^;]*(https?:|\*)/);
    expect(headers["strict-transport-security"]).toMatch(/max-age=\d{8}/);
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"]).toContain("camera=()");
    expect(headers["x-powered-by"]).toBeUndefined();
  }
});

test("the home page, a blog post and /contact run under the CSP without a violation", async ({ page }) => {
  const violations = await watchCsp(page);
  await page.goto("/blog");
  const post = await page.getByRole("main").getByRole("article").first().getByRole("link").first().getAttribute("href");
  expect(post).toMatch(/^\/blog\/.+/);
  for (const path of ["/", post!, "/contact"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    expect(await violations(), path).toEqual([]);
  }
  // Hydrated: the intake form's client code runs (the submit button reacts to a pending action).
  await expect(page.getByRole("button", { name: "Vraag een gratis intake aan" })).toBeEnabled();
});

test("client islands still work under the CSP: FAQ filter, site search and the mobile menu", async ({ page }) => {
  const violations = await watchCsp(page);
  await page.goto("/faq");
  const questions = page.locator("#faq-themes details:visible");
  const all = await questions.count();
  await page.getByLabel("Zoek in de vragen").fill("privacy AVG");
  await expect(questions).not.toHaveCount(all);

  await page.goto("/zoeken");
  await page.getByLabel("Waar ben je naar op zoek?").fill("RPA macro");
  await expect(page.getByRole("list", { name: "Zoekresultaten" }).getByRole("link").first()).toContainText("Excel-macro");

  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/");
  await page.getByText("Menu", { exact: true }).click();
  await expect(page.getByRole("navigation", { name: "Hoofdmenu (mobiel)" }).getByRole("link", { name: "Blog" })).toBeVisible();
  expect(await violations()).toEqual([]);
});

test("/api/health reports that the leads database is reachable", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toContain("no-store");
  expect(await response.json()).toEqual({ status: "ok", database: "sqlite" });
});
