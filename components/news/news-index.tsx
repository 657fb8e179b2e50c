import Link from "next/link";
import { JsonLd } from "@/components/json-ld";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import type { NewsPage } from "@/lib/content";
import { sections, trail } from "@/lib/navigation";
import { collectionGraph } from "@/lib/schema";
import { NewsList } from "./news-card";

export const newsDescription = "Kort AI-nieuws voor ondernemers: wat er gebeurt en wat je er morgen mee kunt in je eigen bedrijf.";

export function newsPagePath(page: number): string {
  return page === 1 ? "/nieuws" : `/nieuws/pagina/${page}`;
}

export function NewsIndex({ newsPage }: { newsPage: NewsPage }) {
  const { items, page, pageCount } = newsPage;
  const crumbs = page === 1 ? trail(sections.nieuws) : trail(sections.nieuws, { name: `Pagina ${page}`, path: newsPagePath(page) });
  const title = page === 1 ? "AI-nieuws" : `AI-nieuws – pagina ${page}`;
  return (
    <>
      <JsonLd graph={collectionGraph({ path: newsPagePath(page), title, description: newsDescription, crumbs }, items)} />
      <PageHeader title={title} intro={newsDescription} crumbs={crumbs} />
      <Container className="mt-10">
        {items.length > 0 ? <NewsList items={items} headingLevel={2} /> : <p>Er is nog geen nieuws gepubliceerd.</p>}
        {pageCount > 1 ? (
          <nav aria-label="Paginering" className="mt-10 flex items-center justify-between text-sm font-semibold">
            {page > 1 ? <Link href={newsPagePath(page - 1)} rel="prev">← Nieuwer</Link> : <span />}
            <span className="text-muted">
              Pagina {page} van {pageCount}
            </span>
            {page < pageCount ? <Link href={newsPagePath(page + 1)} rel="next">Ouder →</Link> : <span />}
          </nav>
        ) : null}
      </Container>
    </>
  );
}
