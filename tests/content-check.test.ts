/**
 * The content check: one failing fixture per rule in tests/fixtures/content-check/<rule>/,
 * the policy for drafts and news, and the CLI (exit codes and `file:line` output).
 */
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { checkContent, formatIssue, RULES, type Issue, type RuleId, type Severity, type SourceFile } from "../lib/content-check";
import { readContentFiles } from "../lib/content-check/files";
import { classifyLink } from "../lib/content-check/rules";
import { getAllPostsForCalendar, getNews } from "../lib/content";
import { parseContentDate } from "../lib/dates";
import { findMojibake, repairMojibake } from "../lib/markdown/mojibake";

const projectRoot = path.resolve(import.meta.dirname, "..");
const fixtures = path.join("tests", "fixtures", "content-check");
const now = new Date("2026-11-23T12:00:00+01:00");

function checkFixture(name: string) {
  return checkContent(readContentFiles(path.join(fixtures, name), projectRoot), { now });
}

/** What each rule's fixture must report first: where, how severe, and what it says. */
const expected: Record<RuleId, { file: string; line: number; field: string; severity: Severity; message: RegExp }> = {
  parse: { file: "blog/kapotte-frontmatter.md", line: 2, field: "(bestand)", severity: "error", message: /YAML klopt niet/ },
  field: { file: "blog/zonder-titel.md", line: 2, field: "title", severity: "error", message: /ontbreekt: dit veld is verplicht/ },
  reference: {
    file: "blog/onbekend-onderwerp.md",
    line: 7,
    field: "clusters[1]",
    severity: "error",
    message: /cluster ai-per-branche heeft geen onderwerppagina/,
  },
  "title-length": { file: "blog/lange-titel.md", line: 2, field: "title", severity: "warning", message: /titel is 68 tekens/ },
  "summary-length": { file: "blog/korte-samenvatting.md", line: 3, field: "summary", severity: "error", message: /samenvatting is 8 tekens; gebruik 70–160/ },
  "h1-in-body": { file: "blog/kop-niveau-1.md", line: 21, field: "tekst", severity: "error", message: /kop van niveau 1/ },
  "heading-order": { file: "blog/overgeslagen-kop.md", line: 25, field: "tekst", severity: "error", message: /van H2 naar H4/ },
  "long-without-h2": { file: "blog/lange-tekst-zonder-koppen.md", line: 19, field: "tekst", severity: "warning", message: /\d+ woorden zonder tussenkop/ },
  "core-faq": { file: "blog/te-weinig-vragen.md", line: 9, field: "faq", severity: "error", message: /2 FAQ-vragen; zet er minimaal 3/ },
  "core-sources": { file: "blog/zonder-bronnen.md", line: 23, field: "tekst", severity: "error", message: /kernblog zonder bronnen/ },
  "internal-link": {
    file: "blog/kapotte-links.md",
    line: 23,
    field: "tekst",
    severity: "error",
    message: /\/blog\/bestaat-niet gaat naar een pagina die niet bestaat/,
  },
  "external-https": { file: "blog/http-link.md", line: 23, field: "tekst", severity: "error", message: /http:\/\/example\.com\/onderzoek gebruikt http:\/\// },
  "bare-domain": { file: "blog/losse-domeinnaam.md", line: 24, field: "tekst", severity: "error", message: /losse domeinnaam “forbes\.com”/ },
  mojibake: { file: "blog/kapotte-tekens.md", line: 23, field: "tekst", severity: "error", message: /“ge√Øntegreerde” \(bedoeld: “geïntegreerde”\)/ },
  placeholder: { file: "blog/placeholders.md", line: 23, field: "tekst", severity: "error", message: /nog in te vullen: \[fictief bedrijf\]/ },
  "stale-year": { file: "blog/oude-titel.md", line: 2, field: "title", severity: "warning", message: /titel noemt 2020 en het is nu 2026/ },
  "duplicate-title": { file: "blog/tweede.md", line: 2, field: "title", severity: "error", message: /titel “Dezelfde titel” heeft .*blog\/eerste\.md ook/ },
  "duplicate-slug": {
    file: "blog/2026/zelfde-naam.md",
    line: 1,
    field: "(bestandsnaam)",
    severity: "error",
    message: /slug zelfde-naam \(\/blog\/zelfde-naam\)/,
  },
  "image-alt": { file: "blog/afbeelding-zonder-alt.md", line: 23, field: "tekst", severity: "error", message: /afbeelding zonder alt-tekst/ },
  "faq-duplicate": { file: "blog/dubbele-vraag.md", line: 10, field: "faq[0].question", severity: "error", message: /staat ook op \/faq/ },
};

describe("content check: one failing fixture per rule", () => {
  it("passes the clean fixture without a single finding", () => {
    const result = checkFixture("clean");
    assert.deepEqual(result.issues.map(formatIssue), []);
    assert.equal(result.files, 4);
  });

  for (const [rule, want] of Object.entries(expected) as Array<[RuleId, (typeof expected)[RuleId]]>) {
    it(`${rule}: reports ${want.file}:${want.line} as ${want.severity === "error" ? "an error" : "a warning"}`, () => {
      assert.ok(existsSync(path.join(projectRoot, fixtures, rule)), `fixture folder ${fixtures}/${rule}`);
      const result = checkFixture(rule);
      // The fixture breaks exactly this rule, so every finding is about it.
      assert.deepEqual([...new Set(result.issues.map((issue) => issue.rule))], [rule], result.issues.map(formatIssue).join("\n"));
      const first = result.issues[0] as Issue;
      assert.equal(first.file, `${fixtures}/${rule}/${want.file}`.split(path.sep).join("/"));
      assert.equal(first.line, want.line);
      assert.equal(first.field, want.field);
      assert.equal(first.severity, want.severity);
      assert.match(first.message, want.message);
      assert.equal(result.errors > 0, want.severity === "error");
    });
  }

  it("covers every rule", () => {
    assert.deepEqual(Object.keys(expected).sort(), Object.keys(RULES).sort());
  });

  it("tells a broken internal link from a link to a draft, to a scheduled item and a relative one", () => {
    const messages = checkFixture("internal-link").issues.map((issue) => `${issue.severity}: ${issue.message}`);
    assert.equal(messages.length, 4);
    assert.ok(messages.some((message) => /^error: .*\/blog\/concept-artikel gaat naar een concept/.test(message)));
    assert.ok(messages.some((message) => /^warning: .*\/blog\/gepland-artikel gaat naar een gepland item dat pas op 5 januari 2099 verschijnt/.test(message)));
    assert.ok(messages.some((message) => /^error: link blog\/geldig-artikel is relatief/.test(message)));
  });

  it("reports a footnote without its source as a placeholder too", () => {
    const issues = checkFixture("placeholder").issues;
    assert.ok(issues.some((issue) => /voetnoot \[\^2\] heeft geen bron/.test(issue.message)));
  });
});

const file = (relPath: string, text: string): SourceFile => ({ file: `content/${relPath}`, relPath, text });

const post = (frontmatter: string, body = "Tekst.[^1]\n\n## Kop\n\nMeer tekst.\n\n[^1]: [smb-gr.com](https://smb-gr.com)\n") => `---
title: "Een artikel"
summary: "Een samenvatting die lang genoeg is om als meta-omschrijving te dienen in de zoekresultaten."
date: 2026-01-05T09:00:00+01:00
intent: informatief
clusters: [cases]
personas: [drukbezette-ondernemer]
faq:
  - question: "Vraag een?"
    answer: "Antwoord."
  - question: "Vraag twee?"
    answer: |
      Eerste regel.
      Tweede regel met [placeholder].
  - question: "Vraag drie?"
    answer: "Antwoord."
${frontmatter}
---

${body}`;

describe("content check: policy", () => {
  it("reports a draft's errors as warnings until it is published", () => {
    const draft = checkContent([file("blog/a.md", post("draft: true"))], { now });
    assert.equal(draft.errors, 0);
    assert.ok(draft.issues.every((issue) => issue.severity === "warning" && issue.deferred));
    assert.match(formatIssue(draft.issues[0] as Issue), /waarschuwing \(concept\)/);
    const published = checkContent([file("blog/a.md", post("draft: false"))], { now });
    assert.equal(published.errors, draft.warnings);
  });

  it("points into a YAML block answer at the right line", () => {
    const issue = checkContent([file("blog/a.md", post("draft: false"))], { now }).issues.find((candidate) => candidate.rule === "placeholder");
    assert.equal(issue?.rule, "placeholder");
    assert.equal(issue?.line, 14);
    assert.equal(issue?.field, "faq[1].answer");
  });

  it("lets an unedited news seed publish: encoding damage and lengths are warnings on news", () => {
    const result = checkFixture("news-advisory");
    assert.equal(result.errors, 0);
    assert.ok(result.issues.some((issue) => issue.rule === "mojibake" && issue.severity === "warning" && issue.line === 15));
    const sameOnBlog = checkContent([file("blog/a.md", post("draft: false", "Beter ge√Øntegreerde tools.[^1]\n\n[^1]: [a.nl](https://a.nl)\n"))], { now });
    assert.ok(sameOnBlog.issues.some((issue) => issue.rule === "mojibake" && issue.severity === "error"));
  });

  it("lets a news item delivered twice under another file name publish, with a duplicate-title warning", () => {
    const seed = readFileSync(path.join(projectRoot, fixtures, "news-advisory", "nieuws", "004-33bbcdb641461c3e.md"), "utf8");
    const result = checkContent([file("nieuws/origineel.md", seed), file("nieuws/kopie.md", seed)], { now });
    assert.equal(result.errors, 0, result.issues.map(formatIssue).join("\n"));
    assert.ok(result.issues.some((issue) => issue.rule === "duplicate-title" && issue.severity === "warning"));
  });

  it("blames the later copy of a FAQ question: a draft, not the published FAQ hub", () => {
    const hub = file("faq/algemeen.yaml", 'title: Algemeen\nsummary: Vragen.\norder: 1\nitems:\n  - question: "Vraag een?"\n    answer: "Ja."\n');
    const result = checkContent([hub, file("blog/a.md", post("draft: true"))], { now });
    const duplicates = result.issues.filter((issue) => issue.rule === "faq-duplicate");
    assert.equal(duplicates.length, 1);
    assert.equal(duplicates[0]?.file, "content/blog/a.md");
    assert.equal(duplicates[0]?.severity, "warning");
  });

  it("judges a stale year by the moment it runs", () => {
    const files = [file("blog/a.md", post("draft: false").replace('"Een artikel"', '"AI-tools in 2025"'))];
    assert.ok(checkContent(files, { now }).issues.some((issue) => issue.rule === "stale-year"));
    assert.ok(!checkContent(files, { now: new Date("2025-06-01T00:00:00Z") }).issues.some((issue) => issue.rule === "stale-year"));
  });

  it("leaves the source list and fictional case alone: no sources needed for a voorbeeldcase", () => {
    const result = checkContent([file("blog/a.md", post("fictional: true", "Tekst.\n\n## Kop\n\nMeer.\n"))], { now });
    assert.ok(!result.issues.some((issue) => issue.rule === "core-sources"));
  });

  it("keeps a field error an error in a draft: the site could not read the file", () => {
    const draft = checkContent([file("blog/a.md", post("draft: true\nintent2: informatief"))], { now });
    assert.ok(draft.issues.some((issue) => issue.rule === "field" && issue.field === "intent2" && issue.severity === "error" && !issue.deferred));
  });
});

describe("content check: helpers", () => {
  it("classifies links", () => {
    assert.deepEqual(classifyLink("/blog/x/?a=1#b"), { kind: "internal", path: "/blog/x" });
    assert.deepEqual(classifyLink("/"), { kind: "internal", path: "/" });
    assert.equal(classifyLink("https://a.nl").kind, "https");
    assert.equal(classifyLink("#faq").kind, "anchor");
    assert.equal(classifyLink("mailto:info@example.nl").kind, "contact");
    assert.deepEqual(classifyLink("http://a.nl"), { kind: "insecure", why: "http://" });
    assert.equal(classifyLink("//a.nl").kind, "insecure");
    assert.deepEqual(classifyLink("javascript:alert(1)"), { kind: "insecure", why: "javascript:" });
    assert.equal(classifyLink("blog/x").kind, "relative");
  });

  it("recovers the intended letters of mojibake", () => {
    assert.equal(repairMojibake("ge√Øntegreerde"), "geïntegreerde");
    assert.equal(repairMojibake("geÃ¯ntegreerde"), "geïntegreerde");
    assert.equal(repairMojibake("macro‚Äôs"), "macro’s");
    assert.deepEqual(findMojibake("Geen schade: één, geïntegreerde, 20%."), []);
  });

  it("reads frontmatter dates like contentlayer: offsets kept, no offset = Amsterdam time", () => {
    assert.equal(parseContentDate("2026-01-05T09:00:00+01:00")?.toISOString(), "2026-01-05T08:00:00.000Z");
    assert.equal(parseContentDate("2026-02-25T08:01:38.063Z")?.toISOString(), "2026-02-25T08:01:38.063Z");
    assert.equal(parseContentDate("2026-07-01T09:00")?.toISOString(), "2026-07-01T07:00:00.000Z");
    assert.equal(parseContentDate("2026-01-05")?.toISOString(), "2026-01-04T23:00:00.000Z");
    assert.equal(parseContentDate("volgende week"), undefined);
  });

  it("agrees with Contentlayer on the date of every post and news item of the fixture site", () => {
    // The unit tests' content API holds tests/fixtures/site as Contentlayer built it.
    const raw = new Map(
      readContentFiles(path.join("tests", "fixtures", "site"), projectRoot).map((source) => [`/${source.relPath.replace(/\.md$/, "")}`, source.text]),
    );
    const generated = [...getAllPostsForCalendar(), ...getNews(new Date("2100-01-01T00:00:00Z"))];
    assert.ok(generated.length > 0);
    for (const doc of generated) {
      const text = raw.get(doc.url) ?? "";
      const date = /^date:\s*(.+?)\s*(?:#.*)?$/m.exec(text)?.[1]?.replace(/^["']|["']$/g, "");
      assert.equal(parseContentDate(date)?.toISOString(), new Date(doc.date).toISOString(), doc.url);
    }
  });
});

describe("content check: command line", { concurrency: true }, () => {
  const run = (...args: string[]) =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, ["--import", "tsx", "scripts/content-check.ts", ...args], { cwd: projectRoot, encoding: "utf8" }, (error, stdout, stderr) =>
        resolve({ status: error ? (typeof error.code === "number" ? error.code : null) : 0, stdout, stderr }),
      );
    });

  it("exits 1 on errors and prints file:line, severity, field and rule", async () => {
    const result = await run("--dir", `${fixtures}/h1-in-body`, "--now", now.toISOString());
    assert.equal(result.status, 1, result.stderr);
    assert.match(result.stdout, /^tests\/fixtures\/content-check\/h1-in-body\/blog\/kop-niveau-1\.md:21  fout  tekst: kop van niveau 1 .*\[h1-in-body\]$/m);
    assert.match(result.stdout, /Content-check: 1 fout, 0 waarschuwingen in 2 bestanden\./);
  });

  it("exits 0 when there are only warnings", async () => {
    const result = await run("--dir", `${fixtures}/stale-year`, "--now", now.toISOString());
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /oude-titel\.md:2  waarschuwing  title: titel noemt 2020/);
  });

  it("passes the imported content", async () => {
    const result = await run();
    assert.equal(result.status, 0, result.stdout);
    assert.match(result.stdout, /Content-check: 0 fouten, \d+ waarschuwingen? in \d+ bestanden\./);
  });

  it("exits 2 on a folder that does not exist", async () => {
    const result = await run("--dir", "bestaat-niet");
    assert.equal(result.status, 2);
    assert.match(result.stderr, /Map bestaat-niet bestaat niet/);
  });
});

describe("content check: fixtures stay what they claim", () => {
  it("keeps the news-advisory fixture a verbatim seed in the pipeline format", () => {
    const text = readFileSync(path.join(projectRoot, fixtures, "news-advisory", "nieuws", "004-33bbcdb641461c3e.md"), "utf8");
    assert.match(text, /^---\ntitle: /);
    assert.match(text, /ge√Øntegreerde/);
    assert.match(text, /\ndraft: false\n---\n/);
  });
});
