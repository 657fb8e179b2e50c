import { notFound } from "next/navigation";
import { NewsIndex, newsDescription } from "@/components/news/news-index";
import { getNewsPage } from "@/lib/content";
import { pageMetadata } from "@/lib/seo";
import { site } from "@/lib/site";

export const revalidate = 3600;

export const metadata = pageMetadata({ title: "AI-nieuws", description: newsDescription, path: "/nieuws" });

export default function NewsIndexPage() {
  const newsPage = getNewsPage(1, site.newsPageSize) ?? notFound();
  return <NewsIndex newsPage={newsPage} />;
}
