import { Container } from "@/components/ui/container";
import { formatDate } from "@/lib/format";
import { publicationStatus, type Publishable } from "@/lib/publishing";

/**
 * On a detail page in preview: says why the item is not live yet. Renders nothing for a
 * published item, so it can sit on every detail page.
 */
export function PreviewStatus({ item }: { item: Publishable }) {
  const status = publicationStatus(item);
  if (status.kind === "published") return null;
  return (
    <Container narrow className="mt-6">
      <p className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950">
        <strong>{status.kind === "draft" ? "Concept" : `Gepland op ${formatDate(status.date)}`}:</strong>{" "}
        {status.kind === "draft" ? "nog niet gepubliceerd; zet draft: false om te publiceren." : "verschijnt automatisch op die datum."} Alleen zichtbaar in het
        voorbeeld.
      </p>
    </Container>
  );
}
