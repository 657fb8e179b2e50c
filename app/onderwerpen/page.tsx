import { JsonLd } from "@/components/json-ld";
import { Container } from "@/components/ui/container";
import { LinkCards } from "@/components/ui/link-list";
import { PageHeader } from "@/components/ui/page-header";
import { getTopics } from "@/lib/content";
import { sections, trail } from "@/lib/navigation";
import { collectionGraph } from "@/lib/schema";
import { pageMetadata } from "@/lib/seo";

const description = "Alle artikelen en antwoorden per onderwerp: kosten van AI-workshops, AI per branche, automatisering, AI-tools vergelijken en cases.";

export const metadata = pageMetadata({ title: "Onderwerpen", description, path: "/onderwerpen" });

export default function TopicsPage() {
  const crumbs = trail(sections.onderwerpen);
  const topics = getTopics();
  return (
    <>
      <JsonLd graph={collectionGraph({ path: "/onderwerpen", title: "Onderwerpen", description, crumbs }, topics)} />
      <PageHeader title="Onderwerpen" intro={description} crumbs={crumbs} />
      <Container className="mt-10">
        <LinkCards items={topics} />
      </Container>
    </>
  );
}
