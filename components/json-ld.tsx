import type { Graph } from "@/lib/schema";

/**
 * The only place JSON-LD is serialised. `<` is escaped as \u003c so no content (a title with
 * "</script>") can close the script element; JSON.parse turns it back into the same text.
 */
export function serializeJsonLd(graph: Graph): string {
  return JSON.stringify(graph).replace(/</g, "\\u003c");
}

export function JsonLd({ graph }: { graph: Graph }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(graph) }} />;
}
