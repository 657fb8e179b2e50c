import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import path from "node:path";
import { describe, it } from "node:test";
import { buildCalendar, CONTENT_PLAN, countByStatus, formatCalendar, statusLabel, statusOf, type CalendarPost } from "../lib/calendar";
import { getAllPostsForCalendar, isPublished } from "../lib/content";

const projectRoot = path.resolve(import.meta.dirname, "..");
const afterImport = new Date("2026-11-23T12:00:00+01:00");

const post = (overrides: Partial<CalendarPost>): CalendarPost => ({
  slug: "x",
  url: "/blog/x",
  title: "Een artikel",
  intent: "informatief",
  personas: ["drukbezette-ondernemer"],
  clusters: ["cases"],
  date: "2026-03-02T09:00:00+01:00",
  draft: false,
  ...overrides,
});

describe("content calendar", () => {
  it("plans the strategy's twelve weeks, one blog each", () => {
    assert.deepEqual(CONTENT_PLAN.map((week) => week.week), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    assert.deepEqual(countByStatus(buildCalendar([], afterImport)), { gepubliceerd: 0, gepland: 0, concept: 0, ontbreekt: 12 });
  });

  it("derives the status from draft and date: gepubliceerd, gepland op <datum>, concept, ontbreekt", () => {
    const calendar = buildCalendar(
      [post({ week: 1, date: "2026-01-05T09:00:00+01:00" }), post({ week: 2, date: "2026-03-02T09:00:00+01:00" }), post({ week: 3, draft: true })],
      new Date("2026-02-01T00:00:00+01:00"),
    );
    assert.deepEqual(calendar.weeks.slice(0, 4).map((week) => statusLabel(week.status)), ["gepubliceerd", "gepland op 2 maart 2026", "concept", "ontbreekt"]);
  });

  it("publishes a scheduled post at its moment, not a second earlier", () => {
    const scheduled = post({ date: "2026-03-02T09:00:00+01:00" });
    assert.equal(statusOf(scheduled, new Date("2026-03-02T07:59:59Z")).kind, "gepland");
    assert.equal(statusOf(scheduled, new Date("2026-03-02T08:00:00Z")).kind, "gepubliceerd");
  });

  it("flags a week planned twice, an intent that differs from the plan and posts outside the plan", () => {
    const calendar = buildCalendar([post({ week: 4, slug: "a" }), post({ week: 4, slug: "b", intent: "lokaal" }), post({ slug: "extra" }), post({ slug: "later", week: 20 })], afterImport);
    const week4 = calendar.weeks[3];
    assert.equal(week4?.entries.length, 2);
    assert.equal(week4?.entries[1]?.intentMatchesPlan, false);
    assert.deepEqual(calendar.unplanned.map((entry) => entry.post.slug), ["extra", "later"]);
    const text = formatCalendar(calendar);
    assert.match(text, /let op: week 4 is dubbel ingepland/);
    assert.match(text, /intentie: lokaal \(plan: informatief\)/);
    assert.match(text, /Niet ingepland \(geen week 1–12 in de frontmatter\):/);
  });

  it("shows the imported content: weeks 1–8 published, 9–12 planned as drafts", () => {
    const calendar = buildCalendar(getAllPostsForCalendar().filter((entry) => entry._raw.sourceFilePath.startsWith("blog/")), afterImport);
    assert.deepEqual(calendar.weeks.map((week) => week.status.kind), [...Array(8).fill("gepubliceerd"), ...Array(4).fill("concept")]);
    assert.ok(calendar.weeks.every((week) => week.entries.length === 1 && week.entries[0]?.intentMatchesPlan));
    // The posts keep the strategy's titles; week 6's "[fictief bedrijf]" became a labelled voorbeeldcase.
    for (const week of calendar.weeks.filter((entry) => entry.plan.week !== 6)) assert.equal(week.entries[0]?.post.title, week.plan.title);
  });

  it("agrees with the site's publishing rule for every post at any moment", () => {
    const moments = ["2026-01-01T00:00:00Z", "2026-01-12T08:00:00Z", "2026-02-23T07:59:59Z", "2027-01-01T00:00:00Z"].map((iso) => new Date(iso));
    for (const entry of getAllPostsForCalendar()) {
      for (const now of moments) assert.equal(statusOf(entry, now).kind === "gepubliceerd", isPublished(entry, now), `${entry.slug} at ${now.toISOString()}`);
    }
  });
});

describe("npm run content:calendar", { concurrency: true }, () => {
  const run = (...args: string[]) =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, ["--import", "tsx", "scripts/content-calendar.ts", ...args], { cwd: projectRoot, encoding: "utf8" }, (error, stdout, stderr) =>
        resolve({ status: error ? (typeof error.code === "number" ? error.code : null) : 0, stdout, stderr }),
      );
    });

  it("prints the plan with each post's status from its frontmatter", async () => {
    const result = await run("--now", afterImport.toISOString());
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^ {3}1 {2}gepubliceerd {2}AI voor het MKB: 5 snelle wins die direct tijd besparen$/m);
    assert.match(result.stdout, /^ {3}9 {2}concept {7}AI-trends voor het MKB in 2025$/m);
    assert.match(result.stdout, /intentie: lokaal · persona’s: lokale-ondernemer · clusters: ai-workshop-kosten/);
    assert.match(result.stdout, /Samenvatting: 8 gepubliceerd, 0 gepland, 4 concept, 0 ontbreekt\./);
  });

  it("shows scheduled posts with their date when run before it", async () => {
    const result = await run("--now", "2026-01-13T12:00:00+01:00");
    assert.match(result.stdout, /^ {3}3 {2}gepland op 19 januari 2026 +Stappenplan/m);
    assert.match(result.stdout, /Samenvatting: 2 gepubliceerd, 6 gepland, 4 concept, 0 ontbreekt\./);
  });

  it("reports missing weeks and posts outside the plan", async () => {
    const result = await run("--dir", "e2e/fixtures/content-check/faq-duplicate", "--now", afterImport.toISOString());
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^ {3}1 {2}ontbreekt/m);
    assert.match(result.stdout, /Niet ingepland/);
  });
});
