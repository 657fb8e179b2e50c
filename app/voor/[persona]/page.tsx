import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { JsonLd } from "@/components/json-ld";
import { PostGrid } from "@/components/blog/post-card";
import { IntakeCta } from "@/components/lead/intake-cta";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/site/page-header";
import { Prose } from "@/components/ui/prose";
import { getPersona, getPersonas, getPostsByPersona } from "@/lib/content";
import { crumbsOf, pageOf } from "@/lib/registry";
import { pageGraph, pageInput } from "@/lib/schema";
import { pageMetadata } from "@/lib/seo";

type Props = { params: Promise<{ persona: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getPersonas().map((persona) => ({ persona: persona.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const persona = getPersona((await params).persona);
  return persona ? pageMetadata(pageOf.persona(persona)) : {};
}

export default async function PersonaPage({ params }: Props) {
  const persona = getPersona((await params).persona) ?? notFound();
  const posts = getPostsByPersona(persona.slug).slice(0, 6);
  const page = pageOf.persona(persona);
  return (
    <>
      <JsonLd graph={pageGraph(pageInput(page))} />
      <PageHeader title={page.title} intro={persona.role} crumbs={crumbsOf(page)} />
      <Container narrow className="mt-10 space-y-12">
        <Prose html={persona.body.html} />
        <section aria-labelledby="pain-title">
          <h2 id="pain-title" className="text-2xl font-bold tracking-tight">
            Herken je dit?
          </h2>
          <ul className="mt-4 space-y-2">
            {persona.painPoints.map((point) => (
              <li key={point} className="flex gap-3 rounded-lg border border-line bg-white p-4">
                <span aria-hidden="true" className="text-accent-600">
                  ●
                </span>
                <span>{point}</span>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="questions-title">
          <h2 id="questions-title" className="text-2xl font-bold tracking-tight">
            Jouw vragen, kort beantwoord
          </h2>
          <div className="mt-6 space-y-8">
            {persona.questions.map((question) => (
              <div key={question.question}>
                <h3 className="text-lg font-semibold">{question.question}</h3>
                <div className="prose prose-stone mt-2 max-w-none prose-a:text-brand-700" dangerouslySetInnerHTML={{ __html: question.answer.html }} />
                <p className="mt-2 text-sm">
                  <Link href={question.link} className="font-semibold text-brand-700 hover:underline">
                    Lees het hele antwoord →
                  </Link>
                </p>
              </div>
            ))}
          </div>
        </section>
      </Container>
      {posts.length > 0 ? (
        <Container className="mt-14">
          <h2 className="mb-6 text-2xl font-bold tracking-tight">Aanbevolen artikelen</h2>
          <PostGrid posts={posts} />
        </Container>
      ) : null}
      <IntakeCta interest={persona.interest} />
    </>
  );
}
