/**
 * Field builders for the content model. One call defines everything about a field: how a
 * marketer writes it (the `input` schema over the raw frontmatter, used by content:check), what
 * Contentlayer makes of it (its field definition, and the `output` schema over the generated
 * JSON, which types the content API), and how docs/redactie.md explains it (`docs`).
 */
import type { FieldDef, ListFieldDefItem, NestedType } from "contentlayer2/source-files";
import { slug } from "github-slugger";
import { z } from "zod";
import { parseContentDate } from "../dates";

/** How docs/redactie.md describes a field, in Dutch. */
export type FieldDocs = {
  /** "toegestane waarden", e.g. "tekst van 70–160 tekens". */
  allowed: string;
  /** "betekenis": what the field does on the site. */
  meaning: string;
  /** "verplicht" when it is neither plainly "ja" nor "nee" (e.g. "een van beide"). */
  required?: string;
};

/** What Contentlayer needs of a field: a plain definition, or a nested type it builds once. */
export type ContentlayerField =
  { def: Exclude<FieldDef, { type: "nested" } | { type: "list" }> } | { list: ContentlayerItem; default?: readonly unknown[] } | { nested: NestedModel };
export type ContentlayerItem = Exclude<ListFieldDefItem.Item, NestedType> | { nested: NestedModel };

export type Field<Input extends z.ZodType = z.ZodType, Output extends z.ZodType = z.ZodType> = {
  required: boolean;
  default?: unknown;
  input: Input;
  output: Output;
  contentlayer: ContentlayerField;
  docs: FieldDocs;
};

export type Fields = Record<string, Field>;

/** A group of fields inside a document: a cover, one FAQ question. */
export type NestedModel<F extends Fields = Fields> = { name: string; fields: F; docs: NestedDocs };

/** How docs/redactie.md heads a nested type; `short` names it in "zie [short](#heading)" links. */
export type NestedDocs = { title: string; short: string; intro?: string };

/** The "zie …" link to a nested type's table in docs/redactie.md (GitHub's heading anchors). */
const seeTable = (model: NestedModel) => `zie [${model.docs.short}](#${slug(model.docs.title)})`;

// ---- Required, optional, default -------------------------------------------------------------

type Spec<I extends z.ZodType, O extends z.ZodType> = { input: I; output: O; contentlayer: ContentlayerField; docs: FieldDocs };

/** Contentlayer reads an empty value (`updated:`) as absent, so the check does too; the content API sees undefined. */
function optional<I extends z.ZodType, O extends z.ZodType>(spec: Spec<I, O>) {
  return { ...spec, required: false, input: spec.input.nullish(), output: spec.output.nullish().transform((value) => value ?? undefined) };
}

/** Fields are required unless `.optional()` says otherwise. */
function required<I extends z.ZodType, O extends z.ZodType>(spec: Spec<I, O>) {
  return { ...spec, required: true, optional: () => optional(spec) };
}

/** Optional to write, always present in the generated JSON (Contentlayer fills in the default). */
function withDefault<I extends z.ZodType, O extends z.ZodType>(spec: Spec<I, O>, value: unknown) {
  return { ...spec, required: false, default: value, input: spec.input.nullish() };
}

type Docs = Omit<FieldDocs, "allowed"> & { allowed?: string };

// ---- Scalars ---------------------------------------------------------------------------------

const nonEmpty = z.string({ error: "moet tekst zijn" }).trim().min(1, "mag niet leeg zijn");
const oneOfSchema = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: (issue) => `${JSON.stringify(issue.input)} is geen toegestane waarde; kies uit: ${values.join(", ")}` });
const quoted = (values: readonly string[]) => values.map((value) => `\`${value}\``).join(", ");

/** Text; `check` adds a rule the value must meet (a path or an https URL, say). */
export function text(docs: Docs, check?: { test: (value: string) => boolean; message: string }) {
  const input = check ? nonEmpty.refine(check.test, check.message) : nonEmpty;
  return required({ input, output: z.string(), contentlayer: { def: { type: "string" } }, docs: { allowed: "tekst", ...docs } });
}

const dateMessage = "moet een datum met tijd zijn, bijv. 2026-03-02T09:00:00+01:00 (zonder tijdzone geldt Amsterdamse tijd)";
const rawDate = z.union([z.string(), z.date()], { error: dateMessage }).refine((value) => parseContentDate(value) !== undefined, dateMessage);

/** A moment. Contentlayer reads a date without offset as Amsterdam time and writes it as ISO UTC. */
export function date(docs: Docs) {
  return required({
    input: rawDate,
    output: z.iso.datetime({ offset: true }),
    contentlayer: { def: { type: "date" } },
    docs: { allowed: "datum met tijd", ...docs },
  });
}

export function flag(docs: Docs, defaultValue: boolean) {
  const spec = {
    input: z.boolean({ error: "moet true of false zijn" }),
    output: z.boolean(),
    contentlayer: { def: { type: "boolean", default: defaultValue } },
    docs: { allowed: "`true`, `false`", ...docs },
  } as const;
  return withDefault(spec, defaultValue);
}

export function integer(docs: Docs, { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER }: { min?: number; max?: number } = {}) {
  const schema = z
    .number({ error: "moet een getal zijn" })
    .int("moet een heel getal zijn")
    .min(min, `moet minstens ${min} zijn`)
    .max(max, `mag hoogstens ${max} zijn`);
  return required({ input: schema, output: schema, contentlayer: { def: { type: "number" } }, docs: { allowed: "getal", ...docs } });
}

export function amount(docs: Docs) {
  const schema = z.number({ error: "moet een getal zijn" }).positive("moet groter dan 0 zijn");
  return required({ input: schema, output: schema, contentlayer: { def: { type: "number" } }, docs: { allowed: "getal (euro)", ...docs } });
}

/** One value of a closed set; typed as the set's union everywhere it is read. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T, docs: Docs) {
  const schema = oneOfSchema(values);
  return required({ input: schema, output: schema, contentlayer: { def: { type: "enum", options: values } }, docs: { allowed: quoted(values), ...docs } });
}

/** Markdown inside frontmatter (an FAQ answer): Contentlayer renders it to { raw, html }. */
export function markdown(docs: Docs) {
  return required({
    input: nonEmpty,
    output: z.object({ raw: z.string(), html: z.string() }),
    contentlayer: { def: { type: "markdown" } },
    docs: { allowed: "markdown", ...docs },
  });
}

// ---- Lists and groups --------------------------------------------------------------------------

type Item<I extends z.ZodType, O extends z.ZodType> = { input: I; output: O; contentlayer: ContentlayerItem; allowed: string };

export const items = {
  text: { input: nonEmpty, output: z.string(), contentlayer: { type: "string" }, allowed: "tekst" } satisfies Item<z.ZodType, z.ZodString>,
  oneOf<const T extends readonly [string, ...string[]]>(values: T) {
    const schema = oneOfSchema(values);
    return { input: schema, output: schema, contentlayer: { type: "enum", options: values }, allowed: `lijst uit ${quoted(values)}` } satisfies Item<
      typeof schema,
      typeof schema
    >;
  },
  group<F extends Fields>(model: NestedModel<F>, allowed = "lijst") {
    return {
      input: strictObject(model.fields),
      output: outputObject(model.fields),
      contentlayer: { nested: model },
      allowed: `${allowed}, ${seeTable(model)}`,
    };
  },
};

function listSpec<I extends z.ZodType, O extends z.ZodType>(item: Item<I, O>, docs: Docs, min: number) {
  const input = z
    .array(item.input, { error: "moet een lijst zijn: een regel per item die begint met - , of [a, b]" })
    .min(min, `moet minstens ${min} ${min === 1 ? "item" : "items"} hebben`);
  return { input, output: z.array(item.output), docs: { allowed: item.allowed, ...docs } };
}

export function list<I extends z.ZodType, O extends z.ZodType>(item: Item<I, O>, docs: Docs, { min = 0 }: { min?: number } = {}) {
  return required({ ...listSpec(item, docs, min), contentlayer: { list: item.contentlayer } });
}

/** A list that may be left out: it is then empty. */
export function listOrEmpty<I extends z.ZodType, O extends z.ZodType>(item: Item<I, O>, docs: Docs) {
  const empty: readonly [] = [];
  return withDefault({ ...listSpec(item, docs, 0), contentlayer: { list: item.contentlayer, default: empty } }, empty);
}

export function group<F extends Fields>(model: NestedModel<F>, docs: Docs) {
  return required({
    input: strictObject(model.fields),
    output: outputObject(model.fields),
    contentlayer: { nested: model },
    docs: { allowed: seeTable(model), ...docs },
  });
}

// ---- Objects ---------------------------------------------------------------------------------

type InputShape<F extends Fields> = { [K in keyof F]: F[K]["input"] };
type OutputShape<F extends Fields> = { [K in keyof F]: F[K]["output"] };

const mapFields = <F extends Fields, S>(fields: F, pick: (field: Field) => z.ZodType) =>
  Object.fromEntries(Object.entries(fields).map(([name, spec]) => [name, pick(spec)])) as S;

/** The raw frontmatter: an unknown key is a typo the marketer must hear about (Contentlayer fails on it too). */
export function strictObject<F extends Fields>(fields: F) {
  return z.strictObject(mapFields<F, InputShape<F>>(fields, (spec) => spec.input));
}

/** The generated JSON: Contentlayer's own keys (`_raw`, `type`) are dropped. */
export function outputObject<F extends Fields>(fields: F) {
  return z.object(mapFields<F, OutputShape<F>>(fields, (spec) => spec.output));
}

export function nested<const F extends Fields>(name: string, docs: NestedDocs, fields: F): NestedModel<F> {
  return { name, fields, docs };
}
