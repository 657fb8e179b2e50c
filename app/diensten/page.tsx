import { IntakeCta } from "@/components/lead/intake-cta";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { ServiceCards } from "@/components/site/service-cards";
import { getServices } from "@/lib/content";
import { sections, trail } from "@/lib/navigation";
import { pageMetadata } from "@/lib/seo";

const description = "Workshops, lezingen, pilots en implementatie: praktische AI-ondersteuning voor het MKB, van eerste kennismaking tot werkende oplossing.";

export const metadata = pageMetadata({ title: "Diensten", description, path: "/diensten" });

export default function ServicesPage() {
  return (
    <>
      <PageHeader title="Diensten" intro={description} crumbs={trail(sections.diensten)} />
      <Container className="mt-10">
        <ServiceCards services={getServices()} headingLevel={2} />
      </Container>
      <IntakeCta />
    </>
  );
}
