import Link from "next/link";
import { JsonLd } from "@/components/json-ld";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/site/page-header";
import type { NewsPage } from "@/lib/content";
import { crumbsOf, newsArchivePage, newsArchivePath } from "@/lib/registry";
import { collectionGraph, pageInput } from "@/lib/schema";
import { NewsList } from "./news-card";

export function NewsIndex({ newsPage }: { newsPage: NewsPage }) {
  const { items, page: number, pageCount } = newsPage;
  const page = newsArchivePage(number);
  return (
    <>
      <JsonLd graph={collectionGraph(pageInput(page), items)} />
      <PageHeader title={page.title} intro={page.description} crumbs={crumbsOf(page)} />
      <Container className="mt-10">
        {items.length > 0 ? <NewsList items={items} headingLevel={2} /> : <p>Er is nog geen nieuws gepubliceerd.</p>}
        {pageCount > 1 ? (
          <nav aria-label="Paginering" className="mt-10 flex items-center justify-between text-sm font-semibold">
            {number > 1 ? (
              <Link href={newsArchivePath(number - 1)} rel="prev">
                ← Nieuwer
              </Link>
            ) : (
              <span />
            )}
            <span className="text-muted">
              Pagina {number} van {pageCount}
            </span>
            {number < pageCount ? (
              <Link href={newsArchivePath(number + 1)} rel="next">
                Ouder →
              </Link>
            ) : (
              <span />
            )}
          </nav>
        ) : null}
      </Container>
    </>
  );
}
