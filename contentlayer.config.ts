import { defineDocumentType, defineNestedType, makeSource } from "contentlayer2/source-files";
import { reportContentErrors } from "./lib/content-rules/report";
import { configureMarkdown } from "./lib/markdown/pipeline";
import { readingMinutes, sourcesOf, headingsOf, newsSourceOf } from "./lib/content-rules/computed";
import { fileStem } from "./lib/slug";
import { CLUSTERS, INTENTS, INTERESTS, PERSONAS } from "./lib/taxonomy";

// Field names follow the news seeds (title, date, summary, tags, draft, cover) so that blog
// and news frontmatter read alike for the marketers who write both.

const Cover = defineNestedType(() => ({
  name: "Cover",
  fields: {
    image: { type: "string", required: true, description: "Local path (/images/…) or https URL" },
    alt: { type: "string", required: true },
    caption: { type: "string", required: false, description: "Credit, e.g. 'Foto: X via Pexels'" },
  },
}));

const FaqItem = defineNestedType(() => ({
  name: "FaqItem",
  fields: {
    question: { type: "string", required: true },
    answer: { type: "markdown", required: true },
  },
}));

const PersonaQuestion = defineNestedType(() => ({
  name: "PersonaQuestion",
  fields: {
    question: { type: "string", required: true },
    answer: { type: "markdown", required: true, description: "Two or three sentences" },
    link: { type: "string", required: true, description: "Internal path answering it in depth" },
  },
}));

const slugFields = <T extends string>(section: T) => ({
  slug: { type: "string" as const, resolve: (doc: { _raw: { sourceFilePath: string } }) => fileStem(doc._raw.sourceFilePath) },
  url: { type: "string" as const, resolve: (doc: { _raw: { sourceFilePath: string } }) => `/${section}/${fileStem(doc._raw.sourceFilePath)}` },
});

export const Post = defineDocumentType(() => ({
  name: "Post",
  filePathPattern: "blog/**/*.md",
  contentType: "markdown",
  fields: {
    title: { type: "string", required: true },
    summary: { type: "string", required: true, description: "Meta description and card text, 70–160 characters" },
    date: { type: "date", required: true, description: "Publication moment; in the future = scheduled" },
    updated: { type: "date", required: false },
    draft: { type: "boolean", default: false },
    week: { type: "number", required: false, description: "Week of the 12-week content calendar" },
    intent: { type: "enum", options: [...INTENTS], required: true },
    clusters: { type: "list", of: { type: "enum", options: [...CLUSTERS] }, required: true, description: "Keyword clusters; the first is the main one" },
    personas: { type: "list", of: { type: "enum", options: [...PERSONAS] }, required: true },
    tags: { type: "list", of: { type: "string" }, default: [] },
    author: { type: "string", required: false, description: "Person's name; default the organisation" },
    fictional: { type: "boolean", default: false, description: "A fictitious example case: shown with a 'voorbeeldcase' label" },
    cover: { type: "nested", of: Cover, required: false },
    faq: { type: "list", of: FaqItem, default: [] },
  },
  computedFields: {
    ...slugFields("blog"),
    readingTime: { type: "number", resolve: (doc) => readingMinutes(doc.body.raw) },
    sources: { type: "json", resolve: (doc) => sourcesOf(doc.body.raw) },
    headings: { type: "json", resolve: (doc) => headingsOf(doc.body.raw) },
  },
}));

export const News = defineDocumentType(() => ({
  name: "News",
  filePathPattern: "nieuws/**/*.md",
  contentType: "markdown",
  fields: {
    title: { type: "string", required: true },
    date: { type: "date", required: true },
    updated: { type: "date", required: false },
    tags: { type: "list", of: { type: "string" }, default: [] },
    summary: { type: "string", required: true },
    // Open values: new labels and sections come from the news pipeline; shown as badges.
    label: { type: "string", required: false },
    doelgroep: { type: "string", required: false },
    sectie: { type: "string", required: false },
    cover: { type: "nested", of: Cover, required: false },
    draft: { type: "boolean", default: false },
  },
  computedFields: {
    ...slugFields("nieuws"),
    readingTime: { type: "number", resolve: (doc) => readingMinutes(doc.body.raw) },
    source: { type: "string", resolve: (doc) => newsSourceOf(doc.body.raw) ?? "" },
  },
}));

export const FaqTheme = defineDocumentType(() => ({
  name: "FaqTheme",
  filePathPattern: "faq/*.yaml",
  contentType: "data",
  fields: {
    title: { type: "string", required: true },
    summary: { type: "string", required: true },
    order: { type: "number", required: true },
    items: { type: "list", of: FaqItem, required: true },
  },
  computedFields: {
    slug: { type: "string", resolve: (doc) => fileStem(doc._raw.sourceFilePath) },
  },
}));

export const Persona = defineDocumentType(() => ({
  name: "Persona",
  filePathPattern: "personas/*.md",
  contentType: "markdown",
  fields: {
    title: { type: "string", required: true },
    summary: { type: "string", required: true },
    role: { type: "string", required: true, description: "One line: who this is" },
    order: { type: "number", required: true },
    interest: { type: "enum", options: [...INTERESTS], required: true, description: "Preselected in the intake form" },
    painPoints: { type: "list", of: { type: "string" }, required: true },
    questions: { type: "list", of: PersonaQuestion, required: true },
  },
  computedFields: { ...slugFields("voor") },
}));

export const Region = defineDocumentType(() => ({
  name: "Region",
  filePathPattern: "regio/*.md",
  contentType: "markdown",
  fields: {
    title: { type: "string", required: true },
    summary: { type: "string", required: true },
    order: { type: "number", required: true },
    areaServed: { type: "list", of: { type: "string" }, required: true, description: "Places named in Service.areaServed" },
    faqQuestions: {
      type: "list",
      of: { type: "string" },
      default: [],
      description: "Questions (exact text) from content/faq or a post's faq to show here; they stay marked up on their own page",
    },
  },
  computedFields: { ...slugFields("regio") },
}));

export const Service = defineDocumentType(() => ({
  name: "Service",
  filePathPattern: "diensten/*.md",
  contentType: "markdown",
  fields: {
    title: { type: "string", required: true },
    summary: { type: "string", required: true },
    order: { type: "number", required: true },
    interest: { type: "enum", options: [...INTERESTS], required: true },
    duration: { type: "string", required: false, description: "As the copy states it, e.g. '3–4 uur'" },
    priceFrom: { type: "number", required: false, description: "Euro; only when the copy states the price" },
    priceTo: { type: "number", required: false },
    priceNote: { type: "string", required: false },
  },
  computedFields: { ...slugFields("diensten") },
}));

export const Topic = defineDocumentType(() => ({
  name: "Topic",
  filePathPattern: "onderwerpen/*.md",
  contentType: "markdown",
  fields: {
    title: { type: "string", required: true },
    summary: { type: "string", required: true },
    order: { type: "number", required: true },
    intent: { type: "list", of: { type: "enum", options: [...INTENTS] }, required: true },
    keywords: { type: "list", of: { type: "string" }, required: true },
    services: { type: "list", of: { type: "string" }, default: [], description: "Slugs of content/diensten" },
  },
  computedFields: { ...slugFields("onderwerpen") },
}));

export default makeSource({
  contentDirPath: process.env.CONTENT_DIR ?? "content",
  documentTypes: [Post, News, FaqTheme, Persona, Region, Service, Topic],
  markdown: configureMarkdown,
  // Frontmatter dates without an offset are read as Amsterdam time.
  date: { timezone: "Europe/Amsterdam" },
  disableImportAliasWarning: true,
  onUnknownDocuments: "fail",
  onMissingOrIncompatibleData: "fail",
  onExtraFieldData: "fail",
  onSuccess: async () => reportContentErrors(),
});
