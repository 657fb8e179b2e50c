import Link from "next/link";
import { FaqList } from "@/components/faq/faq-list";
import { Badge } from "@/components/ui/badge";
import { Callout } from "@/components/ui/callout";
import { Container } from "@/components/ui/container";
import { Cover } from "@/components/media/cover";
import { PageHeader } from "@/components/site/page-header";
import { Prose } from "@/components/ui/prose";
import type { Post, Topic } from "@/lib/content";
import { formatDate } from "@/lib/format";
import type { Crumb } from "@/lib/registry";
import { PostGrid } from "./post-card";

/** Long posts get a table of contents; short ones read fine without. */
const TOC_MIN_HEADINGS = 4;

export function Article({ post, topics, related, crumbs }: { post: Post; topics: Topic[]; related: Post[]; crumbs: Crumb[] }) {
  const updated = post.updated && post.updated !== post.date ? post.updated : undefined;
  return (
    <article>
      <PageHeader title={post.title} intro={post.summary} crumbs={crumbs}>
        <div className="mt-5 flex flex-wrap items-center gap-x-3 gap-y-2 text-sm text-muted">
          {post.fictional ? <Badge tone="accent">Voorbeeldcase</Badge> : null}
          <span>
            Gepubliceerd <time dateTime={post.date}>{formatDate(post.date)}</time>
          </span>
          {updated ? (
            <span>
              Bijgewerkt <time dateTime={updated}>{formatDate(updated)}</time>
            </span>
          ) : null}
          <span>{post.readingTime} min lezen</span>
        </div>
        {topics.length > 0 ? (
          <ul className="mt-4 flex flex-wrap gap-2" aria-label="Onderwerpen">
            {topics.map((topic) => (
              <li key={topic.slug}>
                <Link href={topic.url} className="rounded-full border border-brand-200 bg-white px-3 py-1 text-xs font-medium text-brand-800 hover:bg-brand-50">
                  {topic.title}
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
      </PageHeader>

      <Container narrow className="mt-10">
        {post.cover ? <Cover cover={post.cover} title={post.title} /> : null}
        {post.fictional ? (
          <Callout tone="warning" className="mb-8">
            <strong>Let op: dit is een voorbeeldcase.</strong> Het bedrijf en de cijfers zijn fictief en dienen ter illustratie; het is geen echte klantcase of
            review.
          </Callout>
        ) : null}
        {post.headings.length >= TOC_MIN_HEADINGS ? (
          <nav aria-labelledby="toc-title" className="mb-10 rounded-(--radius-card) border border-line bg-white p-5">
            <h2 id="toc-title" className="text-sm font-semibold uppercase tracking-wide text-muted">
              In dit artikel
            </h2>
            <ol className="mt-3 space-y-1.5 text-sm">
              {post.headings.map((heading) => (
                <li key={heading.id} className={heading.depth === 3 ? "pl-4" : ""}>
                  <a href={`#${heading.id}`} className="text-brand-800 hover:underline">
                    {heading.text}
                  </a>
                </li>
              ))}
            </ol>
          </nav>
        ) : null}
        <Prose html={post.body.html} />

        {post.faq.length > 0 ? (
          <section aria-labelledby="faq-title" className="mt-14">
            <h2 id="faq-title" className="mb-5 text-2xl font-bold tracking-tight">
              Veelgestelde vragen
            </h2>
            <FaqList items={post.faq} />
          </section>
        ) : null}
      </Container>

      {related.length > 0 ? (
        <section aria-labelledby="related-title" className="mt-16">
          <Container>
            <h2 id="related-title" className="mb-6 text-2xl font-bold tracking-tight">
              Lees ook
            </h2>
            <PostGrid posts={related} />
          </Container>
        </section>
      ) : null}
    </article>
  );
}
