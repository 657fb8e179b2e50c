import { loadVocabulary } from "./vocabulary";

/**
 * Offline validation of one page's JSON-LD: structure, @id references, schema.org vocabulary
 * (types and properties from schema-dts) and the fields the Article and BreadcrumbList rich
 * result rules require. Pure: returns problems, prints nothing.
 */

type JsonObject = { [key: string]: unknown };
export type GraphReport = { errors: string[]; types: string[]; questions: string[]; organizationId?: string };

const isObject = (value: unknown): value is JsonObject => typeof value === "object" && value !== null && !Array.isArray(value);
const ZONED_DATE_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/;
const isAbsoluteUrl = (value: unknown) => typeof value === "string" && /^https?:\/\/[^/]/.test(value);

/** Every object in the tree, with the path it was found at. */
function* walk(value: unknown, path: string): Generator<{ node: JsonObject; path: string }> {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* walk(item, `${path}[${index}]`);
  } else if (isObject(value)) {
    yield { node: value, path };
    for (const [key, child] of Object.entries(value)) yield* walk(child, `${path}.${key}`);
  }
}

const typesOf = (node: JsonObject): string[] =>
  Array.isArray(node["@type"]) ? (node["@type"] as string[]) : typeof node["@type"] === "string" ? [node["@type"]] : [];

function checkArticle(node: JsonObject, label: string, errors: string[]) {
  for (const field of ["headline", "description", "inLanguage", "publisher", "mainEntityOfPage"]) {
    if (!node[field]) errors.push(`${label}: missing ${field}`);
  }
  const images = Array.isArray(node.image) ? node.image : [node.image];
  if (!images.every(isAbsoluteUrl)) errors.push(`${label}: image must be an absolute URL`);
  for (const field of ["datePublished", "dateModified"]) {
    if (typeof node[field] !== "string" || !ZONED_DATE_TIME.test(node[field])) errors.push(`${label}: ${field} must be a date-time with a time zone`);
  }
  const authors = Array.isArray(node.author) ? node.author : [node.author];
  for (const author of authors) {
    if (!isObject(author) || typeof author.name !== "string" || !isAbsoluteUrl(author.url)) errors.push(`${label}: author needs a name and an absolute url`);
  }
  if (node.inLanguage !== "nl-NL") errors.push(`${label}: inLanguage must be nl-NL`);
}

function checkBreadcrumb(node: JsonObject, label: string, errors: string[]) {
  const items = Array.isArray(node.itemListElement) ? node.itemListElement : [];
  if (items.length === 0) errors.push(`${label}: empty itemListElement`);
  items.forEach((item, index) => {
    if (!isObject(item) || item.position !== index + 1) errors.push(`${label}: item ${index} must have position ${index + 1}`);
    if (!isObject(item) || typeof item.name !== "string" || !isAbsoluteUrl(item.item))
      errors.push(`${label}: item ${index} needs a name and an absolute item URL`);
  });
}

export function validateGraph(json: unknown): GraphReport {
  const errors: string[] = [];
  const vocabulary = loadVocabulary();
  if (!isObject(json)) return { errors: ["JSON-LD is not an object"], types: [], questions: [] };
  if (json["@context"] !== "https://schema.org") errors.push('@context must be "https://schema.org"');
  if (!Array.isArray(json["@graph"])) return { errors: [...errors, "missing @graph array"], types: [], questions: [] };

  const defined = new Set<string>();
  const references: Array<{ id: string; path: string }> = [];
  const types: string[] = [];
  const questions: string[] = [];
  let organizationId: string | undefined;

  for (const { node, path } of walk(json["@graph"], "@graph")) {
    const keys = Object.keys(node);
    if (typeof node["@id"] === "string") {
      if (keys.length === 1) references.push({ id: node["@id"], path });
      else defined.add(node["@id"]);
    }
    const nodeTypes = typesOf(node);
    if (keys.length > 1 && !keys.every((key) => key === "@id") && nodeTypes.length === 0) errors.push(`${path}: node without @type`);
    for (const type of nodeTypes) {
      const allowed = vocabulary.propertiesOf(type);
      if (!allowed) {
        errors.push(`${path}: unknown schema.org type "${type}"`);
        continue;
      }
      for (const key of keys) if (!allowed.has(key)) errors.push(`${path}: "${key}" is not a property of ${type}`);
    }
    const label = `${path} (${nodeTypes.join(",")})`;
    if (nodeTypes.some((type) => type === "BlogPosting" || type === "NewsArticle")) checkArticle(node, label, errors);
    if (nodeTypes.includes("BreadcrumbList")) checkBreadcrumb(node, label, errors);
    if (nodeTypes.includes("Organization") && path.split(".").length === 1 && typeof node["@id"] === "string") organizationId = node["@id"];
    if (nodeTypes.includes("Question") && typeof node.name === "string") questions.push(node.name);
    if (path.match(/^@graph\[\d+\]$/)) types.push(...nodeTypes);
    if (typeof node["@id"] === "string" && keys.length > 1 && !isAbsoluteUrl(node["@id"])) errors.push(`${label}: @id must be an absolute URL`);
  }
  for (const reference of references) {
    if (!defined.has(reference.id)) errors.push(`${reference.path}: @id ${reference.id} does not resolve on this page`);
  }
  return { errors, types, questions, organizationId };
}

/** The JSON-LD script bodies of an HTML document. */
export function jsonLdScripts(html: string): string[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? "");
}
