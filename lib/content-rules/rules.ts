import { z } from "zod";
import { CLUSTERS, INTENTS, INTERESTS, PERSONAS } from "../taxonomy";

/**
 * Rules contentlayer cannot express: non-blank strings, enums it lets through, cross-file
 * references, unique slugs and internal links. Input is contentlayer's generated JSON; output
 * names the file and the field of every problem, so a marketer knows what to fix.
 */

export type ContentIssue = { file: string; field: string; message: string };

type RawDoc = { _raw: { sourceFilePath: string }; slug?: string; [field: string]: unknown };
export type GeneratedContent = Record<
  "Post" | "News" | "FaqTheme" | "Persona" | "Region" | "Service" | "Topic",
  RawDoc[]
>;

const text = z.string().trim().min(1, "must not be empty");
const isoDate = z.iso.datetime({ offset: true, message: "must be a date with a time zone, e.g. 2026-03-02T09:00:00+01:00" });
const markdownField = z.object({ raw: text });
const imageRef = text.refine((value) => value.startsWith("/") || value.startsWith("https://"), "must be a local path (/images/…) or an https:// URL");
const cover = z.object({ image: imageRef, alt: text, caption: text.optional() });
const faqItem = z.object({ question: text, answer: markdownField });

const schemas = {
  Post: z.object({
    title: text,
    summary: text,
    date: isoDate,
    updated: isoDate.optional(),
    draft: z.boolean(),
    week: z.number().int().min(1).max(52).optional(),
    intent: z.enum(INTENTS),
    clusters: z.array(z.enum(CLUSTERS)).min(1, "needs at least one cluster"),
    personas: z.array(z.enum(PERSONAS)).min(1, "needs at least one persona"),
    tags: z.array(text),
    author: text.optional(),
    cover: cover.optional(),
    faq: z.array(faqItem),
  }),
  News: z
    .object({
      title: text,
      date: isoDate,
      updated: isoDate.optional(),
      summary: text,
      tags: z.array(text),
      label: text.optional(),
      doelgroep: text.optional(),
      sectie: text.optional(),
      cover: cover.optional(),
      draft: z.boolean(),
    })
    .refine((news) => news.label || news.doelgroep, { message: "needs a label or a doelgroep", path: ["label"] }),
  FaqTheme: z.object({ title: text, summary: text, order: z.number(), items: z.array(faqItem).min(1, "needs at least one question") }),
  Persona: z.object({
    slug: z.enum(PERSONAS, { message: `file name must be one of: ${PERSONAS.join(", ")}` }),
    title: text,
    summary: text,
    role: text,
    interest: z.enum(INTERESTS),
    painPoints: z.array(text).min(1),
    questions: z.array(z.object({ question: text, answer: markdownField, link: text })).min(1),
  }),
  Region: z.object({ title: text, summary: text, areaServed: z.array(text).min(1) }),
  Service: z.object({ title: text, summary: text, interest: z.enum(INTERESTS), priceFrom: z.number().positive().optional(), priceTo: z.number().positive().optional() }),
  Topic: z.object({
    slug: z.enum(CLUSTERS, { message: `file name must be one of: ${CLUSTERS.join(", ")}` }),
    title: text,
    summary: text,
    intent: z.array(z.enum(INTENTS)).min(1),
    keywords: z.array(text).min(1),
    services: z.array(text),
  }),
} satisfies Record<keyof GeneratedContent, z.ZodType>;

/** Site sections with a page per document, keyed by the type that fills them. */
const SECTION_OF = { Post: "blog", News: "nieuws", Persona: "voor", Region: "regio", Service: "diensten", Topic: "onderwerpen" } as const;

const STATIC_ROUTES = ["/", "/blog", "/nieuws", "/faq", "/diensten", "/onderwerpen", "/voor", "/regio", "/contact", "/privacy", "/zoeken"];

/** Every internal path a published page may link to. Drafts are left out: they 404 in production. */
export function knownRoutes(content: GeneratedContent): Set<string> {
  const routes = new Set(STATIC_ROUTES);
  for (const [type, section] of Object.entries(SECTION_OF)) {
    for (const doc of content[type as keyof typeof SECTION_OF]) {
      if (doc.draft !== true) routes.add(`/${section}/${doc.slug}`);
    }
  }
  return routes;
}

/** Markdown links and bare paths that start with "/" (not "//"), without #fragment or ?query. */
export function internalLinksOf(markdown: string): string[] {
  const links: string[] = [];
  for (const match of markdown.matchAll(/\]\((\/(?!\/)[^)\s#?]*)/g)) if (match[1] !== undefined) links.push(match[1]);
  return links;
}

function normalisePath(path: string): string {
  return path.length > 1 ? path.replace(/\/+$/, "") : path;
}

/** Markdown sources of one document, each with the field it came from. */
function markdownFieldsOf(doc: RawDoc): Array<{ field: string; markdown: string }> {
  const fields: Array<{ field: string; markdown: string }> = [];
  const body = doc.body as { raw?: string } | undefined;
  if (body?.raw) fields.push({ field: "body", markdown: body.raw });
  for (const listField of ["faq", "items", "questions"]) {
    const list = doc[listField];
    if (!Array.isArray(list)) continue;
    list.forEach((item: { answer?: { raw?: string } }, index) => {
      if (item.answer?.raw) fields.push({ field: `${listField}[${index}].answer`, markdown: item.answer.raw });
    });
  }
  return fields;
}

/** `contentDir` only names files in messages; the documents are already read. */
export function validateContent(content: GeneratedContent, contentDir = "content"): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const fileOf = (doc: RawDoc) => `${contentDir.replace(/\/+$/, "")}/${doc._raw.sourceFilePath}`;

  for (const type of Object.keys(schemas) as Array<keyof GeneratedContent>) {
    const slugOwners = new Map<string, string>();
    for (const doc of content[type]) {
      const result = schemas[type].safeParse(doc);
      if (!result.success) {
        for (const problem of result.error.issues) {
          issues.push({ file: fileOf(doc), field: problem.path.join(".") || "(document)", message: problem.message });
        }
      }
      if (doc.slug) {
        const owner = slugOwners.get(doc.slug);
        if (owner) issues.push({ file: fileOf(doc), field: "slug", message: `duplicate slug "${doc.slug}", also used by ${owner}` });
        else slugOwners.set(doc.slug, fileOf(doc));
      }
    }
  }

  const topics = new Set(content.Topic.map((topic) => topic.slug));
  const services = new Set(content.Service.map((service) => service.slug));
  for (const post of content.Post) {
    for (const cluster of (post.clusters as string[] | undefined) ?? []) {
      if (!topics.has(cluster)) issues.push({ file: fileOf(post), field: "clusters", message: `no topic file content/onderwerpen/${cluster}.md` });
    }
  }
  for (const topic of content.Topic) {
    for (const service of (topic.services as string[] | undefined) ?? []) {
      if (!services.has(service)) issues.push({ file: fileOf(topic), field: "services", message: `no service file content/diensten/${service}.md` });
    }
  }

  const questions = new Set(
    [...content.FaqTheme.flatMap((theme) => (theme.items as Array<{ question: string }> | undefined) ?? []), ...content.Post.filter((post) => post.draft !== true).flatMap((post) => (post.faq as Array<{ question: string }> | undefined) ?? [])].map(
      (item) => item.question,
    ),
  );
  for (const region of content.Region) {
    ((region.faqQuestions as string[] | undefined) ?? []).forEach((question, index) => {
      if (!questions.has(question)) issues.push({ file: fileOf(region), field: `faqQuestions[${index}]`, message: `no published FAQ item with the question "${question}"` });
    });
  }

  const routes = knownRoutes(content);
  for (const docs of Object.values(content)) {
    for (const doc of docs) {
      for (const { field, markdown } of markdownFieldsOf(doc)) {
        for (const link of internalLinksOf(markdown)) {
          if (!routes.has(normalisePath(link))) issues.push({ file: fileOf(doc), field, message: `internal link ${link} points to no published page` });
        }
      }
      const questions = doc.questions;
      if (Array.isArray(questions)) {
        questions.forEach((question: { link?: string }, index) => {
          const link = question.link?.split("#")[0];
          if (link && !routes.has(normalisePath(link))) {
            issues.push({ file: fileOf(doc), field: `questions[${index}].link`, message: `internal link ${link} points to no published page` });
          }
        });
      }
    }
  }
  return issues;
}

export function formatIssues(issues: ContentIssue[]): string {
  return issues.map((issue) => `  ${issue.file}  ${issue.field}: ${issue.message}`).join("\n");
}
