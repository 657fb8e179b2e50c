import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { JsonLd } from "@/components/json-ld";
import { PostGrid } from "@/components/blog/post-card";
import { AnsweredQuestions } from "@/components/faq/answered-questions";
import { IntakeCta } from "@/components/lead/intake-cta";
import { Container } from "@/components/ui/container";
import { LinkCards } from "@/components/ui/link-list";
import { PageHeader } from "@/components/ui/page-header";
import { Prose } from "@/components/ui/prose";
import { getFaqByCluster, getPostsByCluster, getService, getTopic, getTopics, type Service } from "@/lib/content";
import { sections, trail } from "@/lib/navigation";
import { collectionGraph } from "@/lib/schema";
import { pageMetadata } from "@/lib/seo";
import type { ClusterKey } from "@/lib/taxonomy";

type Props = { params: Promise<{ topic: string }> };

export const revalidate = 3600;
export const dynamicParams = false;

export function generateStaticParams() {
  return getTopics().map((topic) => ({ topic: topic.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const topic = getTopic((await params).topic);
  return topic ? pageMetadata({ title: topic.title, description: topic.summary, path: topic.url }) : {};
}

export default async function TopicPage({ params }: Props) {
  const topic = getTopic((await params).topic) ?? notFound();
  const posts = getPostsByCluster(topic.slug as ClusterKey);
  const questions = getFaqByCluster(topic.slug as ClusterKey);
  const services = topic.services.map((slug) => getService(slug)).filter((service): service is Service => service !== undefined);
  const crumbs = trail(sections.onderwerpen, { name: topic.title, path: topic.url });
  return (
    <>
      <JsonLd graph={collectionGraph({ path: topic.url, title: topic.title, description: topic.summary, crumbs }, posts)} />
      <PageHeader title={topic.title} intro={topic.summary} crumbs={crumbs} />
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
