/**
 * The text a reader sees, for counting and for machines (JSON-LD, search): without markup,
 * footnote markers or the sources list, with every character reference decoded.
 */
import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toString as hastToString } from "hast-util-to-string";
import type { Nodes as MdastNodes } from "mdast";
import readingTime from "reading-time";
import { SKIP, visit } from "unist-util-visit";

const WORDS_PER_MINUTE = 200;

/** The one word counter: what reading time, the word count in JSON-LD and the length checks use. */
export function countWords(text: string): number {
  return readingTime(text, { wordsPerMinute: WORDS_PER_MINUTE }).words;
}

/** Whole minutes, at least one. */
export function readingMinutes(text: string): number {
  return Math.max(1, Math.round(readingTime(text, { wordsPerMinute: WORDS_PER_MINUTE }).minutes));
}

/** Footnote markers (<sup> around a data-footnote-ref link) and the footnotes section are not prose. */
function isFootnoteApparatus(node: HastContent): boolean {
  if (node.type !== "element") return false;
  if (node.tagName === "section" && node.properties.dataFootnotes !== undefined) return true;
  return node.tagName === "sup" && node.children.some((child) => child.type === "element" && child.properties.dataFootnoteRef !== undefined);
}

function withoutFootnotes<T extends HastRoot | Element>(node: T): T {
  const children = node.children.filter((child) => !isFootnoteApparatus(child)).map((child) => (child.type === "element" ? withoutFootnotes(child) : child));
  return { ...node, children: children as ElementContent[] };
}

/** Rendered HTML → plain text on one line: "plug-&amp;-play" becomes "plug-&-play". */
export function htmlToText(html: string): string {
  const tree = withoutFootnotes(fromHtml(html, { fragment: true }));
  // Block elements end a sentence visually; without a space "Kop" and "Tekst" would run together.
  const text = tree.children.map((child) => hastToString(child)).join(" ");
  return text.replace(/\s+/g, " ").trim();
}

/** An mdast tree's visible text, without footnote definitions (the sources list) or frontmatter. */
export function mdastToText(tree: MdastNodes): string {
  const parts: string[] = [];
  visit(tree, (node) => {
    if (node.type === "footnoteDefinition" || node.type === "yaml") return SKIP;
    if (node.type === "text" || node.type === "inlineCode") parts.push(node.value);
    return undefined;
  });
  return parts.join(" ");
}
