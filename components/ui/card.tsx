import Link from "next/link";
import type { ReactNode } from "react";

/** A card whose title is the link; the whole card is clickable through the title's ::after. */
export function Card({
  href,
  title,
  children,
  meta,
  headingLevel = 3,
}: {
  href: string;
  title: string;
  children?: ReactNode;
  meta?: ReactNode;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="relative flex h-full flex-col rounded-(--radius-card) border border-line bg-white p-5 shadow-sm transition-shadow hover:shadow-md">
      {meta ? <div className="mb-2 flex flex-wrap items-center gap-2 text-xs text-muted">{meta}</div> : null}
      <Heading className="text-lg font-semibold leading-snug text-ink">
        <Link href={href} className="after:absolute after:inset-0 hover:text-brand-700">
          {title}
        </Link>
      </Heading>
      {children ? <div className="mt-2 text-sm leading-relaxed text-muted">{children}</div> : null}
    </article>
  );
}
