import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { JsonLd } from "@/components/json-ld";
import { IntakeCta } from "@/components/lead/intake-cta";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/site/page-header";
import { Prose } from "@/components/ui/prose";
import { getService, getServices } from "@/lib/content";
import { servicePrice } from "@/lib/format";
import { crumbsOf, pageOf } from "@/lib/registry";
import { defaultAreaServed, pageGraph, pageInput, serviceNode } from "@/lib/schema";
import { pageMetadata } from "@/lib/seo";

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getServices().map((service) => ({ slug: service.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const service = getService((await params).slug);
  return service ? pageMetadata(pageOf.service(service)) : {};
}

export default async function ServicePage({ params }: Props) {
  const service = getService((await params).slug) ?? notFound();
  const price = servicePrice(service);
  const facts = [
    service.duration ? { term: "Duur", value: service.duration } : undefined,
    price ? { term: "Prijs", value: price } : undefined,
    service.priceNote ? { term: "Toelichting", value: service.priceNote } : undefined,
  ].filter((fact): fact is { term: string; value: string } => fact !== undefined);
  const page = pageOf.service(service);
  const node = serviceNode({ path: service.url, name: service.title, description: service.summary, areaServed: defaultAreaServed, service });
  return (
    <>
      <JsonLd graph={pageGraph(pageInput(page), node)} />
      <PageHeader title={page.title} intro={page.description} crumbs={crumbsOf(page)}>
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
      <IntakeCta interest={service.interest} />
    </>
  );
}
