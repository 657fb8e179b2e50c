import type { Metadata } from "next";
import { draftMode } from "next/headers";
import { notFound } from "next/navigation";
import { JsonLd } from "@/components/json-ld";
import { IntakeCta } from "@/components/lead/intake-cta";
import { NewsBadges } from "@/components/news/news-card";
import { PreviewStatus } from "@/components/preview/preview-status";
import { Container } from "@/components/ui/container";
import { Cover } from "@/components/media/cover";
import { PageHeader } from "@/components/site/page-header";
import { Prose } from "@/components/ui/prose";
import { getNews, getNewsItem, newsAudience } from "@/lib/content";
import { formatDate } from "@/lib/format";
import { ogImagePath } from "@/lib/og";
import { crumbsOf, pageOf } from "@/lib/registry";
import { newsGraph } from "@/lib/schema";
import { pageMetadata } from "@/lib/seo";

type Props = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  return getNews().map((item) => ({ slug: item.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // Draft mode (marketer preview) shows drafts and scheduled items, never indexed.
  const { isEnabled: preview } = await draftMode();
  const item = getNewsItem((await params).slug, { preview });
  if (!item) return {};
  return pageMetadata(pageOf.news(item), { noindex: preview, tags: item.tags });
}

export default async function NewsItemPage({ params }: Props) {
  const { isEnabled: preview } = await draftMode();
  const item = getNewsItem((await params).slug, { preview }) ?? notFound();
  return (
    <>
      <JsonLd graph={newsGraph(item, ogImagePath(item.url))} />
      {preview ? <PreviewStatus item={item} /> : null}
      <article>
        <PageHeader title={item.title} intro={item.summary} crumbs={crumbsOf(pageOf.news(item))}>
          <div className="mt-5 flex flex-wrap items-center gap-3 text-sm text-muted">
            <NewsBadges item={item} />
            <time dateTime={item.date}>{formatDate(item.date)}</time>
            <span>{item.readingTime} min lezen</span>
          </div>
        </PageHeader>
        <Container narrow className="mt-10 space-y-8">
          {item.cover ? <Cover cover={item.cover} title={item.title} label={newsAudience(item)} /> : null}
          <Prose html={item.body.html} />
          {item.source ? (
            <p className="border-t border-line pt-4 text-sm text-muted">
              <span className="font-semibold text-ink">Bron:</span> {item.source}
            </p>
          ) : null}
          {item.tags.length > 0 ? (
            <ul aria-label="Tags" className="flex flex-wrap gap-2 text-xs text-muted">
              {item.tags.map((tag) => (
                <li key={tag} className="rounded-full bg-stone-200 px-2.5 py-0.5">
                  #{tag}
                </li>
              ))}
            </ul>
          ) : null}
        </Container>
      </article>
      <IntakeCta />
    </>
  );
}
