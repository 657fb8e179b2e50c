import Link from "next/link";
import { JsonLd } from "@/components/json-ld";
import { PostGrid } from "@/components/blog/post-card";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/site/page-header";
import { getPosts, getTopics } from "@/lib/content";
import { crumbsOf, staticPage } from "@/lib/registry";
import { collectionGraph, pageInput } from "@/lib/schema";
import { pageMetadata } from "@/lib/seo";

const page = staticPage("/blog");

export const metadata = pageMetadata(page);

export default function BlogIndexPage() {
  const posts = getPosts();
  return (
    <>
      <JsonLd graph={collectionGraph(pageInput(page), posts)} />
      <PageHeader title={page.title} intro={page.description} crumbs={crumbsOf(page)}>
        <nav aria-label="Filter op onderwerp" className="mt-6">
          <ul className="flex flex-wrap gap-2">
            {getTopics().map((topic) => (
              <li key={topic.slug}>
                <Link
                  href={topic.url}
                  className="inline-flex min-h-9 items-center rounded-full border border-brand-200 bg-white px-3 text-sm font-medium text-brand-800 hover:bg-brand-50"
                >
                  {topic.title}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </PageHeader>
      <Container className="mt-10">
        <PostGrid posts={posts} headingLevel={2} />
      </Container>
    </>
  );
}
