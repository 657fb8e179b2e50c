import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { unified } from "unified";
import { headingsOf, newsSourceOf, readingTimeOf, sourcesOf } from "../lib/markdown/extract";
import { configureMarkdown } from "../lib/markdown/pipeline";
import { countWords, htmlToText } from "../lib/markdown/text";

async function render(markdown: string): Promise<string> {
  const processor = unified();
  configureMarkdown(processor);
  return String(await processor.process(markdown));
}

describe("markdown pipeline", () => {
  it("shows raw HTML literally instead of running it", async () => {
    const html = await render('Hallo </script><script>alert(1)</script> <img src=x onerror="alert(1)">');
    assert.doesNotMatch(html, /<script/);
    assert.doesNotMatch(html, /<img/);
    assert.match(html, /&#x3C;\/script>&#x3C;script>alert\(1\)/);
  });

  it("repairs recoverable encoding damage in the text and leaves intact text alone", async () => {
    const html = await render("Beter ge√Øntegreerde tools, macro‚Äôs en geÃ¯ntegreerde data. Één café.");
    assert.match(html, /Beter geïntegreerde tools, macro’s en geïntegreerde data\. Één café\./);
  });

  it("drops javascript: links but keeps their text", async () => {
    const html = await render("[klik](javascript:alert(1)) en [ok](/blog)");
    assert.doesNotMatch(html, /javascript:/);
    assert.match(html, /<a>klik<\/a>/);
    assert.match(html, /<a href="\/blog">ok<\/a>/);
  });

  it("renders footnote citations as a 'Bronnen' list whose links resolve", async () => {
    const html = await render("Een claim.[^1]\n\n[^1]: [smb-gr.com](https://smb-gr.com)\n");
    assert.match(html, /<h2 id="footnote-label">Bronnen<\/h2>/);
    const reference = /href="#([^"]+)" id="([^"]+)" data-footnote-ref/.exec(html);
    assert.ok(reference, "footnote reference rendered");
    assert.match(html, new RegExp(`<li id="${reference[1]}">`));
    assert.match(html, /<a href="https:\/\/smb-gr.com" rel="noopener noreferrer">smb-gr.com<\/a>/);
  });

  it("makes tables accessible: caption, column and row headers, scroll region", async () => {
    const html = await render("Tabel: Macro, RPA en AI vergeleken\n\n| Kenmerk | Macro | AI |\n|---|---|---|\n| Kosten | laag | hoog |\n");
    assert.match(html, /<div class="table-scroll" role="region" aria-label="Macro, RPA en AI vergeleken" tabindex="0"><table>/);
    assert.match(html, /<caption>Macro, RPA en AI vergeleken<\/caption>/);
    assert.match(html, /<th scope="col">Kenmerk<\/th>/);
    assert.match(html, /<th scope="row">Kosten<\/th>/);
    assert.doesNotMatch(html, /<p>Tabel:/);
  });

  it("leaves the closing 'Bron:' line of news out of the body", async () => {
    const html = await render("Tekst.\n\nBron: TechCrunch\n");
    assert.doesNotMatch(html, /Bron:/);
  });
});

describe("computed fields", () => {
  it("reads the news source line", () => {
    assert.equal(newsSourceOf("Tekst.\n\nBron: Het Financieele Dagblad\n"), "Het Financieele Dagblad");
    assert.equal(newsSourceOf("Geen bron hier."), undefined);
  });

  it("lists footnote sources in order", () => {
    assert.deepEqual(sourcesOf("x[^1] y[^2]\n\n[^1]: [a.com](https://a.com)\n[^2]: [b.nl](https://b.nl)\n"), [
      { id: "1", name: "a.com", url: "https://a.com" },
      { id: "2", name: "b.nl", url: "https://b.nl" },
    ]);
  });

  it("outlines H2 and H3 with the ids the page renders, skipping code blocks", () => {
    const markdown = "## Stap 1: Doelen\n\n### Waarom **dit**\n\n```\n## geen kop\n```\n\n## Stap 1: Doelen\n";
    assert.deepEqual(headingsOf(markdown), [
      { depth: 2, text: "Stap 1: Doelen", id: "stap-1-doelen" },
      { depth: 3, text: "Waarom dit", id: "waarom-dit" },
      { depth: 2, text: "Stap 1: Doelen", id: "stap-1-doelen-1" },
    ]);
  });

  it("estimates reading time at 200 words a minute, at least one", () => {
    assert.equal(readingTimeOf("kort"), 1);
    assert.equal(readingTimeOf(Array(1000).fill("woord").join(" ")), 5);
    // Markup and the sources list are not read: a footnote definition adds no minutes.
    assert.equal(readingTimeOf(`${Array(290).fill("woord").join(" ")}[^1]\n\n[^1]: [${Array(200).fill("bron").join(" ")}](https://a.nl)\n`), 1);
  });
});

describe("plain text for machines and counters", () => {
  it("decodes character references and drops markup, footnote markers and the sources list", async () => {
    assert.equal(htmlToText("<p>A &amp; B <sup><a>1</a></sup> &#x3C;script></p>"), "A & B 1 <script>");
    const html = await render("Werkt plug-&-play.[^1]\n\n[^1]: [forbes.com](https://forbes.com)\n");
    assert.equal(htmlToText(html), "Werkt plug-&-play.");
  });

  it("counts words once, the same way everywhere", () => {
    assert.equal(countWords("Eén, twee  drie.\nvier"), 4);
    assert.equal(countWords(""), 0);
  });
});
