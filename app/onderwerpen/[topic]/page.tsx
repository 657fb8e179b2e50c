import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { JsonLd } from "@/components/json-ld";
import { PostGrid } from "@/components/blog/post-card";
import { AnsweredQuestions } from "@/components/faq/answered-questions";
import { IntakeCta } from "@/components/lead/intake-cta";
import { Container } from "@/components/ui/container";
import { LinkCards } from "@/components/ui/link-list";
import { PageHeader } from "@/components/site/page-header";
import { Prose } from "@/components/ui/prose";
import { getFaqByCluster, getPostsByCluster, getService, getTopic, getTopics, type Service } from "@/lib/content";
import { crumbsOf, pageOf } from "@/lib/registry";
import { collectionGraph, pageInput } from "@/lib/schema";
import { pageMetadata } from "@/lib/seo";

type Props = { params: Promise<{ topic: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getTopics().map((topic) => ({ topic: topic.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const topic = getTopic((await params).topic);
  return topic ? pageMetadata(pageOf.topic(topic)) : {};
}

export default async function TopicPage({ params }: Props) {
  const topic = getTopic((await params).topic) ?? notFound();
  const posts = getPostsByCluster(topic.slug);
  const questions = getFaqByCluster(topic.slug);
  const services = topic.services.map((slug) => getService(slug)).filter((service): service is Service => service !== undefined);
  const page = pageOf.topic(topic);
  return (
    <>
      <JsonLd graph={collectionGraph(pageInput(page), posts)} />
      <PageHeader title={page.title} intro={page.description} crumbs={crumbsOf(page)} />
      <Container narrow className="mt-10">
        <Prose html={topic.body.html} />
      </Container>
      <Container className="mt-12 space-y-12">
        <section aria-labelledby="posts-title">
          <h2 id="posts-title" className="mb-6 text-2xl font-bold tracking-tight">
            Artikelen over {topic.title.toLocaleLowerCase("nl")}
          </h2>
          {posts.length > 0 ? <PostGrid posts={posts} /> : <p className="text-muted">Hier verschijnen binnenkort artikelen.</p>}
        </section>
        {questions.length > 0 ? (
          <section aria-labelledby="questions-title">
            <h2 id="questions-title" className="mb-6 text-2xl font-bold tracking-tight">
              Veelgestelde vragen over dit onderwerp
            </h2>
            <AnsweredQuestions questions={questions} withAnswers={false} />
          </section>
        ) : null}
        {services.length > 0 ? (
          <section aria-labelledby="services-title">
            <h2 id="services-title" className="mb-6 text-2xl font-bold tracking-tight">
              Zo helpen we je verder
            </h2>
            <LinkCards items={services} headingLevel={3} />
          </section>
        ) : null}
      </Container>
      <IntakeCta />
    </>
  );
}
