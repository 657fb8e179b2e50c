import { notFound } from "next/navigation";
import { NewsIndex } from "@/components/news/news-index";
import { getNewsPage } from "@/lib/content";
import { newsArchivePage } from "@/lib/registry";
import { pageMetadata } from "@/lib/seo";
import { site } from "@/lib/site";

export const metadata = pageMetadata(newsArchivePage(1));

export default function NewsIndexPage() {
  const newsPage = getNewsPage(1, site.newsPageSize) ?? notFound();
  return <NewsIndex newsPage={newsPage} />;
}
