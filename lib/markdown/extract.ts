/**
 * Facts Contentlayer computes from a markdown body (contentlayer.config.ts computed fields):
 * reading time, sources, the outline, a news item's source line.
 */
import GithubSlugger from "github-slugger";
import { parseMarkdown } from "./parse";
import { SOURCE_LINE } from "./plugins";
import { mdastToText, readingMinutes } from "./text";

export function readingTimeOf(markdown: string): number {
  return readingMinutes(mdastToText(parseMarkdown(markdown)));
}

export type Source = { id: string; name: string; url: string };

/** Citations are GFM footnote definitions of the form `[^1]: [forbes.com](https://forbes.com)`. */
export function sourcesOf(markdown: string): Source[] {
  const sources: Source[] = [];
  for (const match of markdown.matchAll(/^\[\^([^\]]+)\]:\s*\[([^\]]+)\]\(([^)\s]+)\)/gm)) {
    const [, id, name, url] = match;
    if (id && name && url) sources.push({ id, name, url });
  }
  return sources;
}

export type Heading = { depth: 2 | 3; text: string; id: string };

/** H2/H3 outline with the same ids rehype-slug gives the rendered headings. */
export function headingsOf(markdown: string): Heading[] {
  const slugger = new GithubSlugger();
  const headings: Heading[] = [];
  let inFence = false;
  for (const line of markdown.split("\n")) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) continue;
    const match = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (!match?.[1] || !match[2]) continue;
    // Inline markup is not part of the heading's visible text (nor of its slug).
    const text = match[2].replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/[*_`]/g, "");
    const id = slugger.slug(text);
    const depth = match[1].length;
    if (depth === 2 || depth === 3) headings.push({ depth, text, id });
  }
  return headings;
}

/** "Bron: Het Financieele Dagblad" closing a news item. */
export function newsSourceOf(markdown: string): string | undefined {
  const lastLine = markdown.trim().split("\n").at(-1) ?? "";
  return SOURCE_LINE.exec(lastLine.trim())?.[1];
}
