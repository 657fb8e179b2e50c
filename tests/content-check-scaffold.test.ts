/**
 * `npm run content:new`: the files it creates are valid for the build, carry the slug of the
 * title, today's date and `draft: true`, and hold placeholders that content:check reports
 * until they are filled in. It never overwrites.
 */
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { parseDocument } from "yaml";
import { checkContent, formatIssue } from "../lib/content-check";
import { zonedParts } from "../lib/dates";
import { readContentFiles } from "../lib/content-check/files";
import { appendFaqItem, blogTemplate } from "../lib/content-check/scaffold";

const projectRoot = path.resolve(import.meta.dirname, "..");
const root = mkdtempSync(path.join(tmpdir(), "content-new-"));
const contentDir = path.join(root, "content");
after(() => rmSync(root, { recursive: true, force: true }));

type Run = { status: number | null; stdout: string; stderr: string };

function exec(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<Run> {
  return new Promise((resolve) => {
    execFile(command, args, { ...options, encoding: "utf8" }, (error, stdout, stderr) =>
      resolve({ status: error ? (typeof error.code === "number" ? error.code : null) : 0, stdout, stderr }),
    );
  });
}

const contentNew = (...args: string[]) =>
  exec(process.execPath, ["--import", "tsx", "scripts/content-new.ts", "--dir", contentDir, ...args], { cwd: projectRoot });

const blogTitle = "Wat is een AI-agent? Uitleg voor het MKB";
const blogFile = path.join(contentDir, "blog", "wat-is-een-ai-agent-uitleg-voor-het-mkb.md");
const newsFile = path.join(contentDir, "nieuws", "google-lanceert-gemini-3-voor-bedrijven.md");
const themeFile = path.join(contentDir, "faq", "starten.yaml");
const newThemeFile = path.join(contentDir, "faq", "begrippen.yaml");
let themeBefore = "";
let startedAt = new Date();

before(async () => {
  // The unit tests' fixture site, so a marketer's edit to content/ never changes what this sees.
  cpSync(path.join(projectRoot, "tests", "fixtures", "site"), contentDir, { recursive: true });
  themeBefore = readFileSync(themeFile, "utf8");
  startedAt = new Date();
  const runs = await Promise.all([
    contentNew("blog", blogTitle, "--week", "13", "--cluster", "automatisering-mkb", "--persona", "innovatieve-manager"),
    contentNew("nieuws", "Google lanceert Gemini 3 voor bedrijven"),
    contentNew("faq", "Werken jullie ook met open-source modellen?", "--thema", "starten"),
    contentNew("faq", "Wat is een prompt?", "--thema", "begrippen"),
  ]);
  for (const run of runs) assert.equal(run.status, 0, run.stderr);
});

describe("content:new", { concurrency: true }, () => {
  it("creates a blog draft named after the title, dated today at 09:00 Amsterdam time", () => {
    const text = readFileSync(blogFile, "utf8");
    const { year, month, day } = zonedParts(startedAt);
    const today = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    assert.match(text, /^---\ntitle: "Wat is een AI-agent\? Uitleg voor het MKB"\n/);
    assert.match(text, new RegExp(`^date: ${today}T09:00:00\\+0[12]:00 `, "m"));
    assert.match(text, /^draft: true /m);
    assert.match(text, /^week: 13$/m);
    assert.match(text, /^clusters: \[automatisering-mkb\] /m);
    assert.match(text, /^personas: \[innovatieve-manager\] /m);
  });

  it("creates a news draft in the pipeline's format", () => {
    const text = readFileSync(newsFile, "utf8");
    const date = /^date: (.+)$/m.exec(text)?.[1] ?? "";
    assert.match(date, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    assert.ok(Math.abs(new Date(date).getTime() - startedAt.getTime()) < 120_000);
    assert.match(text, /^draft: true$/m);
    assert.match(text, /\n\nBron: \[naam van de bron\]\n$/);
  });

  it("appends a FAQ question to a theme without touching the existing questions", () => {
    const text = readFileSync(themeFile, "utf8");
    assert.ok(text.startsWith(themeBefore.trimEnd()), "existing text unchanged");
    const before = (parseDocument(themeBefore).toJS() as { items: unknown[] }).items.length;
    const items = (parseDocument(text).toJS() as { items: Array<{ question: string }> }).items;
    assert.equal(items.length, before + 1);
    assert.equal(items.at(-1)?.question, "Werken jullie ook met open-source modellen?");
  });

  it("creates a new FAQ theme when the theme does not exist", () => {
    const data = parseDocument(readFileSync(newThemeFile, "utf8")).toJS() as { order: number; items: Array<{ question: string }> };
    assert.equal(data.items[0]?.question, "Wat is een prompt?");
    assert.equal(data.order, 3);
  });

  it("refuses to overwrite and says which file is in the way", async () => {
    writeFileSync(blogFile, `${readFileSync(blogFile, "utf8")}\nMijn eigen tekst.\n`);
    const edited = readFileSync(blogFile, "utf8");
    const run = await contentNew("blog", blogTitle);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /wat-is-een-ai-agent-uitleg-voor-het-mkb\.md bestaat al/);
    assert.equal(readFileSync(blogFile, "utf8"), edited);
  });

  it("refuses a FAQ question that is already on the site", async () => {
    const run = await contentNew("faq", "Is de intake gratis?", "--thema", "starten");
    assert.equal(run.status, 1);
    assert.match(run.stderr, /staat al in .*kosten\.yaml/);
  });

  it("explains what is missing: a theme for FAQ, a valid cluster, a type", async () => {
    const [noTheme, badCluster, badKind] = await Promise.all([
      contentNew("faq", "Nog een vraag?"),
      contentNew("blog", "Nog een artikel", "--cluster", "marketing"),
      contentNew("pagina", "Iets"),
    ]);
    assert.equal(noTheme.status, 1);
    assert.match(noTheme.stderr, /kies een thema met --thema <thema>: .*kosten, starten/);
    assert.equal(badCluster.status, 1);
    assert.match(badCluster.stderr, /--cluster marketing bestaat niet; kies uit: ai-workshop-kosten/);
    assert.equal(existsSync(path.join(contentDir, "blog", "nog-een-artikel.md")), false);
    assert.equal(badKind.status, 2);
    assert.match(badKind.stderr, /Onbekend type "pagina"/);
  });
});

describe("content:new and content:check", () => {
  it("flags every placeholder: as warnings in drafts, as errors in the live FAQ", () => {
    const result = checkContent(readContentFiles(contentDir, root));
    const byFile = (name: string) => result.issues.filter((issue) => issue.file.endsWith(name));
    const blog = byFile("wat-is-een-ai-agent-uitleg-voor-het-mkb.md");
    assert.ok(blog.length >= 10, blog.map(formatIssue).join("\n"));
    assert.ok(blog.every((issue) => issue.rule === "placeholder" && issue.severity === "warning" && issue.deferred));
    assert.ok(byFile("google-lanceert-gemini-3-voor-bedrijven.md").some((issue) => issue.field === "label"));
    const faq = byFile("starten.yaml");
    assert.deepEqual(
      faq.map((issue) => [issue.rule, issue.severity, issue.field]),
      [["placeholder", "error", "items[2].answer"]],
    );
    assert.equal(byFile("begrippen.yaml").filter((issue) => issue.severity === "error").length, 3);
  });

  it("turns the draft's placeholders into errors once it is published, plus the missing sources", () => {
    const text = blogTemplate({ title: blogTitle, now: new Date("2026-11-23T10:00:00Z") }).replace(/^draft: true/m, "draft: false");
    const result = checkContent([{ file: "content/blog/x.md", relPath: "blog/x.md", text }], { now: new Date("2026-11-24T00:00:00Z") });
    assert.ok(result.errors >= 10);
    assert.ok(result.issues.some((issue) => issue.rule === "core-sources" && issue.severity === "error"));
    assert.ok(result.issues.every((issue) => issue.severity === "error"));
  });

  it("creates files Contentlayer accepts, built as npm run build builds them", async () => {
    const build = await exec("npm", ["run", "--silent", "content:build"], {
      cwd: projectRoot,
      env: { ...process.env, CONTENT_DIR: contentDir, CONTENTLAYER_DIR: root },
    });
    assert.equal(build.status, 0, `${build.stdout}\n${build.stderr}`);
    assert.match(build.stdout, /Generated \d+ documents/);
  });
});

describe("appendFaqItem", () => {
  it("refuses a theme file where items: is not the last field", () => {
    assert.throws(() => appendFaqItem('title: X\nitems:\n  - question: "A?"\n    answer: "B"\norder: 1\n', "Nieuw?"), /items: is niet het laatste veld/);
  });

  it("keeps the list's indentation", () => {
    const result = appendFaqItem('title: X\nsummary: Y\norder: 1\nitems:\n- question: "A?"\n  answer: "B"\n', "Nieuw?");
    assert.match(result, /\n- question: "Nieuw\?"\n {2}answer: \|\n/);
  });
});
