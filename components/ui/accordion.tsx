import type { ReactNode } from "react";

export type AccordionItem = { id: string; title: string; content: ReactNode };

/**
 * Native <details>/<summary>: keyboard (Enter/Space), screen readers (expanded state) and
 * find-in-page work without JavaScript. Items carry data-filter-item for the list filter island.
 */
export function Accordion({ items }: { items: AccordionItem[] }) {
  return (
    <div className="divide-y divide-line rounded-(--radius-card) border border-line bg-white">
      {items.map((item) => (
        <details key={item.id} id={item.id} data-filter-item className="group scroll-mt-24 p-5">
          <summary className="flex cursor-pointer list-none items-start justify-between gap-4 rounded font-semibold text-ink [&::-webkit-details-marker]:hidden">
            <span>{item.title}</span>
            <span aria-hidden="true" className="mt-0.5 text-brand-700 transition-transform group-open:rotate-45">
              +
            </span>
          </summary>
          <div className="mt-3">{item.content}</div>
        </details>
      ))}
    </div>
  );
}
