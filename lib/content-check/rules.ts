import type { Nodes, Paragraph, Text } from "mdast";
import { visit } from "unist-util-visit";
import { urlOf } from "../content-model";
import { zonedParts } from "../dates";
import { formatDate } from "../format";
import { sourcesOf } from "../markdown/extract";
import { findMojibake } from "../markdown/mojibake";
import { countWords, mdastToText } from "../markdown/text";
import { publicationStatus } from "../publishing";
import { buildPages, MACHINE_PATHS, type RegistryInput } from "../registry/pages";
import { slugify } from "../slug";
import type { ContentDoc, MarkdownPart } from "./parse";
import { RULES, type Issue, type RuleId, type Severity } from "./types";

export type CheckOptions = { now: Date };

export const TITLE_MAX = 60;
export const SUMMARY_MIN = 70;
export const SUMMARY_MAX = 160;
/** Above this many words a text needs subheadings (the usual readability advice: one per ~300 words). */
export const LONG_TEXT_WORDS = 300;
export const CORE_FAQ_MIN = 3;
/** Weeks of the calendar whose posts are the eight core blogs. */
export const CORE_WEEKS = { from: 1, to: 8 } as const;

type Emit = (rule: RuleId, line: number, message: string, field?: string, severity?: Severity) => void;

const length = (text: string) => [...text.trim()].length;
const quote = (text: string) => `“${text}”`;
/** A placeholder as it appears in a message: long ones shortened. */
const shorten = (text: string, max = 48) => ([...text].length > max ? `${[...text].slice(0, max - 2).join("")}…]` : text);
/** A value that is nothing but a placeholder: length rules wait until it is filled in. */
const isPlaceholder = (text: string) => /^\[[^\]]*\]$/.test(text.trim());

function emitterFor(doc: ContentDoc, issues: Issue[]): Emit {
  return (rule, line, message, field, severity) =>
    issues.push({ rule, severity: severity ?? RULES[rule], file: doc.file, line, field: field ?? doc.fieldAt(line), message });
}

/** Line of an mdast node in the file. */
const lineOf = (part: MarkdownPart, node: Nodes) => part.fileLine(node.position?.start.line ?? 1);

/** Documents that become a page of their own, with a <title> and a meta description. */
const hasPage = (doc: ContentDoc) => doc.type.section !== undefined;

// ---- Rules on one document ----------------------------------------------------------------

function checkTitleAndSummary(doc: ContentDoc, emit: Emit, now: Date) {
  const title = doc.data.title;
  if (typeof title === "string") {
    if (hasPage(doc) && length(title) > TITLE_MAX) {
      emit("title-length", doc.lineOf("title"), `titel is ${length(title)} tekens; zoekmachines tonen er ongeveer ${TITLE_MAX}, de rest valt weg`, "title");
    }
    const currentYear = zonedParts(now).year;
    const stale = [...title.matchAll(/\b(?:19|20)\d{2}\b/g)].map((match) => Number(match[0])).filter((year) => year < currentYear);
    if (stale.length > 0) {
      emit(
        "stale-year",
        doc.lineOf("title"),
        `titel noemt ${stale.join(", ")} en het is nu ${currentYear}: werk de titel (en de tekst) bij, of laat hem bewust staan`,
        "title",
      );
    }
  }
  const summary = doc.data.summary;
  if (hasPage(doc) && typeof summary === "string" && !isPlaceholder(summary)) {
    const size = length(summary);
    if (size < SUMMARY_MIN || size > SUMMARY_MAX) {
      emit(
        "summary-length",
        doc.lineOf("summary"),
        `samenvatting is ${size} tekens; gebruik ${SUMMARY_MIN}–${SUMMARY_MAX} tekens (het is de meta-omschrijving in Google en de tekst op kaarten)`,
        "summary",
      );
    }
  }
}

function checkHeadings(doc: ContentDoc, emit: Emit) {
  const body = doc.markdown.find((part) => part.field === "tekst");
  if (!body) return;
  let previous = 1; // the page title is the H1
  let hasH2 = false;
  visit(body.tree, "heading", (heading) => {
    const line = lineOf(body, heading);
    if (heading.depth === 1) {
      emit("h1-in-body", line, "kop van niveau 1 (# …) in de tekst: de titel is al de enige H1; gebruik ## voor tussenkoppen", "tekst");
    } else if (heading.depth > previous + 1) {
      emit(
        "heading-order",
        line,
        `kop springt van H${previous} naar H${heading.depth}: gebruik ${"#".repeat(previous + 1)} (H${previous + 1}), schermlezers en Google volgen de koppenstructuur`,
        "tekst",
      );
    }
    if (heading.depth === 2) hasH2 = true;
    previous = heading.depth;
  });
  const words = countWords(mdastToText(body.tree));
  if (!hasH2 && words > LONG_TEXT_WORDS) {
    emit(
      "long-without-h2",
      body.tree.children[0]?.position?.start.line ?? 1,
      `${words} woorden zonder tussenkop: deel de tekst op met ## tussenkoppen (H2), ongeveer één per ${LONG_TEXT_WORDS} woorden`,
      "tekst",
    );
  }
}

/** Core blogs are the calendar's weeks 1–8 and every post that is (going to be) published. */
export function isCoreBlog(doc: ContentDoc): boolean {
  if (doc.type.name !== "Post") return false;
  const week = doc.data.week;
  return !doc.draft || (typeof week === "number" && week >= CORE_WEEKS.from && week <= CORE_WEEKS.to);
}

function checkCoreBlog(doc: ContentDoc, emit: Emit) {
  if (!isCoreBlog(doc)) return;
  const faq = Array.isArray(doc.data.faq) ? doc.data.faq : [];
  if (faq.length < CORE_FAQ_MIN) {
    emit("core-faq", doc.lineOf("faq"), `kernblog heeft ${faq.length} FAQ-vragen; zet er minimaal ${CORE_FAQ_MIN} onder faq:`, "faq");
  }
  // A fictitious example case has nothing to cite; it is labelled "voorbeeldcase" instead.
  if (doc.data.fictional !== true && sourcesOf(doc.body).length === 0) {
    const lastLine = doc.lines.findLastIndex((line) => line.trim() !== "") + 1;
    emit("core-sources", lastLine, "kernblog zonder bronnen: zet achter een bewering [^1] en onderaan [^1]: [naam van de bron](https://…)", "tekst");
  }
}

const DOMAIN_LINE = /^(?:https?:\/\/)?(?:www\.)?(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(?:\/\S*)?$/i;

function checkMarkdownText(doc: ContentDoc, part: MarkdownPart, emit: Emit) {
  const sourceLines = part.source.split(/\r?\n/);
  visit(part.tree, "paragraph", (paragraph: Paragraph) => {
    const start = paragraph.position?.start;
    const end = paragraph.position?.end;
    if (!start || !end) return;
    for (let line = start.line; line <= end.line; line++) {
      let text = sourceLines[line - 1] ?? "";
      if (line === start.line) text = text.slice(start.column - 1);
      text = text.replace(/^[\s>]+/, "").trim();
      if (DOMAIN_LINE.test(text)) {
        emit(
          "bare-domain",
          part.fileLine(line),
          `losse domeinnaam ${quote(text)} op een eigen regel: maak er een bron van (…zin.[^1] en onderaan [^1]: [${text.replace(/^https?:\/\//, "")}](https://${text.replace(/^https?:\/\//, "")})) en plak de zin weer aan elkaar`,
          part.field,
        );
      }
    }
  });
  visit(part.tree, "text", (node: Text) => {
    for (const match of node.value.matchAll(/\[([^\]\n]*)\]/g)) {
      const inner = match[1] ?? "";
      if (inner.trim() === "") continue;
      const line = part.fileLine((node.position?.start.line ?? 1) + (node.value.slice(0, match.index).match(/\n/g)?.length ?? 0));
      if (inner.startsWith("^")) emit("placeholder", line, `voetnoot ${match[0]} heeft geen bron: zet onderaan ${match[0]}: [naam](https://…)`, part.field);
      else emit("placeholder", line, `nog in te vullen: ${shorten(match[0])} (tekst tussen [ ] zonder (link) wordt letterlijk getoond)`, part.field);
    }
  });
  visit(part.tree, (node) => {
    if (node.type !== "image" && node.type !== "imageReference") return;
    if (!node.alt || node.alt.trim() === "") {
      emit("image-alt", lineOf(part, node), "afbeelding zonder alt-tekst: beschrijf in ![…](…) wat erop staat (voor schermlezers en zoekmachines)", part.field);
    }
  });
}

/** Where a link goes, in the terms of the rules. */
export type LinkTarget =
  { kind: "internal"; path: string } | { kind: "anchor" } | { kind: "https" } | { kind: "contact" } | { kind: "insecure"; why: string } | { kind: "relative" };

export function classifyLink(url: string): LinkTarget {
  if (url.startsWith("#")) return { kind: "anchor" };
  if (url.startsWith("//")) return { kind: "insecure", why: "een link zonder protocol (//…)" };
  if (url.startsWith("/")) {
    const path = url.split(/[?#]/)[0] ?? "/";
    return { kind: "internal", path: path.length > 1 ? path.replace(/\/+$/, "") : path };
  }
  if (/^https:\/\//i.test(url)) return { kind: "https" };
  if (/^(mailto|tel):/i.test(url)) return { kind: "contact" };
  if (/^http:\/\//i.test(url)) return { kind: "insecure", why: "http://" };
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1];
  if (scheme) return { kind: "insecure", why: `${scheme}:` };
  return { kind: "relative" };
}

type RouteIndex = {
  published: Set<string>;
  drafts: Set<string>;
  /** Path -> moment it appears. */
  scheduled: Map<string, Date>;
};

function checkLinks(doc: ContentDoc, part: MarkdownPart, emit: Emit, routes: RouteIndex, now: Date) {
  visit(part.tree, (node) => {
    if (node.type !== "link" && node.type !== "definition" && node.type !== "image") return;
    checkUrl(doc, node.url, lineOf(part, node), part.field, emit, routes, now, node.type === "image");
  });
}

function checkUrl(doc: ContentDoc, url: string, line: number, field: string, emit: Emit, routes: RouteIndex, now: Date, isImage = false) {
  const target = classifyLink(url);
  if (target.kind === "insecure") {
    emit("external-https", line, `${isImage ? "afbeelding" : "link"} ${url} gebruikt ${target.why}: gebruik https://`, field);
  } else if (target.kind === "relative") {
    emit("internal-link", line, `link ${url} is relatief en werkt op elke pagina anders: begin interne links met / (bijv. /blog/…)`, field);
  } else if (target.kind === "internal" && !isImage) {
    const { path } = target;
    if (routes.published.has(path)) return;
    const appearsAt = routes.scheduled.get(path);
    if (appearsAt) {
      // From a page that goes live after the target the link is fine; otherwise it 404s for a while.
      const linkLive = doc.date && doc.date > now ? doc.date : now;
      if (appearsAt > linkLive)
        emit(
          "internal-link",
          line,
          `interne link ${path} gaat naar een gepland item dat pas op ${formatDate(appearsAt)} verschijnt; tot dan geeft de link een 404`,
          field,
          "warning",
        );
      return;
    }
    if (routes.drafts.has(path)) emit("internal-link", line, `interne link ${path} gaat naar een concept (draft: true): in productie is dat een 404`, field);
    else emit("internal-link", line, `interne link ${path} gaat naar een pagina die niet bestaat`, field);
  }
}

function checkMojibake(doc: ContentDoc, emit: Emit) {
  doc.lines.forEach((text, index) => {
    for (const hit of findMojibake(text)) {
      const fix = hit.repaired ? ` (bedoeld: ${quote(hit.repaired)})` : "";
      emit("mojibake", index + 1, `kapotte tekens in ${quote(hit.word)}${fix}: een coderingsfout bij het kopiëren; typ de letters opnieuw`);
    }
  });
}

/** Literal "[…]" in frontmatter text (titles, questions, alt texts); markdown fields are checked as markdown. */
function checkFieldPlaceholders(doc: ContentDoc, emit: Emit) {
  const markdownFields = new Set(doc.markdown.map((part) => part.field));
  for (const field of doc.fields) {
    if (typeof field.value !== "string" || markdownFields.has(field.path)) continue;
    for (const match of field.value.matchAll(/\[([^\]\n]*)\]/g)) {
      if ((match[1] ?? "").trim() === "") continue;
      emit("placeholder", field.line, `nog in te vullen: ${shorten(match[0])}`, field.path);
    }
  }
}

// ---- Rules across documents ---------------------------------------------------------------

/** Earlier-published documents own a title or question; a later copy is the one to change. */
function ownershipOrder(a: ContentDoc, b: ContentDoc): number {
  const rank = (doc: ContentDoc) => (doc.type.name === "FaqTheme" ? 0 : doc.draft ? 2 : 1);
  return rank(a) - rank(b) || (a.date?.getTime() ?? 0) - (b.date?.getTime() ?? 0) || a.relPath.localeCompare(b.relPath);
}

/** Where a document is shown: its own page, or /faq for the general FAQ themes. */
function pathOf(doc: ContentDoc): string | undefined {
  if (doc.type.section) return urlOf(doc.type.section, doc.slug);
  return doc.type.name === "FaqTheme" ? "/faq" : undefined;
}

function checkDuplicates(docs: ContentDoc[], issues: Issue[]) {
  const ordered = [...docs].sort(ownershipOrder);
  const titles = new Map<string, ContentDoc>();
  const slugs = new Map<string, ContentDoc>();
  for (const doc of ordered) {
    const emit = emitterFor(doc, issues);
    const title = doc.data.title;
    if (hasPage(doc) && typeof title === "string") {
      const key = title.trim().replace(/\s+/g, " ").toLowerCase();
      const owner = titles.get(key);
      if (owner)
        emit("duplicate-title", doc.lineOf("title"), `titel ${quote(title)} heeft ${owner.file} ook: elke pagina heeft een eigen titel nodig`, "title");
      else titles.set(key, doc);
    }
    const path = doc.type.section ? pathOf(doc) : undefined;
    if (path) {
      const owner = slugs.get(path);
      if (owner) emit("duplicate-slug", 1, `slug ${doc.slug} (${path}) heeft ${owner.file} ook: geef het bestand een andere naam`, "(bestandsnaam)");
      else slugs.set(path, doc);
    }
  }
}

/** A question is marked up as FAQPage on one URL only: the hub for content/faq, the post for its own faq. */
function checkFaqDuplicates(docs: ContentDoc[], issues: Issue[]) {
  const owners = new Map<string, { doc: ContentDoc; path: string }>();
  for (const doc of [...docs].sort(ownershipOrder)) {
    const listField = doc.type.name === "FaqTheme" ? "items" : doc.type.name === "Post" ? "faq" : undefined;
    const list = listField ? doc.data[listField] : undefined;
    if (!listField || !Array.isArray(list)) continue;
    list.forEach((item: unknown, index) => {
      const question = item && typeof item === "object" ? (item as { question?: unknown }).question : undefined;
      if (typeof question !== "string") return;
      const key = slugify(question);
      const path = `${listField}[${index}].question`;
      const owner = owners.get(key);
      if (!owner) {
        owners.set(key, { doc, path });
        return;
      }
      const where = owner.doc === doc ? `al in ${owner.path} van dit bestand` : `ook op ${pathOf(owner.doc)} (${owner.doc.file})`;
      emitterFor(doc, issues)(
        "faq-duplicate",
        doc.lineOf(path),
        `FAQ-vraag ${quote(question)} staat ${where}: een vraag mag maar op één pagina als FAQ gemarkeerd worden; verwijder of herformuleer hem`,
        path,
      );
    });
  }
}

/** A raw document as the page registry reads content: what it needs to list the page. */
function registryItem(doc: ContentDoc) {
  const text = (value: unknown) => (typeof value === "string" ? value : "");
  return { slug: doc.slug, title: text(doc.data.title), summary: text(doc.data.summary), date: doc.date?.toISOString() ?? "", draft: doc.draft };
}

/** The registry's own pages over the raw files, so the check and the site agree on what exists. */
function routeIndex(docs: ContentDoc[], now: Date): RouteIndex {
  const of = (name: string) => docs.filter((doc) => doc.type.name === name && (doc.date || !["Post", "News"].includes(name))).map(registryItem);
  const input: RegistryInput = {
    posts: of("Post"),
    news: of("News"),
    topics: of("Topic"),
    personas: of("Persona"),
    regions: of("Region"),
    services: of("Service"),
  };
  const published = new Set([...buildPages(input, now).map((page) => page.path), ...MACHINE_PATHS]);
  const drafts = new Set<string>();
  const scheduled = new Map<string, Date>();
  for (const doc of docs) {
    const path = doc.type.section ? pathOf(doc) : undefined;
    if (!path) continue;
    // A date that cannot be read is reported as a field error; links to the page are not blamed for it.
    if (!doc.date) {
      if (!doc.draft) published.add(path);
      continue;
    }
    const status = publicationStatus({ date: doc.date, draft: doc.draft }, now);
    if (status.kind === "draft") drafts.add(path);
    else if (status.kind === "scheduled") scheduled.set(path, status.date);
  }
  return { published, drafts, scheduled };
}

/** References between files: a post's clusters need their topic, a topic's services their file, a region's questions a published FAQ. */
function checkReferences(docs: ContentDoc[], issues: Issue[], now: Date) {
  const slugsOf = (name: string) => new Set(docs.filter((doc) => doc.type.name === name).map((doc) => doc.slug));
  const strings = (value: unknown) => (Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : []);
  const questionsOf = (doc: ContentDoc, field: string) =>
    (Array.isArray(doc.data[field]) ? (doc.data[field] as Array<{ question?: unknown }>) : []).map((item) => item?.question);
  const topics = slugsOf("Topic");
  const services = slugsOf("Service");
  const questions = new Set([
    ...docs.filter((doc) => doc.type.name === "FaqTheme").flatMap((doc) => questionsOf(doc, "items")),
    ...docs
      .filter((doc) => doc.type.name === "Post" && doc.date && publicationStatus({ date: doc.date, draft: doc.draft }, now).kind !== "draft")
      .flatMap((doc) => questionsOf(doc, "faq")),
  ]);
  for (const doc of docs) {
    const emit = emitterFor(doc, issues);
    const each = (field: string, known: Set<unknown>, message: (value: string) => string) =>
      strings(doc.data[field]).forEach((value, index) => {
        if (!known.has(value)) emit("reference", doc.lineOf(`${field}[${index}]`), message(value), `${field}[${index}]`);
      });
    if (doc.type.name === "Post")
      each("clusters", topics, (cluster) => `cluster ${cluster} heeft geen onderwerppagina: maak content/onderwerpen/${cluster}.md`);
    if (doc.type.name === "Topic") each("services", services, (service) => `dienst ${service} bestaat niet: gebruik een bestandsnaam uit content/diensten`);
    if (doc.type.name === "Region")
      each(
        "faqQuestions",
        questions,
        (question) => `geen gepubliceerde FAQ-vraag met precies de tekst “${question}” (zie content/faq en de faq: van artikelen)`,
      );
  }
}

/** Runs every rule; severities are the rules' own (see `applyPolicy` for drafts and news). */
export function runRules(docs: ContentDoc[], { now }: CheckOptions): Issue[] {
  const issues: Issue[] = [];
  const routes = routeIndex(docs, now);
  for (const doc of docs) {
    const emit = emitterFor(doc, issues);
    checkTitleAndSummary(doc, emit, now);
    checkHeadings(doc, emit);
    checkCoreBlog(doc, emit);
    checkMojibake(doc, emit);
    checkFieldPlaceholders(doc, emit);
    for (const part of doc.markdown) {
      checkMarkdownText(doc, part, emit);
      checkLinks(doc, part, emit, routes, now);
    }
    const questions = doc.data.questions;
    if (doc.type.name === "Persona" && Array.isArray(questions)) {
      questions.forEach((question: unknown, index) => {
        const link = question && typeof question === "object" ? (question as { link?: unknown }).link : undefined;
        if (typeof link === "string") checkUrl(doc, link, doc.lineOf(`questions[${index}].link`), `questions[${index}].link`, emit, routes, now);
      });
    }
  }
  checkDuplicates(docs, issues);
  checkFaqDuplicates(docs, issues);
  checkReferences(docs, issues, now);
  return issues;
}
