import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { JsonLd } from "@/components/json-ld";
import { AnsweredQuestions } from "@/components/faq/answered-questions";
import { IntakeCta } from "@/components/lead/intake-cta";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/site/page-header";
import { Prose } from "@/components/ui/prose";
import { findFaq, getRegion, getRegions, type AnsweredQuestion } from "@/lib/content";
import { crumbsOf, pageOf } from "@/lib/registry";
import { pageGraph, pageInput, serviceNode } from "@/lib/schema";
import { pageMetadata } from "@/lib/seo";

type Props = { params: Promise<{ region: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getRegions().map((region) => ({ region: region.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const region = getRegion((await params).region);
  return region ? pageMetadata(pageOf.region(region)) : {};
}

export default async function RegionPage({ params }: Props) {
  const region = getRegion((await params).region) ?? notFound();
  const page = pageOf.region(region);
  const questions = region.faqQuestions.map((question) => findFaq(question)).filter((found): found is AnsweredQuestion => found !== undefined);
  const service = serviceNode({
    path: region.url,
    name: `AI-workshops, lezingen, pilots en implementatie – ${region.title}`,
    description: region.summary,
    areaServed: region.areaServed,
    serviceType: "AI-advies en -training voor het MKB",
  });
  return (
    <>
      <JsonLd graph={pageGraph(pageInput(page), service)} />
      <PageHeader title={page.title} intro={page.description} crumbs={crumbsOf(page)}>
        <p className="mt-4 text-sm text-muted">
          <span className="font-semibold text-ink">Werkgebied:</span> {region.areaServed.join(", ")}
        </p>
      </PageHeader>
      <Container narrow className="mt-10">
        <Prose html={region.body.html} />
        {questions.length > 0 ? (
          <section aria-labelledby="region-faq-title" className="mt-14">
            <h2 id="region-faq-title" className="mb-5 text-2xl font-bold tracking-tight">
              Vragen uit de regio
            </h2>
            <AnsweredQuestions questions={questions} />
          </section>
        ) : null}
      </Container>
      <IntakeCta interest="workshop" title="Een workshop bij jou op locatie?" />
    </>
  );
}
