import { Card } from "./card";

/** A grid of cards linking to pages of one kind (topics, personas, regions, services). */
export function LinkCards({ items, headingLevel = 2 }: { items: Array<{ url: string; title: string; summary: string }>; headingLevel?: 2 | 3 }) {
  return (
    <ul className="grid gap-5 sm:grid-cols-2 lg:grid-cols-3">
      {items.map((item) => (
        <li key={item.url}>
          <Card href={item.url} title={item.title} headingLevel={headingLevel}>
            {item.summary}
          </Card>
        </li>
      ))}
    </ul>
  );
}
