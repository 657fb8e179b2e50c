import Link from "next/link";
import { JsonLd } from "@/components/json-ld";
import { PostGrid } from "@/components/blog/post-card";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { getPosts, getTopics } from "@/lib/content";
import { sections, trail } from "@/lib/navigation";
import { collectionGraph } from "@/lib/schema";
import { pageMetadata } from "@/lib/seo";

export const revalidate = 3600;

const description = "Praktische artikelen over AI voor het MKB: snelle wins, kosten en ROI, een stappenplan, valkuilen, tools per team en het lokale aanbod in Amsterdam en de Randstad.";

export const metadata = pageMetadata({ title: "Blog", description, path: "/blog" });

export default function BlogIndexPage() {
  const crumbs = trail(sections.blog);
  const posts = getPosts();
  return (
    <>
      <JsonLd graph={collectionGraph({ path: "/blog", title: "Blog", description, crumbs }, posts)} />
      <PageHeader title="Blog" intro={description} crumbs={crumbs}>
        <nav aria-label="Filter op onderwerp" className="mt-6">
          <ul className="flex flex-wrap gap-2">
            {getTopics().map((topic) => (
              <li key={topic.slug}>
                <Link href={topic.url} className="inline-flex min-h-9 items-center rounded-full border border-brand-200 bg-white px-3 text-sm font-medium text-brand-800 hover:bg-brand-50">
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
