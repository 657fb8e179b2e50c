import type { Root, RootContent } from "mdast";
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from "yaml";
import { contentTypes, nestedTypes, typeOfFile, type DocumentModel, type Fields } from "../content-model";
import { parseContentDate } from "../dates";
import { parseMarkdown } from "../markdown/parse";
import { fileStem } from "../slug";
import { validateFields } from "./schema";
import type { Issue } from "./types";

/** One file of the content folder, as read from disk. */
export type SourceFile = {
  /** Path shown in messages, e.g. "content/blog/x.md". */
  file: string;
  /** Path inside the content folder, e.g. "blog/x.md". */
  relPath: string;
  text: string;
};

/** A frontmatter (or YAML file) value with the lines it spans in the file. */
export type Field = { path: string; line: number; endLine: number; value: unknown };

/** Markdown parsed with the site's own parser settings, so positions are real. */
export type MarkdownPart = {
  field: string;
  /** The markdown text the tree's positions refer to. */
  source: string;
  tree: Root;
  /** Maps a line of `source` to a line of the file. */
  fileLine: (line: number) => number;
};

export type ContentDoc = {
  file: string;
  relPath: string;
  type: DocumentModel;
  slug: string;
  data: Record<string, unknown>;
  fields: Field[];
  markdown: MarkdownPart[];
  /** The markdown body of .md files (without frontmatter); "" for YAML files. */
  body: string;
  lines: string[];
  draft: boolean;
  date: Date | undefined;
  /** Line of a field ("faq", "faq[1].question"); the first frontmatter line when it is absent. */
  lineOf: (path: string) => number;
  /** The most specific field at a file line, or "tekst" in the markdown body. */
  fieldAt: (line: number) => string;
};

/** Frontmatter keys whose values are markdown in the model (an FAQ answer), checked as markdown. */
const MARKDOWN_KEYS = new Set(
  [...contentTypes, ...nestedTypes].flatMap((type) =>
    Object.entries(type.fields as Fields)
      .filter(([, field]) => "def" in field.contentlayer && field.contentlayer.def.type === "markdown")
      .map(([name]) => name),
  ),
);

type YamlResult = { data: Record<string, unknown>; fields: Field[]; markdown: MarkdownPart[]; errors: Array<{ line: number; message: string }> };

/** Parses YAML whose first line is file line `firstLine`, recording every value's lines. */
function parseYaml(source: string, firstLine: number): YamlResult {
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter, uniqueKeys: true });
  const toFile = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const errors = document.errors.map((error) => ({
    line: toFile(error.pos[0]),
    message: (error.message.split("\n")[0] ?? error.message).replace(/ at line \d+, column \d+:?$/, ""),
  }));
  const fields: Field[] = [];
  const markdown: MarkdownPart[] = [];

  const walk = (node: YamlNode | null | undefined, path: string, keyLine: number, key: string) => {
    if (!node) return;
    const [start = 0, , end = start] = node.range ?? [];
    if (isMap(node)) {
      if (path) fields.push({ path, line: keyLine, endLine: toFile(end), value: node.toJSON() });
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const name = String(pair.key.value);
        walk(pair.value as YamlNode | null, path ? `${path}.${name}` : name, toFile(pair.key.range?.[0] ?? 0), name);
      }
    } else if (isSeq(node)) {
      if (path) fields.push({ path, line: keyLine, endLine: toFile(end), value: node.toJSON() });
      node.items.forEach((item, index) => {
        const itemNode = item as YamlNode;
        walk(itemNode, `${path}[${index}]`, toFile(itemNode.range?.[0] ?? start), key);
      });
    } else if (isScalar(node)) {
      fields.push({ path, line: keyLine, endLine: toFile(end), value: node.value });
      if (MARKDOWN_KEYS.has(key) && typeof node.value === "string") {
        // A literal block (`|`) keeps its lines, so positions map one to one; a quoted or plain
        // scalar is folded into one line by YAML, so everything in it is on the key's line.
        const block = node.type === "BLOCK_LITERAL" || node.type === "BLOCK_FOLDED";
        const contentLine = toFile(start) + 1;
        markdown.push({
          field: path,
          source: node.value,
          tree: parseMarkdown(node.value),
          fileLine: block ? (line) => contentLine + line - 1 : () => keyLine,
        });
      }
    }
  };
  walk(document.contents as YamlNode | null, "", firstLine, "");
  const json: unknown = errors.length > 0 ? {} : document.toJS();
  const data = json && typeof json === "object" && !Array.isArray(json) ? (json as Record<string, unknown>) : {};
  return { data, fields, markdown, errors };
}

/**
 * Reads one content file into a document the rules can check. Parse problems and fields that do
 * not match the content model become issues; the rules read `data` defensively, so a document
 * with a bad field is still checked for everything else.
 */
export function parseSourceFile(source: SourceFile): { doc?: ContentDoc; issues: Issue[] } {
  const found = typeOfFile(source.relPath);
  const issue = (line: number, message: string): Issue => ({ rule: "parse", severity: "error", file: source.file, line, field: "(bestand)", message });
  if ("problem" in found) return { issues: [issue(1, found.problem)] };
  const { type } = found;
  const isYamlFile = !type.hasBody;
  const lines = source.text.split(/\r?\n/);
  let yaml: YamlResult;
  let markdown: MarkdownPart[] = [];
  let body = "";
  if (isYamlFile) {
    yaml = parseYaml(source.text, 1);
  } else {
    const tree = parseMarkdown(source.text);
    const frontmatter = tree.children[0]?.type === "yaml" ? tree.children[0] : undefined;
    if (!frontmatter) return { issues: [issue(1, "frontmatter ontbreekt: het bestand moet beginnen met een regel --- , de velden en weer ---")] };
    const firstLine = (frontmatter.position?.start.line ?? 1) + 1;
    yaml = parseYaml(frontmatter.value, firstLine);
    const bodyStart = frontmatter.position?.end.offset ?? 0;
    body = source.text.slice(bodyStart).replace(/^\r?\n/, "");
    const bodyTree: Root = { type: "root", children: tree.children.filter((node: RootContent) => node.type !== "yaml"), position: tree.position };
    markdown = [{ field: "tekst", source: source.text, tree: bodyTree, fileLine: (line) => line }];
  }
  if (yaml.errors.length > 0) {
    return { issues: yaml.errors.map((error) => issue(error.line, `YAML klopt niet: ${error.message}`)) };
  }
  const frontmatterEnd = isYamlFile ? lines.length : Math.max(1, ...yaml.fields.map((field) => field.endLine));
  const fields = yaml.fields;
  const firstFieldLine = fields[0]?.line ?? 1;
  const slug = fileStem(source.relPath);
  const lineOf = (path: string) => fields.find((field) => field.path === path)?.line ?? firstFieldLine;
  const fieldIssues = validateFields(type, yaml.data, source.file, lineOf);
  if (type.slugs && !type.slugs.includes(slug)) {
    fieldIssues.push({
      rule: "field",
      severity: "error",
      file: source.file,
      line: 1,
      field: "(bestandsnaam)",
      message: `bestandsnaam moet een van deze zijn: ${type.slugs.join(", ")}`,
    });
  }
  const doc: ContentDoc = {
    file: source.file,
    relPath: source.relPath,
    type,
    slug,
    data: yaml.data,
    fields,
    markdown: [...markdown, ...yaml.markdown],
    body,
    lines,
    draft: yaml.data.draft === true,
    date: parseContentDate(yaml.data.date),
    lineOf,
    fieldAt: (line) => {
      if (!isYamlFile && line > frontmatterEnd + 1) return "tekst";
      // The innermost field wins: later entries in `fields` are nested deeper or come later.
      const covering = fields.filter((field) => field.line <= line && line <= Math.max(field.endLine, field.line));
      return covering.at(-1)?.path ?? "(frontmatter)";
    },
  };
  return { doc, issues: fieldIssues };
}
