import { Accordion } from "@/components/ui/accordion";
import { faqAnchor, type FaqItem } from "@/lib/content";

/** FAQ items as an accordion; each question's anchor is its slug, so /faq#<anchor> links work. */
export function FaqList({ items }: { items: FaqItem[] }) {
  return (
    <Accordion
      items={items.map((item) => ({
        id: faqAnchor(item.question),
        title: item.question,
        content: <div className="prose prose-stone max-w-none text-[0.95rem] prose-a:text-brand-700" dangerouslySetInnerHTML={{ __html: item.answer.html }} />,
      }))}
    />
  );
}
