import type { Metadata } from "next";
import { draftMode } from "next/headers";
import { notFound } from "next/navigation";
import { Article } from "@/components/blog/article";
import { JsonLd } from "@/components/json-ld";
import { IntakeCta } from "@/components/lead/intake-cta";
import { PreviewStatus } from "@/components/preview/preview-status";
import { getPost, getPosts, getRelatedPosts, getTopic, type Topic } from "@/lib/content";
import { ogImagePath } from "@/lib/og";
import { crumbsOf, pageOf } from "@/lib/registry";
import { postGraph } from "@/lib/schema";
import { pageMetadata } from "@/lib/seo";

type Props = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  return getPosts().map((post) => ({ slug: post.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // Draft mode (marketer preview) shows drafts and scheduled posts, never indexed.
  const { isEnabled: preview } = await draftMode();
  const post = getPost((await params).slug, { preview });
  if (!post) return {};
  return pageMetadata(pageOf.post(post), { noindex: preview, tags: post.tags });
}

export default async function BlogPostPage({ params }: Props) {
  const { isEnabled: preview } = await draftMode();
  const post = getPost((await params).slug, { preview }) ?? notFound();
  const topics = post.clusters.map((cluster) => getTopic(cluster)).filter((topic): topic is Topic => topic !== undefined);
  return (
    <>
      <JsonLd graph={postGraph(post, ogImagePath(post.url))} />
      {preview ? <PreviewStatus item={post} /> : null}
      <Article post={post} topics={topics} related={getRelatedPosts(post)} crumbs={crumbsOf(pageOf.post(post))} />
      <IntakeCta />
    </>
  );
}
