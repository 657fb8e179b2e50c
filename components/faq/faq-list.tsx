import { faqAnchor, type FaqItem } from "@/lib/content";

/** Questions as native disclosure widgets: keyboard and screen-reader friendly without JavaScript. */
export function FaqList({ items }: { items: FaqItem[] }) {
  return (
    <div className="divide-y divide-line rounded-(--radius-card) border border-line bg-white">
      {items.map((item) => (
        <details key={item.question} id={faqAnchor(item.question)} data-filter-item className="group scroll-mt-24 p-5 [&_summary]:list-none">
          <summary className="flex cursor-pointer items-start justify-between gap-4 font-semibold text-ink [&::-webkit-details-marker]:hidden">
            <span>{item.question}</span>
            <span aria-hidden="true" className="mt-0.5 text-brand-700 transition-transform group-open:rotate-45">
              +
            </span>
          </summary>
          <div
            className="prose prose-stone mt-3 max-w-none text-[0.95rem] prose-a:text-brand-700"
            dangerouslySetInnerHTML={{ __html: item.answer.html }}
          />
        </details>
      ))}
    </div>
  );
}
