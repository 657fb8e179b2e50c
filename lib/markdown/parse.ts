import type { Root } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ["yaml"]);

/** Markdown (with optional frontmatter) as the site's pipeline reads it, with real positions. */
export function parseMarkdown(text: string): Root {
  return parser.parse(text);
}
