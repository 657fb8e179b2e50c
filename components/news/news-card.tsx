import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { newsAudience, type News } from "@/lib/content";
import { formatDate } from "@/lib/format";

export function NewsBadges({ item }: { item: News }) {
  const audience = newsAudience(item);
  return (
    <>
      {audience ? <Badge>{audience}</Badge> : null}
      {item.sectie ? <Badge tone="neutral">{item.sectie}</Badge> : null}
    </>
  );
}

export function NewsCard({ item, headingLevel }: { item: News; headingLevel?: 2 | 3 }) {
  return (
    <Card
      href={item.url}
      title={item.title}
      headingLevel={headingLevel}
      meta={
        <>
          <NewsBadges item={item} />
          <time dateTime={item.date}>{formatDate(item.date)}</time>
        </>
      }
    >
      {item.summary}
    </Card>
  );
}

export function NewsList({ items, headingLevel }: { items: News[]; headingLevel?: 2 | 3 }) {
  return (
    <ul className="grid gap-5 sm:grid-cols-2">
      {items.map((item) => (
        <li key={item.slug}>
          <NewsCard item={item} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
