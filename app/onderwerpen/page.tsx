import { Container } from "@/components/ui/container";
import { LinkCards } from "@/components/ui/link-list";
import { PageHeader } from "@/components/ui/page-header";
import { getTopics } from "@/lib/content";
import { sections, trail } from "@/lib/navigation";
import { pageMetadata } from "@/lib/seo";

const description = "Alle artikelen en antwoorden per onderwerp: kosten van AI-workshops, AI per branche, automatisering, AI-tools vergelijken en cases.";

export const metadata = pageMetadata({ title: "Onderwerpen", description, path: "/onderwerpen" });

export default function TopicsPage() {
  return (
    <>
      <PageHeader title="Onderwerpen" intro={description} crumbs={trail(sections.onderwerpen)} />
      <Container className="mt-10">
        <LinkCards items={getTopics()} />
      </Container>
    </>
  );
}
