import { JsonLd } from "@/components/json-ld";
import { Container } from "@/components/ui/container";
import { LinkCards } from "@/components/ui/link-list";
import { PageHeader } from "@/components/ui/page-header";
import { getRegions } from "@/lib/content";
import { sections, trail } from "@/lib/navigation";
import { collectionGraph } from "@/lib/schema";
import { pageMetadata } from "@/lib/seo";

const description = "Gevestigd in Amsterdam, op locatie in de hele Randstad: workshops, lezingen en begeleiding bij jou in de buurt.";

export const metadata = pageMetadata({ title: "Regio", description, path: "/regio" });

export default function RegionsPage() {
  const crumbs = trail(sections.regio);
  const regions = getRegions();
  return (
    <>
      <JsonLd graph={collectionGraph({ path: "/regio", title: "AI bij jou in de regio", description, crumbs }, regions)} />
      <PageHeader title="AI bij jou in de regio" intro={description} crumbs={crumbs} />
      <Container className="mt-10">
        <LinkCards items={regions} />
      </Container>
    </>
  );
}
