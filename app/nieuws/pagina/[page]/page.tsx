import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NewsIndex } from "@/components/news/news-index";
import { getNews, getNewsPage } from "@/lib/content";
import { newsArchivePage, newsPageCount } from "@/lib/registry";
import { pageMetadata } from "@/lib/seo";
import { site } from "@/lib/site";

type Props = { params: Promise<{ page: string }> };

/** Page 1 is /nieuws itself; this route serves pages 2 and up. */
function pageNumber(param: string): number | undefined {
  const page = Number(param);
  return /^\d+$/.test(param) && page >= 2 ? page : undefined;
}

export function generateStaticParams() {
  return Array.from({ length: newsPageCount(getNews().length) - 1 }, (_, index) => ({ page: String(index + 2) }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = pageNumber((await params).page);
  return page ? pageMetadata(newsArchivePage(page)) : {};
}

export default async function NewsArchivePage({ params }: Props) {
  const page = pageNumber((await params).page);
  const newsPage = (page && getNewsPage(page, site.newsPageSize)) || notFound();
  return <NewsIndex newsPage={newsPage} />;
}
