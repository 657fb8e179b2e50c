import { JsonLd } from "@/components/json-ld";
import { IntakeCta } from "@/components/lead/intake-cta";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { ServiceCards } from "@/components/site/service-cards";
import { getServices } from "@/lib/content";
import { sections, trail } from "@/lib/navigation";
import { collectionGraph, defaultAreaServed, serviceNode } from "@/lib/schema";
import { pageMetadata } from "@/lib/seo";

const description = "Workshops, lezingen, pilots en implementatie: praktische AI-ondersteuning voor het MKB, van eerste kennismaking tot werkende oplossing.";

export const metadata = pageMetadata({ title: "Diensten", description, path: "/diensten" });

export default function ServicesPage() {
  const crumbs = trail(sections.diensten);
  const services = getServices();
  const serviceNodes = services.map((service) =>
    serviceNode({ path: service.url, name: service.title, description: service.summary, areaServed: defaultAreaServed, service, mainEntity: false }),
  );
  return (
    <>
      <JsonLd graph={collectionGraph({ path: "/diensten", title: "Diensten", description, crumbs }, services, ...serviceNodes)} />
      <PageHeader title="Diensten" intro={description} crumbs={crumbs} />
      <Container className="mt-10">
        <ServiceCards services={services} headingLevel={2} />
      </Container>
      <IntakeCta />
    </>
  );
}
