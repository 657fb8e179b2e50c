import Link from "next/link";
import { JsonLd } from "@/components/json-ld";
import { SiteSearch } from "@/components/search/site-search";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/site/page-header";
import { crumbsOf, staticPage } from "@/lib/registry";
import { pageGraph, pageInput } from "@/lib/schema";
import { getSearchEntries } from "@/lib/search-index";
import { pageMetadata } from "@/lib/seo";

const page = staticPage("/zoeken");

export const metadata = pageMetadata(page);

export default function SearchPage() {
  return (
    <>
      <JsonLd graph={pageGraph(pageInput(page))} />
      <PageHeader title={page.title} crumbs={crumbsOf(page)}>
        <SiteSearch />
      </PageHeader>
      <Container narrow className="mt-8">
        {/* The same entries as the search index: without JavaScript every page is one click away. */}
        <h2 className="text-xl font-bold tracking-tight">Alle pagina&apos;s</h2>
        <ul id="search-results" className="divide-y divide-line">
          {getSearchEntries().map((entry) => (
            <li key={entry.url} className="py-4">
              <p className="text-xs font-semibold uppercase tracking-wide text-muted">{entry.kind}</p>
              <Link href={entry.url} className="text-lg font-semibold text-brand-800 hover:underline">
                {entry.title}
              </Link>
              <p className="mt-1 text-sm text-muted">{entry.description}</p>
            </li>
          ))}
        </ul>
      </Container>
    </>
  );
}
