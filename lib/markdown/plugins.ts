import type { Element, ElementContent, Root as HastRoot } from "hast";
import { toString as hastToString } from "hast-util-to-string";
import type { Html, Paragraph, Root as MdastRoot, Text } from "mdast";
import { visit } from "unist-util-visit";
import { findMojibake } from "./mojibake";

/** The closing "Bron: X" line of a news item; rendered as the item's source, not as body text. */
export const SOURCE_LINE = /^Bron:\s*(.+?)\s*$/;

function paragraphText(node: Paragraph): string {
  return node.children.map((child) => ("value" in child ? child.value : "")).join("");
}

/** Drops a trailing "Bron: …" paragraph; the page shows it separately (see `sourceOf`). */
export function remarkStripSourceLine() {
  return (tree: MdastRoot) => {
    const last = tree.children.at(-1);
    if (last?.type === "paragraph" && SOURCE_LINE.test(paragraphText(last))) tree.children.pop();
  };
}

/** Raw HTML in markdown is shown as the literal text it is, never parsed: news bodies are untrusted. */
export function remarkHtmlAsText() {
  return (tree: MdastRoot) => {
    visit(tree, "html", (node: Html, index, parent) => {
      if (!parent || index === undefined) return;
      parent.children.splice(index, 1, { type: "text", value: node.value } as Text);
    });
  };
}

/**
 * Repairs encoding damage that can be decoded back ("ge√Øntegreerde" -> "geïntegreerde") in the
 * rendered text. A news item from the pipeline must publish unedited, yet a visitor should never
 * read broken letters; content:check still warns, so the source file gets fixed too.
 */
export function remarkRepairMojibake() {
  return (tree: MdastRoot) => {
    visit(tree, "text", (node: Text) => {
      for (const hit of findMojibake(node.value)) {
        if (hit.repaired) node.value = node.value.replace(hit.word, hit.repaired);
      }
    });
  };
}

const isElement = (node: ElementContent | undefined, tag: string): node is Element => node?.type === "element" && node.tagName === tag;

/**
 * Makes GFM tables accessible: header cells get scope="col", the first cell of each body row
 * becomes a row header, and a paragraph "Tabel: …" right before the table becomes its <caption>.
 */
export function rehypeAccessibleTables() {
  return (tree: HastRoot) => {
    visit(tree, "element", (table: Element, index, parent) => {
      if (table.tagName !== "table" || !parent || index === undefined) return;
      const siblings = parent.children as ElementContent[];
      let previousIndex = index - 1;
      while (previousIndex >= 0 && siblings[previousIndex]?.type === "text") previousIndex--;
      const previous = siblings[previousIndex];
      if (isElement(previous, "p")) {
        const text = hastToString(previous).trim();
        const caption = /^Tabel:\s*(.+)$/.exec(text);
        if (caption?.[1]) {
          table.children.unshift({ type: "element", tagName: "caption", properties: {}, children: [{ type: "text", value: caption[1] }] });
          siblings.splice(previousIndex, index - previousIndex);
        }
      }
      for (const section of table.children) {
        if (!isElement(section, "thead") && !isElement(section, "tbody")) continue;
        for (const row of section.children) {
          if (!isElement(row, "tr")) continue;
          let first = true;
          for (const cell of row.children) {
            if (cell.type !== "element") continue;
            if (section.tagName === "thead") cell.properties = { ...cell.properties, scope: "col" };
            else if (first) {
              cell.tagName = "th";
              cell.properties = { ...cell.properties, scope: "row" };
            }
            first = false;
          }
        }
      }
      // Wide tables scroll inside their own box on a 360 px screen instead of the whole page.
      siblings[siblings.indexOf(table)] = {
        type: "element",
        tagName: "div",
        properties: { className: ["table-scroll"], role: "region", ariaLabel: captionOf(table) ?? "Tabel", tabIndex: 0 },
        children: [table],
      };
      return "skip";
    });
  };
}

function captionOf(table: Element): string | undefined {
  const caption = table.children.find((child) => isElement(child, "caption"));
  return caption ? hastToString(caption) : undefined;
}

/** External links open in the same tab but never leak the referrer or window handle. */
export function rehypeExternalLinks() {
  return (tree: HastRoot) => {
    visit(tree, "element", (node: Element) => {
      const href = node.tagName === "a" ? node.properties.href : undefined;
      if (typeof href === "string" && /^https?:\/\//.test(href)) {
        node.properties.rel = ["noopener", "noreferrer"];
      }
    });
  };
}
