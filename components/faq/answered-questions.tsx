import Link from "next/link";
import type { AnsweredQuestion } from "@/lib/content";

/**
 * Questions answered elsewhere on the site, shown here for the reader. They are not marked up as
 * FAQPage on this page: each question is marked up once, on the page that owns it.
 */
export function AnsweredQuestions({ questions, withAnswers = true }: { questions: AnsweredQuestion[]; withAnswers?: boolean }) {
  return (
    <ul className="space-y-6">
      {questions.map(({ item, url, pageTitle }) => (
        <li key={url} className="rounded-(--radius-card) border border-line bg-white p-5">
          <h3 className="font-semibold text-ink">{item.question}</h3>
          {withAnswers ? (
            <div className="prose prose-stone mt-2 max-w-none text-[0.95rem] prose-a:text-brand-700" dangerouslySetInnerHTML={{ __html: item.answer.html }} />
          ) : null}
          <p className="mt-2 text-sm">
            <Link href={url} className="font-semibold text-brand-700 hover:underline">
              {withAnswers ? `Meer in: ${pageTitle}` : `Lees het antwoord in: ${pageTitle}`} →
            </Link>
          </p>
        </li>
      ))}
    </ul>
  );
}
