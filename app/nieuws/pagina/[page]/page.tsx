import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NewsIndex, newsDescription, newsPagePath } from "@/components/news/news-index";
import { getNews, getNewsPage } from "@/lib/content";
import { pageMetadata } from "@/lib/seo";
import { site } from "@/lib/site";

type Props = { params: Promise<{ page: string }> };

export const revalidate = 3600;

/** Page 1 is /nieuws itself; this route serves pages 2 and up. */
function pageNumber(param: string): number | undefined {
  const page = Number(param);
  return /^\d+$/.test(param) && page >= 2 ? page : undefined;
}

export function generateStaticParams() {
  const pageCount = Math.ceil(getNews().length / site.newsPageSize);
  return Array.from({ length: Math.max(0, pageCount - 1) }, (_, index) => ({ page: String(index + 2) }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = pageNumber((await params).page);
  return page ? pageMetadata({ title: `AI-nieuws – pagina ${page}`, description: newsDescription, path: newsPagePath(page) }) : {};
}

export default async function NewsArchivePage({ params }: Props) {
  const page = pageNumber((await params).page);
  const newsPage = (page && getNewsPage(page, site.newsPageSize)) || notFound();
  return <NewsIndex newsPage={newsPage} />;
}
