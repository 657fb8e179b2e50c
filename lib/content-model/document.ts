/**
 * A content type of the model: where its files live, its fields (lib/content-model/fields.ts),
 * what Contentlayer computes for it, and its URL. Everything that reads content (Contentlayer,
 * the content check, the content API, the docs) derives from these definitions.
 */
import { z } from "zod";
import { fileStem } from "../slug";
import { outputObject, strictObject, type Fields } from "./fields";

/** What a computed field gets: Contentlayer's document (raw body and file path). */
export type SourceDocument = { body?: { raw: string }; _raw: { sourceFilePath: string } };

export type ComputedField<O extends z.ZodType = z.ZodType> = {
  output: O;
  /** Contentlayer's field type for it. */
  type: "string" | "number" | "json";
  resolve: (doc: SourceDocument) => unknown;
};

export const computed = <O extends z.ZodType>(output: O, type: ComputedField["type"], resolve: (doc: SourceDocument) => unknown): ComputedField<O> => ({
  output,
  type,
  resolve,
});

/** The body of a markdown document, rendered by the site's pipeline (lib/markdown/pipeline.ts). */
const body = z.object({ raw: z.string(), html: z.string() });

type OutputShape<F extends Fields, C extends Record<string, ComputedField>, B extends boolean> = { [K in keyof F]: F[K]["output"] } & {
  [K in keyof C]: C[K]["output"];
} & {
  _id: z.ZodString;
} & (B extends true ? { body: typeof body } : object);

export type DocumentDocs = {
  /** Heading in docs/redactie.md, e.g. "Blogartikel". */
  title: string;
  /** The file pattern a marketer recognises, e.g. "content/blog/<slug>.md". */
  file: string;
  intro?: string;
};

export type DocumentModel<F extends Fields = Fields, C extends Record<string, ComputedField> = Record<string, ComputedField>, B extends boolean = boolean> = {
  name: string;
  /** The folder under content/ that holds this type, one type per folder. */
  folder: string;
  /** Markdown files with a body, or YAML data files. */
  hasBody: B;
  /** Whether files may sit in subfolders (blog/2026/x.md). */
  subfolders: boolean;
  /** URL section of the type's pages: /<section>/<slug>. Absent: no page of its own. */
  section?: string;
  /** File names limited to a closed set (personas, topics): the slug is typed as it. */
  slugs?: readonly string[];
  fields: F;
  computed: C;
  docs: DocumentDocs;
  /** Rules across fields of one document that a field schema cannot express. */
  refine?: (data: Record<string, unknown>) => Array<{ path: string; message: string }>;
  /** The raw frontmatter (content:check). */
  input: z.ZodType<Record<string, unknown>>;
  /** Contentlayer's generated document (the content API). */
  output: z.ZodObject<OutputShape<F, C, B>>;
  /** The extension of its files. */
  extension: ".md" | ".yaml";
  /** Contentlayer's filePathPattern. */
  filePathPattern: string;
};

type Definition<F extends Fields, C extends Record<string, ComputedField>, B extends boolean> = Omit<
  DocumentModel<F, C, B>,
  "input" | "output" | "extension" | "filePathPattern"
>;

export function documentType<const F extends Fields, const C extends Record<string, ComputedField>, const B extends boolean>(
  definition: Definition<F, C, B>,
): DocumentModel<F, C, B> {
  const extension = definition.hasBody ? ".md" : ".yaml";
  const computedShape = Object.fromEntries(Object.entries(definition.computed).map(([name, field]) => [name, field.output]));
  const shape = { ...outputObject(definition.fields).shape, ...computedShape, _id: z.string(), ...(definition.hasBody ? { body } : {}) };
  return {
    ...definition,
    input: strictObject(definition.fields),
    output: z.object(shape) as unknown as z.ZodObject<OutputShape<F, C, B>>,
    extension,
    filePathPattern: `${definition.folder}/${definition.subfolders ? "**/" : ""}*${extension}`,
  };
}

const stemOf = (doc: SourceDocument) => fileStem(doc._raw.sourceFilePath);

/** The slug is the file name, whatever folder the file is in: blog/2026/x.md is /blog/x. */
export const slugField = () => computed(z.string(), "string", stemOf);

/** A slug from a closed set (a persona, a cluster): content:check holds the file name to it. */
export const closedSlugField = <const T extends readonly [string, ...string[]]>(values: T) => computed(z.enum(values), "string", stemOf);

export const urlOf = (section: string, slug: string) => `/${section}/${slug}`;

export function urlField(section: string) {
  return computed(z.string(), "string", (doc) => urlOf(section, stemOf(doc)));
}
