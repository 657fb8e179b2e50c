/**
 * Invalid content must fail `contentlayer2 build` (the first half of `npm run build`) with the
 * file and the field named. Each case builds a small fixture site in a temporary folder with the
 * project's real contentlayer config.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";

const projectRoot = path.resolve(import.meta.dirname, "..");
const tempRoots: string[] = [];
after(() => tempRoots.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const validPost = `---
title: "Een geldig artikel"
summary: "Een samenvatting die lang genoeg is om als meta-omschrijving te dienen voor zoekmachines."
date: 2026-01-05T09:00:00+01:00
intent: informatief
clusters: [cases]
personas: [drukbezette-ondernemer]
faq:
  - question: "Werkt dit?"
    answer: "Ja, zie [de cases](/onderwerpen/cases)."
---
## Inleiding

Tekst met een bron.[^1]

[^1]: [smb-gr.com](https://smb-gr.com)
`;

const baseSite: Record<string, string> = {
  "onderwerpen/cases.md": `---\ntitle: Cases\nsummary: Praktijkvoorbeelden van AI in het MKB.\norder: 1\nintent: [transactioneel]\nkeywords: ["AI case MKB"]\n---\nIntro.\n`,
  "blog/geldig-artikel.md": validPost,
  "nieuws/geldig-nieuws.md": `---\ntitle: "Nieuws"\ndate: 2026-02-25T08:01:38.063Z\ntags: ["ai"]\nsummary: "Samenvatting van het nieuws."\nlabel: "BESLISSER"\ndraft: false\n---\n\nTekst.\n\nBron: TechCrunch\n`,
  "faq/algemeen.yaml": `title: Algemeen\nsummary: Algemene vragen.\norder: 1\nitems:\n  - question: "Hoe snel kunnen we starten?"\n    answer: "Binnen enkele weken."\n`,
};

function buildSite(changes: Record<string, string | null>): { status: number | null; output: string } {
  const root = mkdtempSync(path.join(tmpdir(), "content-fixture-"));
  tempRoots.push(root);
  for (const entry of ["contentlayer.config.ts", "lib", "node_modules", "package.json", "tsconfig.json"]) {
    symlinkSync(path.join(projectRoot, entry), path.join(root, entry));
  }
  const files = { ...baseSite, ...changes };
  for (const [file, text] of Object.entries(files)) {
    if (text === null) continue;
    const target = path.join(root, "content", file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  const result = spawnSync(path.join(projectRoot, "node_modules", ".bin", "contentlayer2"), ["build"], { cwd: root, encoding: "utf8", // contentlayer reads $PWD before process.cwd()
    env: { ...process.env, PWD: root, CONTENT_DIR: "content" }, });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

function assertFailsNaming(result: { status: number | null; output: string }, file: string, field: string) {
  assert.notEqual(result.status, 0, `build should fail:\n${result.output}`);
  assert.ok(result.output.includes(file), `output names the file ${file}:\n${result.output}`);
  assert.ok(result.output.includes(field), `output names the field ${field}:\n${result.output}`);
}

describe("content build", { concurrency: 4 }, () => {
  it("passes for valid content", () => {
    const result = buildSite({});
    assert.equal(result.status, 0, result.output);
  });

  it("fails on a missing required field", () => {
    assertFailsNaming(buildSite({ "blog/geldig-artikel.md": validPost.replace(/^title: .*\n/m, "") }), "blog/geldig-artikel.md", "title");
  });

  it("fails on a value outside an enum", () => {
    assertFailsNaming(buildSite({ "blog/geldig-artikel.md": validPost.replace("intent: informatief", "intent: commercieel") }), "blog/geldig-artikel.md", "intent");
  });

  it("fails on an unparseable date", () => {
    assertFailsNaming(buildSite({ "blog/geldig-artikel.md": validPost.replace(/^date: .*$/m, 'date: "volgende week dinsdag"') }), "blog/geldig-artikel.md", "date");
  });

  it("fails on a duplicate slug", () => {
    assertFailsNaming(buildSite({ "blog/2026/geldig-artikel.md": validPost }), "blog/2026/geldig-artikel.md", "duplicate slug");
  });

  it("fails on an internal link to a page that does not exist", () => {
    const broken = validPost.replace("Tekst met een bron.", "Zie [dit artikel](/blog/bestaat-niet).");
    const result = buildSite({ "blog/geldig-artikel.md": broken });
    assertFailsNaming(result, "blog/geldig-artikel.md", "body");
    assert.match(result.output, /\/blog\/bestaat-niet/);
  });

  it("fails on an empty string, which contentlayer itself accepts", () => {
    assertFailsNaming(buildSite({ "blog/geldig-artikel.md": validPost.replace(/^summary: .*$/m, 'summary: ""') }), "blog/geldig-artikel.md", "summary");
  });

  it("fails on a news item with neither label nor doelgroep", () => {
    const news = baseSite["nieuws/geldig-nieuws.md"]!.replace('label: "BESLISSER"\n', "");
    assertFailsNaming(buildSite({ "nieuws/geldig-nieuws.md": news }), "nieuws/geldig-nieuws.md", "label");
  });

  it("fails on a file in content/ that matches no content type", () => {
    const result = buildSite({ "nieuws/notitie.txt": "los bestand" });
    assert.notEqual(result.status, 0, result.output);
    assert.match(result.output, /nieuws\/notitie\.txt/);
  });
});
