import { Container } from "@/components/ui/container";
import { LinkCards } from "@/components/ui/link-list";
import { PageHeader } from "@/components/ui/page-header";
import { getRegions } from "@/lib/content";
import { sections, trail } from "@/lib/navigation";
import { pageMetadata } from "@/lib/seo";

const description = "Gevestigd in Amsterdam, op locatie in de hele Randstad: workshops, lezingen en begeleiding bij jou in de buurt.";

export const metadata = pageMetadata({ title: "Regio", description, path: "/regio" });

export default function RegionsPage() {
  return (
    <>
      <PageHeader title="AI bij jou in de regio" intro={description} crumbs={trail(sections.regio)} />
      <Container className="mt-10">
        <LinkCards items={getRegions()} />
      </Container>
    </>
  );
}
