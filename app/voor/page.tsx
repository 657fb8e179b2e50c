import { Container } from "@/components/ui/container";
import { LinkCards } from "@/components/ui/link-list";
import { PageHeader } from "@/components/ui/page-header";
import { getPersonas } from "@/lib/content";
import { sections, trail } from "@/lib/navigation";
import { pageMetadata } from "@/lib/seo";

const description = "Ondernemer, beslisser, manager of lokaal actief: lees de antwoorden op de vragen die jij over AI hebt.";

export const metadata = pageMetadata({ title: "Voor wie", description, path: "/voor" });

export default function PersonasPage() {
  return (
    <>
      <PageHeader title="Voor wie we werken" intro={description} crumbs={trail(sections.voor)} />
      <Container className="mt-10">
        <LinkCards items={getPersonas()} />
      </Container>
    </>
  );
}
