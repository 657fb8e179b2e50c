/**
 * Invalid content must stop `npm run build` before Next compiles anything, with the file and the
 * field named in the one format of the content check. Each case builds a small fixture site in a
 * temporary folder with the build's own content steps (content:check, then content:build), and
 * shows that Contentlayer, generated from the same model, refuses the same files on its own.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
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
  - question: "Voor wie?"
    answer: "Voor het MKB."
  - question: "Wat kost het?"
    answer: "Dat hangt ervan af."
---
## Inleiding

Tekst met een bron.[^1]

[^1]: [smb-gr.com](https://smb-gr.com)
`;

const baseSite: Record<string, string> = {
  "onderwerpen/cases.md": `---\ntitle: Cases\nsummary: Praktijkvoorbeelden van AI in het MKB, met resultaten en lessen voor ondernemers die willen starten.\norder: 1\nintent: [transactioneel]\nkeywords: ["AI case MKB"]\n---\nIntro.\n`,
  "blog/geldig-artikel.md": validPost,
  "nieuws/geldig-nieuws.md": `---\ntitle: "Nieuws"\ndate: 2026-02-25T08:01:38.063Z\ntags: ["ai"]\nsummary: "Samenvatting van het nieuws, lang genoeg voor een meta-omschrijving in de zoekresultaten."\nlabel: "BESLISSER"\ndraft: false\n---\n\nTekst.\n\nBron: TechCrunch\n`,
  "faq/algemeen.yaml": `title: Algemeen\nsummary: Algemene vragen.\norder: 1\nitems:\n  - question: "Hoe snel kunnen we starten?"\n    answer: "Binnen enkele weken."\n`,
};

type Result = { status: number | null; output: string };

function site(changes: Record<string, string | null>): string {
  const root = mkdtempSync(path.join(tmpdir(), "content-fixture-"));
  tempRoots.push(root);
  for (const [file, text] of Object.entries({ ...baseSite, ...changes })) {
    if (text === null) continue;
    const target = path.join(root, "content", file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  return root;
}

function npm(script: string, root: string): Result {
  const result = spawnSync("npm", ["run", "--silent", script], {
    cwd: projectRoot,
    encoding: "utf8",
    env: { ...process.env, CONTENT_DIR: path.join(root, "content"), CONTENTLAYER_DIR: root },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** The content half of `npm run build`: the check, and Contentlayer only when the check passed. */
function buildContent(changes: Record<string, string | null>): Result {
  const root = site(changes);
  const check = npm("content:check", root);
  return check.status === 0 ? npm("content:build", root) : check;
}

/** Contentlayer alone, as the backstop behind the check. */
const contentlayerOnly = (changes: Record<string, string | null>) => npm("content:build", site(changes));

function assertFailsNaming(result: Result, file: string, field: string) {
  assert.notEqual(result.status, 0, `build should fail:\n${result.output}`);
  const lines = result.output.split("\n").filter((candidate) => candidate.includes(`/content/${file}:`) && candidate.includes("  fout  "));
  assert.ok(lines.length > 0, `a "file:line  fout" line for ${file}:\n${result.output}`);
  assert.ok(
    lines.some((line) => line.includes(`  fout  ${field}: `)),
    `a line names the field ${field}:\n${lines.join("\n")}`,
  );
}

describe("content build", { concurrency: 4 }, () => {
  it("passes for valid content", () => {
    const result = buildContent({});
    assert.equal(result.status, 0, result.output);
    assert.match(result.output, /Generated \d+ documents/);
  });

  it("fails on a missing required field, in the check's format and not Contentlayer's", () => {
    const result = buildContent({ "blog/geldig-artikel.md": validPost.replace(/^title: .*\n/m, "") });
    assertFailsNaming(result, "blog/geldig-artikel.md", "title");
    assert.doesNotMatch(result.output, /missing the following required fields|successCallback/);
  });

  it("fails on a value outside an enum", () => {
    assertFailsNaming(
      buildContent({ "blog/geldig-artikel.md": validPost.replace("intent: informatief", "intent: commercieel") }),
      "blog/geldig-artikel.md",
      "intent",
    );
  });

  it("fails on an unparseable date", () => {
    assertFailsNaming(
      buildContent({ "blog/geldig-artikel.md": validPost.replace(/^date: .*$/m, 'date: "volgende week dinsdag"') }),
      "blog/geldig-artikel.md",
      "date",
    );
  });

  it("fails on a misspelt field name", () => {
    assertFailsNaming(buildContent({ "blog/geldig-artikel.md": validPost.replace(/^summary:/m, "sumary:") }), "blog/geldig-artikel.md", "sumary");
  });

  it("fails on a duplicate slug", () => {
    const result = buildContent({ "blog/2026/geldig-artikel.md": validPost });
    // Both files claim /blog/geldig-artikel: one is blamed, the message names the other.
    assertFailsNaming(result, "blog/geldig-artikel.md", "(bestandsnaam)");
    assert.match(result.output, /slug geldig-artikel \(\/blog\/geldig-artikel\) heeft .*blog\/2026\/geldig-artikel\.md ook/);
  });

  it("fails on an internal link to a page that does not exist", () => {
    const result = buildContent({ "blog/geldig-artikel.md": validPost.replace("Tekst met een bron.", "Zie [dit artikel](/blog/bestaat-niet).") });
    assertFailsNaming(result, "blog/geldig-artikel.md", "tekst");
    assert.match(result.output, /\/blog\/bestaat-niet/);
  });

  it("fails on an empty string, which Contentlayer itself accepts", () => {
    assertFailsNaming(buildContent({ "blog/geldig-artikel.md": validPost.replace(/^summary: .*$/m, 'summary: ""') }), "blog/geldig-artikel.md", "summary");
  });

  it("fails on a news item with neither label nor doelgroep", () => {
    const news = baseSite["nieuws/geldig-nieuws.md"]!.replace('label: "BESLISSER"\n', "");
    assertFailsNaming(buildContent({ "nieuws/geldig-nieuws.md": news }), "nieuws/geldig-nieuws.md", "label");
  });

  it("fails on a file in content/ that matches no content type", () => {
    assertFailsNaming(buildContent({ "nieuws/notitie.txt": "los bestand" }), "nieuws/notitie.txt", "(bestand)");
  });

  it("Contentlayer, generated from the same model, refuses a missing field and an unknown one too", () => {
    assert.notEqual(contentlayerOnly({ "blog/geldig-artikel.md": validPost.replace(/^title: .*\n/m, "") }).status, 0);
    assert.notEqual(contentlayerOnly({ "blog/geldig-artikel.md": validPost.replace(/^summary:/m, "sumary:") }).status, 0);
    assert.equal(contentlayerOnly({}).status, 0);
  });
});
