/**
 * The content model: every content type, its fields, closed sets and Dutch documentation,
 * defined once. Contentlayer's document types (contentlayer.config.ts), the content check
 * (npm run content:check, which the build runs first), the typed content API (lib/content.ts)
 * and the field tables in docs/redactie.md (npm run docs:fields) are all derived from here.
 */
import { z } from "zod";
import { headingsOf, newsSourceOf, readingTimeOf, sourcesOf } from "../markdown/extract";
import { CLUSTERS, INTENTS, INTERESTS, PERSONAS } from "../taxonomy";
import { closedSlugField, computed, documentType, slugField, urlField, type DocumentModel, type SourceDocument } from "./document";
import { amount, date, flag, group, integer, items, list, listOrEmpty, markdown, nested, oneOf, text } from "./fields";

export { urlOf, type DocumentModel } from "./document";
export type { Field, Fields } from "./fields";

const bodyOf = (doc: SourceDocument) => doc.body?.raw ?? "";
const readingTime = computed(z.number(), "number", (doc) => readingTimeOf(bodyOf(doc)));

// ---- Nested types ----------------------------------------------------------------------------

const isImageRef = (value: string) => value.startsWith("/") || value.startsWith("https://");

export const Cover = nested(
  "Cover",
  { title: "Cover (blog en nieuws)", short: "Cover" },
  {
    image: text(
      { allowed: "pad `/images/…` of een `https://`-adres", meaning: "de afbeelding" },
      { test: isImageRef, message: "moet een pad op de site zijn (/images/…) of een https://-adres" },
    ),
    alt: text({ meaning: "wat er op de afbeelding te zien is (voor schermlezers en zoekmachines)" }),
    caption: text({ allowed: "tekst, bijv. `Foto: naam via Pexels`", meaning: "bijschrift en credit van de fotograaf" }).optional(),
  },
);

export const FaqItem = nested(
  "FaqItem",
  { title: "FAQ-vraag (in een artikel of thema)", short: "FAQ-vraag" },
  {
    question: text({ meaning: "de vraag, zoals een klant hem stelt; wordt ook het anker (`/faq#…`)" }),
    answer: markdown({ meaning: "het antwoord; links en opmaak mogen" }),
  },
);

export const PersonaQuestion = nested(
  "PersonaQuestion",
  { title: "Persona-vraag", short: "Persona-vraag" },
  {
    question: text({ meaning: "de vraag" }),
    answer: markdown({ allowed: "markdown, twee of drie zinnen", meaning: "kort antwoord op de personapagina" }),
    link: text({ allowed: "intern pad, bijv. `/blog/stappenplan-starten-met-ai` of `/faq#…`", meaning: "waar het hele antwoord staat" }),
  },
);

export const PlannedWeek = nested(
  "PlannedWeek",
  { title: "Geplande week", short: "Geplande week" },
  {
    week: integer({ allowed: "getal 1–52", meaning: "weeknummer in de kalender" }, { min: 1, max: 52 }),
    title: text({ meaning: "de titel zoals de strategie hem plant" }),
    intent: oneOf(INTENTS, { meaning: "zoekintentie van het geplande artikel" }),
    intentNote: text({ meaning: "wat de strategie aan de intentie toevoegt, bijv. `bewijsvoering`" }).optional(),
    faqUpdate: text({ meaning: "de FAQ-update van die week" }),
  },
);

// ---- Document types --------------------------------------------------------------------------

const title = (meaning: string, allowed?: string) => text({ meaning, ...(allowed ? { allowed } : {}) });
const summary = (meaning: string, allowed = "tekst van 70–160 tekens") => text({ allowed, meaning });
const order = (meaning = "volgorde") => integer({ meaning });
const draft = (meaning: string) => flag({ meaning }, false);
const tags = (meaning: string) => listOrEmpty(items.text, { allowed: "lijst met vrije woorden", meaning });

export const Post = documentType({
  name: "Post",
  folder: "blog",
  hasBody: true,
  subfolders: true,
  section: "blog",
  docs: { title: "Blogartikel", file: "content/blog/<slug>.md" },
  fields: {
    title: title("de titel (H1) en de titel in Google", "tekst, liefst hooguit 60 tekens"),
    summary: summary("meta-omschrijving in Google en de tekst op kaarten"),
    date: date({ meaning: "publicatiemoment; in de toekomst = gepland" }),
    updated: date({ meaning: 'laatst inhoudelijk bijgewerkt; getoond als "Bijgewerkt"' }).optional(),
    draft: draft("`true` = concept: nergens gepubliceerd, alleen in het voorbeeld"),
    week: integer({ allowed: "getal 1–52", meaning: "week in de contentkalender (1–12 is het plan uit de strategie)" }, { min: 1, max: 52 }).optional(),
    intent: oneOf(INTENTS, { meaning: "zoekintentie waarvoor het artikel geschreven is" }),
    clusters: list(items.oneOf(CLUSTERS), { meaning: "zoekvraag-clusters; de eerste is het hoofdonderwerp (de hub `/onderwerpen/…`)" }, { min: 1 }),
    personas: list(items.oneOf(PERSONAS), { meaning: "voor wie het is; het artikel verschijnt op `/voor/…`" }, { min: 1 }),
    tags: tags('trefwoorden; bepalen mee welke artikelen "Lees ook" toont'),
    author: text({ allowed: "naam", meaning: "auteur, als een persoon het schreef (zonder: de organisatie)" }).optional(),
    fictional: flag({ meaning: '`true` = voorbeeldcase: toont het label "Voorbeeldcase" en een uitleg' }, false),
    cover: group(Cover, { meaning: "afbeelding bovenaan; zonder cover maakt de site een eigen deelafbeelding" }).optional(),
    faq: listOrEmpty(items.group(FaqItem, "lijst van vragen"), { meaning: "vragen onder het artikel; een kernblog heeft er minstens 3" }),
  },
  computed: {
    slug: slugField(),
    url: urlField("blog"),
    readingTime,
    sources: computed(z.array(z.object({ id: z.string(), name: z.string(), url: z.string() })), "json", (doc) => sourcesOf(bodyOf(doc))),
    headings: computed(z.array(z.object({ depth: z.union([z.literal(2), z.literal(3)]), text: z.string(), id: z.string() })), "json", (doc) =>
      headingsOf(bodyOf(doc)),
    ),
  },
});

export const News = documentType({
  name: "News",
  folder: "nieuws",
  hasBody: true,
  subfolders: true,
  section: "nieuws",
  docs: { title: "Nieuwsbericht", file: "content/nieuws/<slug>.md" },
  fields: {
    title: title("de titel"),
    date: date({
      allowed: "datum met tijd, zoals de pijplijn hem schrijft (`2026-02-25T08:01:38.063Z`)",
      meaning: "publicatiemoment; in de toekomst = gepland",
    }),
    updated: date({ meaning: "laatst bijgewerkt" }).optional(),
    tags: tags("trefwoorden, getoond als #tags"),
    summary: summary("meta-omschrijving en de tekst in de lijst", "tekst, liefst 70–160 tekens"),
    // Open values: new labels and sections come from the news pipeline; shown as badges.
    label: text({
      required: "een van beide",
      allowed: "vrije tekst, bijv. `BESLISSER`",
      meaning: "doelgroep-label van de pijplijn, getoond als badge",
    }).optional(),
    doelgroep: text({
      required: "een van beide",
      allowed: "vrije tekst, bijv. `BESLISSER`",
      meaning: "hetzelfde als `label`, zoals sommige berichten het noemen",
    }).optional(),
    sectie: text({ allowed: "vrije tekst, bijv. `groei`", meaning: "rubriek, getoond als badge" }).optional(),
    cover: group(Cover, { meaning: "afbeelding met bijschrift (credit)" }).optional(),
    draft: draft("`true` = concept"),
  },
  refine: (data) => (data.label || data.doelgroep ? [] : [{ path: "label", message: "ontbreekt: een nieuwsbericht heeft een label of een doelgroep" }]),
  computed: {
    slug: slugField(),
    url: urlField("nieuws"),
    readingTime,
    source: computed(z.string(), "string", (doc) => newsSourceOf(bodyOf(doc)) ?? ""),
  },
});

export const FaqTheme = documentType({
  name: "FaqTheme",
  folder: "faq",
  hasBody: false,
  subfolders: false,
  docs: { title: "FAQ-thema", file: "content/faq/<thema>.yaml" },
  fields: {
    title: title("naam van het thema (kop op `/faq`)"),
    summary: text({ meaning: "één zin onder de kop" }),
    order: order("volgorde op `/faq` (1 eerst)"),
    items: list(items.group(FaqItem, "lijst van vragen"), { meaning: "de vragen van dit thema" }, { min: 1 }),
  },
  computed: { slug: slugField() },
});

export const Persona = documentType({
  name: "Persona",
  folder: "personas",
  hasBody: true,
  subfolders: false,
  section: "voor",
  slugs: PERSONAS,
  docs: {
    title: "Persona",
    file: "content/personas/<persona>.md",
    intro: `De bestandsnaam is een van de vier persona's (${PERSONAS.map((persona) => `\`${persona}\``).join(", ")}) en wordt \`/voor/<persona>\`.`,
  },
  fields: {
    title: title('naam van de persona, bijv. "De kritische beslisser"'),
    summary: summary("meta-omschrijving en introtekst"),
    role: text({ allowed: "één regel", meaning: "wie dit is" }),
    order: order("volgorde op de site"),
    interest: oneOf(INTERESTS, { meaning: "vooraf gekozen interesse in het intakeformulier" }),
    painPoints: list(items.text, { allowed: "lijst met zinnen", meaning: "de pijnpunten" }, { min: 1 }),
    questions: list(items.group(PersonaQuestion), { meaning: "de vragen van deze persona met een kort antwoord" }, { min: 1 }),
  },
  computed: { slug: closedSlugField(PERSONAS), url: urlField("voor") },
});

export const Region = documentType({
  name: "Region",
  folder: "regio",
  hasBody: true,
  subfolders: false,
  section: "regio",
  docs: { title: "Regio", file: "content/regio/<regio>.md" },
  fields: {
    title: title("titel van de regiopagina"),
    summary: summary("meta-omschrijving en introtekst"),
    order: order(),
    areaServed: list(items.text, { allowed: "lijst met plaatsnamen", meaning: "werkgebied (ook voor zoekmachines)" }, { min: 1 }),
    faqQuestions: listOrEmpty(items.text, {
      allowed: "lijst met de exacte tekst van bestaande FAQ-vragen",
      meaning: "vragen die hier getoond worden met een link naar hun eigen pagina",
    }),
  },
  computed: { slug: slugField(), url: urlField("regio") },
});

export const Service = documentType({
  name: "Service",
  folder: "diensten",
  hasBody: true,
  subfolders: false,
  section: "diensten",
  docs: { title: "Dienst", file: "content/diensten/<dienst>.md" },
  fields: {
    title: title("naam van de dienst"),
    summary: summary("meta-omschrijving en kaarttekst"),
    order: order(),
    interest: oneOf(INTERESTS, { meaning: "vooraf gekozen interesse in het intakeformulier" }),
    duration: text({ allowed: "tekst, bijv. `3–4 uur`", meaning: "duur, zoals de tekst hem noemt" }).optional(),
    priceFrom: amount({ meaning: "vanaf-prijs; alleen als de tekst een prijs noemt" }).optional(),
    priceTo: amount({ meaning: "tot-prijs" }).optional(),
    priceNote: text({ meaning: 'toelichting bij de prijs, bijv. "excl. btw"' }).optional(),
  },
  computed: { slug: slugField(), url: urlField("diensten") },
});

export const Topic = documentType({
  name: "Topic",
  folder: "onderwerpen",
  hasBody: true,
  subfolders: false,
  section: "onderwerpen",
  slugs: CLUSTERS,
  docs: {
    title: "Onderwerp",
    file: "content/onderwerpen/<cluster>.md",
    intro: "De bestandsnaam is een van de vijf clusters en wordt `/onderwerpen/<cluster>`.",
  },
  fields: {
    title: title("titel van de hub"),
    summary: summary("meta-omschrijving en introtekst"),
    order: order(),
    intent: list(items.oneOf(INTENTS), { meaning: "zoekintenties van dit cluster" }, { min: 1 }),
    keywords: list(items.text, { allowed: "lijst met zoektermen", meaning: "de zoektermen uit de strategie" }, { min: 1 }),
    services: listOrEmpty(items.text, { allowed: "lijst met bestandsnamen uit `content/diensten`", meaning: "diensten die de hub aanbeveelt" }),
  },
  computed: { slug: closedSlugField(CLUSTERS), url: urlField("onderwerpen") },
});

export const CalendarPlan = documentType({
  name: "CalendarPlan",
  folder: "kalender",
  hasBody: false,
  subfolders: false,
  docs: {
    title: "Contentkalender",
    file: "content/kalender/<plan>.yaml",
    intro: "Het weekplan uit de contentstrategie; `npm run content:calendar` en `/redactie` zetten elk artikel (via zijn `week`) naast zijn geplande week.",
  },
  fields: {
    title: title("naam van het plan, bijv. `Contentkalender 2026`"),
    weeks: list(items.group(PlannedWeek, "lijst van weken"), { meaning: "één blog en één FAQ-update per week" }, { min: 1 }),
  },
  computed: { slug: slugField() },
});

/** Every content type, in the order the docs list them. */
export const contentTypes = [Post, News, FaqTheme, Persona, Region, Service, Topic, CalendarPlan] as const;

export type ContentTypeName = (typeof contentTypes)[number]["name"];

/** Nested types, in the order the docs list them (each after the first type that uses it). */
export const nestedTypes = [Cover, FaqItem, PersonaQuestion, PlannedWeek] as const;

/** The type a file belongs to by its path inside content/ ("blog/2026/x.md"), or why it has none. */
export function typeOfFile(relPath: string): { type: DocumentModel } | { problem: string } {
  const [folder, ...rest] = relPath.split("/");
  const type = contentTypes.find((candidate) => candidate.folder === folder);
  if (!type || rest.length === 0)
    return { problem: `staat niet in een contentmap; gebruik ${contentTypes.map((candidate) => `${candidate.folder}/`).join(", ")}` };
  if (!relPath.endsWith(type.extension)) return { problem: `wordt niet gepubliceerd: bestanden in ${type.folder}/ eindigen op ${type.extension}` };
  if (rest.length > 1 && !type.subfolders)
    return { problem: `wordt niet gepubliceerd: ${type.folder}/ heeft geen submappen; zet het bestand direct in ${type.folder}/` };
  return { type };
}
