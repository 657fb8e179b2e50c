import { JsonLd } from "@/components/json-ld";
import { FaqList } from "@/components/faq/faq-list";
import { IntakeCta } from "@/components/lead/intake-cta";
import { Container } from "@/components/ui/container";
import { ListFilter } from "@/components/ui/list-filter";
import { PageHeader } from "@/components/site/page-header";
import { getFaqItems, getFaqThemes } from "@/lib/content";
import { crumbsOf, staticPage } from "@/lib/registry";
import { faqPage, pageGraph, pageInput } from "@/lib/schema";
import { pageMetadata } from "@/lib/seo";

const page = staticPage("/faq");

export const metadata = pageMetadata(page);

export default function FaqPage() {
  const themes = getFaqThemes();
  return (
    <>
      <JsonLd graph={pageGraph(pageInput(page), faqPage(page.path, getFaqItems()))} />
      <PageHeader title={page.title} intro={page.description} crumbs={crumbsOf(page)}>
        <ListFilter targetId="faq-themes" label="Zoek in de vragen" placeholder="Bijvoorbeeld: kosten, privacy, in-company" />
        <nav aria-label="Thema's" className="mt-2">
          <ul className="flex flex-wrap gap-2 text-sm">
            {themes.map((theme) => (
              <li key={theme.slug}>
                <a
                  href={`#${theme.slug}`}
                  className="inline-flex min-h-9 items-center rounded-full border border-brand-200 bg-white px-3 font-medium text-brand-800 hover:bg-brand-50"
                >
                  {theme.title}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </PageHeader>
      <Container narrow className="mt-10 space-y-12">
        <div id="faq-themes" className="space-y-12">
          {themes.map((theme) => (
            <section key={theme.slug} id={theme.slug} aria-labelledby={`${theme.slug}-title`} data-filter-group className="scroll-mt-24">
              <h2 id={`${theme.slug}-title`} className="text-2xl font-bold tracking-tight">
                {theme.title}
              </h2>
              <p className="mb-5 mt-2 text-muted">{theme.summary}</p>
              <FaqList items={theme.items} />
            </section>
          ))}
        </div>
      </Container>
      <IntakeCta title="Staat je vraag er niet bij?" />
    </>
  );
}
