import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { JsonLd } from "@/components/json-ld";
import { IntakeCta } from "@/components/lead/intake-cta";
import { servicePrice } from "@/components/site/service-cards";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { Prose } from "@/components/ui/prose";
import { getService, getServices } from "@/lib/content";
import { sections, trail } from "@/lib/navigation";
import { defaultAreaServed, pageGraph, serviceNode } from "@/lib/schema";
import { pageMetadata } from "@/lib/seo";
import type { Interest } from "@/lib/taxonomy";

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getServices().map((service) => ({ slug: service.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const service = getService((await params).slug);
  return service ? pageMetadata({ title: service.title, description: service.summary, path: service.url }) : {};
}

export default async function ServicePage({ params }: Props) {
  const service = getService((await params).slug) ?? notFound();
  const price = servicePrice(service);
  const facts = [
    service.duration ? { term: "Duur", value: service.duration } : undefined,
    price ? { term: "Prijs", value: price } : undefined,
    service.priceNote ? { term: "Toelichting", value: service.priceNote } : undefined,
  ].filter((fact): fact is { term: string; value: string } => fact !== undefined);
  const crumbs = trail(sections.diensten, { name: service.title, path: service.url });
  const node = serviceNode({ path: service.url, name: service.title, description: service.summary, areaServed: defaultAreaServed, service });
  return (
    <>
      <JsonLd graph={pageGraph({ path: service.url, title: service.title, description: service.summary, crumbs }, node)} />
      <PageHeader title={service.title} intro={service.summary} crumbs={crumbs}>
        {facts.length > 0 ? (
          <dl className="mt-6 grid max-w-2xl gap-3 text-sm sm:grid-cols-3">
            {facts.map((fact) => (
              <div key={fact.term} className="rounded-lg border border-line bg-white p-3">
                <dt className="font-semibold text-ink">{fact.term}</dt>
                <dd className="mt-1 text-muted">{fact.value}</dd>
              </div>
            ))}
          </dl>
        ) : null}
      </PageHeader>
      <Container narrow className="mt-10">
        <Prose html={service.body.html} />
      </Container>
      <IntakeCta interest={service.interest as Interest} />
    </>
  );
}
