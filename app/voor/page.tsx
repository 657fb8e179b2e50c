import { JsonLd } from "@/components/json-ld";
import { Container } from "@/components/ui/container";
import { LinkCards } from "@/components/ui/link-list";
import { PageHeader } from "@/components/site/page-header";
import { getPersonas } from "@/lib/content";
import { crumbsOf, staticPage } from "@/lib/registry";
import { collectionGraph, pageInput } from "@/lib/schema";
import { pageMetadata } from "@/lib/seo";

const page = staticPage("/voor");

export const metadata = pageMetadata(page);

export default function PersonasPage() {
  const personas = getPersonas();
  return (
    <>
      <JsonLd graph={collectionGraph(pageInput(page), personas)} />
      <PageHeader title={page.title} intro={page.description} crumbs={crumbsOf(page)} />
      <Container className="mt-10">
        <LinkCards items={personas} />
      </Container>
    </>
  );
}
