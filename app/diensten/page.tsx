import { JsonLd } from "@/components/json-ld";
import { IntakeCta } from "@/components/lead/intake-cta";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/site/page-header";
import { ServiceCards } from "@/components/site/service-cards";
import { getServices } from "@/lib/content";
import { crumbsOf, staticPage } from "@/lib/registry";
import { collectionGraph, defaultAreaServed, pageInput, serviceNode } from "@/lib/schema";
import { pageMetadata } from "@/lib/seo";

const page = staticPage("/diensten");

export const metadata = pageMetadata(page);

export default function ServicesPage() {
  const services = getServices();
  const serviceNodes = services.map((service) =>
    serviceNode({ path: service.url, name: service.title, description: service.summary, areaServed: defaultAreaServed, service, mainEntity: false }),
  );
  return (
    <>
      <JsonLd graph={collectionGraph(pageInput(page), services, ...serviceNodes)} />
      <PageHeader title={page.title} intro={page.description} crumbs={crumbsOf(page)} />
      <Container className="mt-10">
        <ServiceCards services={services} headingLevel={2} />
      </Container>
      <IntakeCta />
    </>
  );
}
