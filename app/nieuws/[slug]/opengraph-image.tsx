import { notFound } from "next/navigation";
import { getNews, getNewsItem, newsAudience } from "@/lib/content";
import { ogContentType, ogSize, renderOgImage } from "@/lib/og";

// Like the pages: a scheduled item gets its image once its date has passed.
export const revalidate = 3600;
export const size = ogSize;
export const contentType = ogContentType;
export const alt = "AI-nieuws";

export function generateStaticParams() {
  return getNews().map((item) => ({ slug: item.slug }));
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const item = getNewsItem((await params).slug) ?? notFound();
  const kicker = ["AI-nieuws", newsAudience(item), item.sectie].filter(Boolean).join(" · ");
  return renderOgImage({ title: item.title, kicker, cover: item.cover });
}
