import { JsonLd } from "@/components/json-ld";
import { IntakeForm } from "@/components/lead/intake-form";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/site/page-header";
import { formRenderedAt } from "@/lib/leads/fields";
import { crumbsOf, staticPage } from "@/lib/registry";
import { pageGraph, pageInput } from "@/lib/schema";
import { pageMetadata } from "@/lib/seo";
import { INTERESTS, type Interest } from "@/lib/taxonomy";

const page = staticPage("/contact");

export const metadata = pageMetadata(page);

type Props = { searchParams: Promise<{ interesse?: string | string[] }> };

/** ?interesse=pilot from persona and service pages preselects the interest, also without JavaScript. */
function preselectedInterest(value: string | string[] | undefined): Interest | undefined {
  return INTERESTS.find((interest) => interest === value);
}

export default async function ContactPage({ searchParams }: Props) {
  const interest = preselectedInterest((await searchParams).interesse);
  return (
    <>
      <JsonLd graph={pageGraph(pageInput(page, { type: "ContactPage" }))} />
      <PageHeader title={page.title} intro={page.description} crumbs={crumbsOf(page)} />
      <Container className="mt-10 grid gap-10 lg:grid-cols-[2fr_1fr]">
        {/* Rendered per request: the minimum fill time counts from this moment. */}
        <IntakeForm interest={interest} startedAt={formRenderedAt()} />
        <aside className="space-y-4 text-sm leading-relaxed text-muted">
          <h2 className="text-lg font-semibold text-ink">Zo gaat het verder</h2>
          <ol className="list-decimal space-y-2 pl-5">
            <li>Neem je contact op, dan plannen we binnen 1–2 werkdagen een intake.</li>
            <li>In een gesprek van ongeveer een uur bespreken we jouw vragen, doelen en misschien al wat ideeën.</li>
            <li>Daarna krijg je van ons een voorstel of adviesrichting. Pas als we echt aan de slag gaan, gaat de meter lopen.</li>
          </ol>
          <p>We komen graag in-company bij je op locatie; online of hybride kan ook.</p>
        </aside>
      </Container>
    </>
  );
}
