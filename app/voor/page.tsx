import { JsonLd } from "@/components/json-ld";
import { Container } from "@/components/ui/container";
import { LinkCards } from "@/components/ui/link-list";
import { PageHeader } from "@/components/ui/page-header";
import { getPersonas } from "@/lib/content";
import { sections, trail } from "@/lib/navigation";
import { collectionGraph } from "@/lib/schema";
import { pageMetadata } from "@/lib/seo";

const description = "Ondernemer, beslisser, manager of lokaal actief: lees de antwoorden op de vragen die jij over AI hebt.";

export const metadata = pageMetadata({ title: "Voor wie", description, path: "/voor" });

export default function PersonasPage() {
  const crumbs = trail(sections.voor);
  const personas = getPersonas();
  return (
    <>
      <JsonLd graph={collectionGraph({ path: "/voor", title: "Voor wie we werken", description, crumbs }, personas)} />
      <PageHeader title="Voor wie we werken" intro={description} crumbs={crumbs} />
      <Container className="mt-10">
        <LinkCards items={personas} />
      </Container>
    </>
  );
}
