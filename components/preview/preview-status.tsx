import { Container } from "@/components/ui/container";
import { formatDate } from "@/lib/format";

/**
 * On a detail page in preview: says why the item is not live yet. Renders nothing for a
 * published item, so it can sit on every detail page.
 */
export function PreviewStatus({ item, now = new Date() }: { item: { date: string; draft?: boolean }; now?: Date }) {
  const scheduled = new Date(item.date).getTime() > now.getTime();
  if (item.draft !== true && !scheduled) return null;
  return (
    <Container narrow className="mt-6">
      <p className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950">
        <strong>{item.draft === true ? "Concept" : `Gepland op ${formatDate(item.date)}`}:</strong>{" "}
        {item.draft === true ? "nog niet gepubliceerd; zet draft: false om te publiceren." : "verschijnt automatisch op die datum."} Alleen zichtbaar in het voorbeeld.
      </p>
    </Container>
  );
}
