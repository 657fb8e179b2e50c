import { notFound } from "next/navigation";
import { getPost, getPosts, getTopic } from "@/lib/content";
import { ogContentType, ogSize, renderOgImage } from "@/lib/og";

// Like the pages: a scheduled item gets its image once its date has passed.
export const revalidate = 3600;
export const size = ogSize;
export const contentType = ogContentType;
export const alt = "Artikel";

export function generateStaticParams() {
  return getPosts().map((post) => ({ slug: post.slug }));
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const post = getPost((await params).slug) ?? notFound();
  const topic = post.clusters[0] ? getTopic(post.clusters[0]) : undefined;
  return renderOgImage({ title: post.title, kicker: post.fictional ? "Voorbeeldcase" : (topic?.title ?? "Blog"), cover: post.cover });
}
