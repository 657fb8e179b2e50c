/**
 * The "Velden per type" section of docs/redactie.md, written from the content model by
 * `npm run docs:fields`; a unit test fails when the guide and the model disagree.
 */
import { contentTypes, type DocumentModel } from ".";
import type { Fields, NestedModel } from "./fields";

export const FIELD_DOCS_BEGIN = "<!-- velden:begin (npm run docs:fields schrijft dit deel) -->";
export const FIELD_DOCS_END = "<!-- velden:end -->";

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

function table(fields: Fields): string[] {
  const rows = Object.entries(fields).map(([name, field]) => {
    const required = field.docs.required ?? (field.required ? "ja" : "nee");
    const fallback = field.default === undefined ? "—" : `\`${JSON.stringify(field.default)}\``;
    return `| \`${name}\` | ${cell(required)} | ${cell(field.docs.allowed)} | ${fallback} | ${cell(field.docs.meaning)} |`;
  });
  return ["| veld | verplicht | toegestane waarden | standaard | betekenis |", "|---|---|---|---|---|", ...rows];
}

/** The nested types a set of fields uses, in field order. */
function nestedIn(fields: Fields): NestedModel[] {
  return Object.values(fields).flatMap((field) => {
    const source = field.contentlayer;
    const nested = "nested" in source ? source.nested : "list" in source && "nested" in source.list ? source.list.nested : undefined;
    return nested ? [nested] : [];
  });
}

function section(heading: string, intro: string | undefined, fields: Fields): string[] {
  return [`### ${heading}`, "", ...(intro ? [intro, ""] : []), ...table(fields), ""];
}

/** Every type with its table; a nested type follows the first type that uses it. */
export function renderFieldDocs(types: readonly DocumentModel[] = contentTypes): string {
  const lines: string[] = [];
  const done = new Set<NestedModel>();
  const addNested = (fields: Fields) => {
    for (const nested of nestedIn(fields)) {
      if (done.has(nested)) continue;
      done.add(nested);
      lines.push(...section(nested.docs.title, nested.docs.intro, nested.fields));
      addNested(nested.fields);
    }
  };
  for (const type of types) {
    lines.push(...section(`${type.docs.title} — \`${type.docs.file}\``, type.docs.intro, type.fields));
    addNested(type.fields);
  }
  return `${FIELD_DOCS_BEGIN}\n\n${lines.join("\n").trimEnd()}\n\n${FIELD_DOCS_END}`;
}

/** The guide with its field section replaced by the current one. */
export function withFieldDocs(guide: string): string {
  const begin = guide.indexOf(FIELD_DOCS_BEGIN);
  const end = guide.indexOf(FIELD_DOCS_END);
  if (begin < 0 || end < begin) throw new Error(`docs/redactie.md has no ${FIELD_DOCS_BEGIN} … ${FIELD_DOCS_END} section`);
  return `${guide.slice(0, begin)}${renderFieldDocs()}${guide.slice(end + FIELD_DOCS_END.length)}`;
}
