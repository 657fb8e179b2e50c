import { getIndexablePages, type Page, type PageKind } from "./registry";
import { absoluteUrl, site } from "./site";

/** Sections of llms.txt, in reading order; every indexable page lands in exactly one. */
const SECTIONS: Array<{ title: string; kinds: PageKind[] }> = [
  { title: "Diensten", kinds: ["service"] },
  { title: "Blog", kinds: ["post"] },
  { title: "AI-nieuws", kinds: ["news"] },
  { title: "Voor wie", kinds: ["persona"] },
  { title: "Regio", kinds: ["region"] },
  { title: "Onderwerpen", kinds: ["topic"] },
  { title: "Overzichten en overige pagina's", kinds: ["home", "section", "news-archive", "page"] },
];

const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

/** llms.txt (llmstxt.org): an H1, a summary blockquote, then H2 sections of markdown links. */
export function renderLlmsTxt(pages: Page[] = getIndexablePages()): string {
  const lines = [
    `# ${site.name}`,
    "",
    `> ${site.description}`,
    "",
    "Dit is de website van een Nederlands bureau dat MKB-bedrijven praktisch helpt met AI: workshops (halve dag, hele dag, in-company), lezingen, pilots en implementatie. Gevestigd in Amsterdam, actief in de Randstad en daarbuiten. Een intake is gratis en vrijblijvend.",
  ];
  for (const section of SECTIONS) {
    const entries = pages.filter((page) => section.kinds.includes(page.kind));
    if (entries.length === 0) continue;
    lines.push("", `## ${section.title}`, "");
    for (const page of entries) lines.push(`- [${oneLine(page.title)}](${absoluteUrl(page.path)}): ${oneLine(page.description)}`);
  }
  return `${lines.join("\n")}\n`;
}
