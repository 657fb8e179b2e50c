import Link from "next/link";
import { JsonLd } from "@/components/json-ld";
import { Container } from "@/components/ui/container";
import { SiteSearch } from "@/components/search/site-search";
import { PageHeader } from "@/components/ui/page-header";
import { sections, trail } from "@/lib/navigation";
import { getFaqSearchEntries, getPublishedPages } from "@/lib/pages";
import { pageGraph } from "@/lib/schema";
import { pageMetadata } from "@/lib/seo";

export const revalidate = 3600;

export const metadata = pageMetadata({
  title: "Zoeken",
  description: "Zoek in alle artikelen, nieuws, veelgestelde vragen en diensten.",
  path: "/zoeken",
  noindex: true,
});

export default function SearchPage() {
  const entries = [...getPublishedPages().filter((page) => page.path !== "/"), ...getFaqSearchEntries()];
  const crumbs = trail(sections.zoeken);
  return (
    <>
      <JsonLd graph={pageGraph({ path: "/zoeken", title: "Zoeken", description: "Zoek in alle artikelen, nieuws, veelgestelde vragen en diensten.", crumbs })} />
      <PageHeader title="Zoeken" crumbs={crumbs}>
        <SiteSearch />
      </PageHeader>
      <Container narrow className="mt-8">
        <h2 className="text-xl font-bold tracking-tight">Alle pagina&apos;s</h2>
        <ul id="search-results" className="divide-y divide-line">
          {entries.map((entry) => (
            <li key={`${entry.path}|${entry.title}`} className="py-4">
              <p className="text-xs font-semibold uppercase tracking-wide text-muted">{entry.kind}</p>
              <Link href={entry.path} className="text-lg font-semibold text-brand-800 hover:underline">
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
