/**
 * Templates for `npm run content:new`: files that pass the build as drafts, with every
 * text the writer still has to supply as a "[…]" placeholder, which content:check reports
 * until it is filled in (as a warning while `draft: true`, as an error once published).
 */
import { parseDocument, isMap, isSeq } from "yaml";
import { CLUSTERS, INTENTS, PERSONAS, type ClusterKey, type Intent, type PersonaKey } from "../taxonomy";
import { formatZoned, zonedParts, zonedTime } from "../dates";

export const SCAFFOLD_KINDS = ["blog", "nieuws", "faq"] as const;
export type ScaffoldKind = (typeof SCAFFOLD_KINDS)[number];

/** A YAML double-quoted string; JSON strings are valid YAML. */
const yamlString = (text: string) => JSON.stringify(text);

export type BlogOptions = { title: string; now: Date; intent?: Intent; clusters?: ClusterKey[]; personas?: PersonaKey[]; week?: number };

/** Today at 09:00 Amsterdam time, the publication moment the existing posts use. */
export function todayAtNine(now: Date): string {
  return formatZoned(zonedTime({ ...zonedParts(now), hour: 9 }));
}

export function blogTemplate({
  title,
  now,
  intent = "informatief",
  clusters = ["automatisering-mkb"],
  personas = ["drukbezette-ondernemer"],
  week,
}: BlogOptions): string {
  const faq = [1, 2, 3]
    .map((n) => `  - question: "[Vraag ${n} die een lezer na dit artikel nog heeft]"\n    answer: |\n      [Antwoord op vraag ${n} in twee tot vier zinnen]`)
    .join("\n");
  return `---
title: ${yamlString(title)}
summary: "[Samenvatting van 70–160 tekens: wat de lezer aan dit artikel heeft]"
date: ${todayAtNine(now)}  # publicatiemoment; in de toekomst = gepland
draft: true  # op false zetten om te publiceren
${week === undefined ? "# week: 13  # optioneel: week in de contentkalender" : `week: ${week}`}
intent: ${intent}  # ${INTENTS.join(" | ")}
clusters: [${clusters.join(", ")}]  # ${CLUSTERS.join(" | ")}
personas: [${personas.join(", ")}]  # ${PERSONAS.join(" | ")}
tags: []
faq:
${faq}
---

[Inleiding: twee of drie zinnen over de vraag van de lezer en wat dit artikel oplevert]

## [Eerste tussenkop]

[Tekst; zet achter een bewering uit een bron een voetnoot en onderaan de bron, zie docs/redactie.md onder Bronnen]

## [Tweede tussenkop]

[Tekst; link naar verwante artikelen met een pad dat met / begint]
`;
}

export function newsTemplate({ title, now }: { title: string; now: Date }): string {
  // Exactly the news pipeline's format (seeds 000–004): ISO date in UTC with milliseconds.
  return `---
title: ${yamlString(title)}
date: ${now.toISOString()}
tags: []
summary: "[Samenvatting van 70–160 tekens: wat er gebeurde en wat het de ondernemer zegt]"
label: "[DOELGROEP, bijv. BESLISSER]"
# sectie: "groei"  # optioneel
# cover:  # optioneel
#   image: "https://…"
#   alt: "Wat er op de foto staat"
#   caption: "Foto: naam via Pexels"
draft: true
---

[Eerste alinea: wat er gebeurde en waarom het ertoe doet voor een ondernemer]

## [Tussenkop: wat betekent dit voor jouw bedrijf?]

[Tekst]

Bron: [naam van de bron]
`;
}

const faqItem = (question: string, indent: string) =>
  `${indent}- question: ${yamlString(question)}\n${indent}  answer: |\n${indent}    [Antwoord in twee tot vier zinnen; link naar een artikel dat er dieper op ingaat]\n`;

export function faqThemeTemplate({ question, order }: { question: string; order: number }): string {
  return `title: "[Naam van het thema, bijv. Kosten en resultaat]"
summary: "[Eén zin over de vragen in dit thema]"
order: ${order}  # plaats op /faq
items:
${faqItem(question, "  ")}`;
}

/**
 * Appends a question to a theme file as text, so the existing items keep their exact layout.
 * `items:` must be the file's last key (as in every theme file); the result is parsed back to
 * make sure the question landed in the list.
 */
export function appendFaqItem(themeText: string, question: string): string {
  const document = parseDocument(themeText);
  if (document.errors.length > 0 || !isMap(document.contents)) throw new Error("het themabestand is geen geldige YAML");
  const keys = document.contents.items.map((pair) => String((pair.key as { value?: unknown } | null)?.value));
  if (keys.at(-1) !== "items") throw new Error("items: is niet het laatste veld van het themabestand; voeg de vraag met de hand toe");
  const indent = /^( *)- question:/m.exec(themeText)?.[1] ?? "  ";
  const result = `${themeText.replace(/\s*$/, "\n")}${faqItem(question, indent)}`;
  const items = parseDocument(result).get("items");
  const last = isSeq(items) ? (items.toJSON() as Array<{ question?: string }>).at(-1) : undefined;
  if (last?.question !== question) throw new Error("de vraag kon niet aan items: worden toegevoegd; voeg hem met de hand toe");
  return result;
}
