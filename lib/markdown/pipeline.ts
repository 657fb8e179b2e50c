import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeSlug from "rehype-slug";
import rehypeStringify from "rehype-stringify";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import type { Processor } from "unified";
import { rehypeAccessibleTables, rehypeExternalLinks, remarkHtmlAsText, remarkRepairMojibake, remarkStripSourceLine } from "./plugins";

/** The back link of the n-th reuse of a source shows "↩n"; its accessible name must contain n too. */
function footnoteBackLabel(_referenceIndex: number, rereferenceIndex: number): string {
  return rereferenceIndex > 1 ? `Terug naar de tekst ${rereferenceIndex}` : "Terug naar de tekst";
}

/**
 * The one markdown pipeline for all content. News may come from an automated pipeline, so every
 * body is treated as untrusted: raw HTML is shown as literal text, and the result is sanitised
 * (no event handlers, no javascript: URLs) before our own trusted plugins add ids and attributes.
 */
export function configureMarkdown(builder: Processor): void {
  builder
    .use(remarkFrontmatter)
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkStripSourceLine)
    .use(remarkHtmlAsText)
    .use(remarkRepairMojibake)
    .use(remarkRehype, { footnoteLabel: "Bronnen", footnoteBackLabel, footnoteLabelProperties: {} })
    // remark-rehype already prefixes footnote ids ("user-content-"); a second prefix would break their links.
    .use(rehypeSanitize, { ...defaultSchema, clobberPrefix: "" })
    .use(rehypeSlug)
    .use(rehypeAccessibleTables)
    .use(rehypeExternalLinks)
    .use(rehypeStringify);
}
