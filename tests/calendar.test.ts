import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import path from "node:path";
import { describe, it } from "node:test";
import { buildCalendar, countByStatus, formatCalendar, statusLabel, type CalendarPost, type PlannedWeek } from "../lib/calendar";
import { getAllPostsForCalendar, getCalendarPlan } from "../lib/content";

const projectRoot = path.resolve(import.meta.dirname, "..");
const afterImport = new Date("2026-11-23T12:00:00+01:00");
const fixtureSite = "tests/fixtures/site";
const plan: PlannedWeek[] = Array.from({ length: 12 }, (_, index) => ({
  week: index + 1,
  title: `Week ${index + 1}`,
  intent: "informatief",
  faqUpdate: "Vragen.",
}));

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
  it("reads the plan from content/kalender: every planned week, in order", () => {
    assert.deepEqual(
      getCalendarPlan().map((week) => week.week),
      [1, 2, 3, 4, 5, 6],
    );
    assert.equal(getCalendarPlan()[2]?.intentNote, "bewijsvoering");
    assert.deepEqual(countByStatus(buildCalendar([], plan, afterImport)), { published: 0, scheduled: 0, draft: 0, missing: 12 });
  });

  it("derives the status from draft and date: gepubliceerd, gepland op <datum>, concept, ontbreekt", () => {
    const calendar = buildCalendar(
      [post({ week: 1, date: "2026-01-05T09:00:00+01:00" }), post({ week: 2, date: "2026-03-02T09:00:00+01:00" }), post({ week: 3, draft: true })],
      plan,
      new Date("2026-02-01T00:00:00+01:00"),
    );
    assert.deepEqual(
      calendar.weeks.slice(0, 4).map((week) => statusLabel(week.status)),
      ["gepubliceerd", "gepland op 2 maart 2026", "concept", "ontbreekt"],
    );
  });

  it("publishes a scheduled post at its moment, not a second earlier", () => {
    const scheduled = [post({ week: 1, date: "2026-03-02T09:00:00+01:00" })];
    assert.equal(buildCalendar(scheduled, plan, new Date("2026-03-02T07:59:59Z")).weeks[0]?.status.kind, "scheduled");
    assert.equal(buildCalendar(scheduled, plan, new Date("2026-03-02T08:00:00Z")).weeks[0]?.status.kind, "published");
  });

  it("flags a week planned twice, an intent that differs from the plan and posts outside the plan", () => {
    const calendar = buildCalendar(
      [post({ week: 4, slug: "a" }), post({ week: 4, slug: "b", intent: "lokaal" }), post({ slug: "extra" }), post({ slug: "later", week: 20 })],
      plan,
      afterImport,
    );
    const week4 = calendar.weeks[3];
    assert.equal(week4?.entries.length, 2);
    assert.equal(week4?.entries[1]?.intentMatchesPlan, false);
    assert.deepEqual(
      calendar.unplanned.map((entry) => entry.post.slug),
      ["extra", "later"],
    );
    const text = formatCalendar(calendar);
    assert.match(text, /let op: week 4 is dubbel ingepland/);
    assert.match(text, /intentie: lokaal \(plan: informatief\)/);
    assert.match(text, /Niet ingepland \(geen week van het plan in de frontmatter\):/);
  });

  it("shows the fixture site: published, scheduled, draft and missing weeks side by side", () => {
    const calendar = buildCalendar(getAllPostsForCalendar(), getCalendarPlan(), afterImport);
    assert.deepEqual(
      calendar.weeks.map((week) => week.status.kind),
      ["published", "published", "published", "scheduled", "draft", "missing"],
    );
    assert.ok(
      calendar.weeks
        .filter((week) => week.entries.length > 0)
        .every((week) => week.entries[0]?.post.title === week.plan.title && week.entries[0]?.intentMatchesPlan),
    );
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
    const result = await run("--dir", fixtureSite, "--now", afterImport.toISOString());
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^ {3}1 {2}gepubliceerd +Eerste stappen met AI in een klein bedrijf$/m);
    assert.match(result.stdout, /^ {3}4 {2}gepland op 5 januari 2099 +Een artikel dat pas in 2099 verschijnt$/m);
    assert.match(result.stdout, /^ {3}5 {2}concept +Een concept dat nooit verschijnt$/m);
    assert.match(result.stdout, /^ {3}6 {2}ontbreekt +Een week zonder artikel$/m);
    assert.match(
      result.stdout,
      /intentie: transactioneel · persona’s: kritische-beslisser, drukbezette-ondernemer · clusters: ai-workshop-kosten, automatisering-mkb/,
    );
    assert.match(result.stdout, /Samenvatting: 3 gepubliceerd, 1 gepland, 1 concept, 1 ontbreekt\./);
  });

  it("shows scheduled posts with their date when run before it", async () => {
    const result = await run("--dir", fixtureSite, "--now", "2026-01-13T12:00:00+01:00");
    assert.match(result.stdout, /^ {3}2 {2}gepland op 2 februari 2026 +Wat kost een AI-workshop\?$/m);
    assert.match(result.stdout, /Samenvatting: 1 gepubliceerd, 3 gepland, 1 concept, 1 ontbreekt\./);
  });

  it("reports posts outside the plan", async () => {
    const result = await run("--dir", "tests/fixtures/content-check/faq-duplicate", "--now", afterImport.toISOString());
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /Niet ingepland \(geen week van het plan in de frontmatter\):\n +gepubliceerd +Een geldig artikel over AI/);
  });
});
