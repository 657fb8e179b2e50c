import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);

// The intake tests store leads: give every run its own throwaway SQLite file (never ./data/site.db).
// Set here once, in the main process, so the server and the test workers (which inherit the
// environment) read the same file.
process.env.E2E_DATABASE_FILE ??= path.join(os.tmpdir(), `e2e-leads-${Date.now()}-${process.pid}.db`);

// Draft preview (e2e/preview.spec.ts): the server checks this secret, the tests send it.
process.env.E2E_PREVIEW_SECRET ??= `e2e-preview-${process.pid}`;

// Playwright cannot download browsers on our machines: use Debian's Chromium (scripts/setup-test-browser.sh).
const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: chromiumArgs },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: `npx next start -p ${PORT} -H 127.0.0.1`,
    env: {
      NEXT_DIST_DIR: ".next-test",
      PREVIEW_SECRET: process.env.E2E_PREVIEW_SECRET,
      DATABASE_FILE: process.env.E2E_DATABASE_FILE,
      DATABASE_URL: "",
      SMTP_URL: "",
      // Every intake test posts from 127.0.0.1: allow more than a visitor gets (limit is unit-tested).
      LEADS_RATE_LIMIT_MAX: "200",
      OUTBOX_INTERVAL_MS: "0",
    },
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
