import { JsonLd } from "@/components/json-ld";
import { Container } from "@/components/ui/container";
import { LinkCards } from "@/components/ui/link-list";
import { PageHeader } from "@/components/site/page-header";
import { getTopics } from "@/lib/content";
import { crumbsOf, staticPage } from "@/lib/registry";
import { collectionGraph, pageInput } from "@/lib/schema";
import { pageMetadata } from "@/lib/seo";

const page = staticPage("/onderwerpen");

export const metadata = pageMetadata(page);

export default function TopicsPage() {
  const topics = getTopics();
  return (
    <>
      <JsonLd graph={collectionGraph(pageInput(page), topics)} />
      <PageHeader title={page.title} intro={page.description} crumbs={crumbsOf(page)} />
      <Container className="mt-10">
        <LinkCards items={topics} />
      </Container>
    </>
  );
}
