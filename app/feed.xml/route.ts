import { getFeedPages, renderRss } from "@/lib/feed";

export const revalidate = 3600;

export function GET() {
  return new Response(renderRss(getFeedPages()), { headers: { "Content-Type": "application/rss+xml; charset=utf-8" } });
}
