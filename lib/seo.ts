import type { Metadata } from "next";
import { site } from "./site";

type PageMetadataInput = {
  /** A plain title gets the "| site name" template; `{ absolute }` is used as is (home page). */
  title: string | { absolute: string };
  description: string;
  path: string;
  /** Posts and news are articles; everything else a website page. */
  article?: { publishedTime: string; modifiedTime?: string; tags?: string[] };
  noindex?: boolean;
};

/** Every page links the RSS feed of blog and news from <head>. */
const feedAlternate = { "application/rss+xml": [{ url: "/feed.xml", title: `${site.name}: blog en nieuws` }] };

const defaultShareImage = { url: "/opengraph-image", width: 1200, height: 630, alt: site.name };

/** The one metadata factory: canonical, Open Graph and Twitter card from the same few facts. */
export function pageMetadata({ title, description, path, article, noindex = false }: PageMetadataInput): Metadata {
  const socialTitle = typeof title === "string" ? title : title.absolute;
  return {
    title,
    description,
    alternates: { canonical: path, types: feedAlternate },
    openGraph: {
      title: socialTitle,
      description,
      url: path,
      siteName: site.name,
      locale: site.ogLocale,
      // Posts, news and home have their own generated image (opengraph-image.tsx), which wins.
      images: [defaultShareImage],
      ...(article
        ? { type: "article", publishedTime: article.publishedTime, modifiedTime: article.modifiedTime ?? article.publishedTime, tags: article.tags }
        : { type: "website" }),
    },
    twitter: { card: "summary_large_image", title: socialTitle, description, images: [defaultShareImage] },
    robots: noindex ? { index: false, follow: true } : undefined,
  };
}

/** Defaults for every page; the title template puts the site name after each page title. */
export const rootMetadata: Metadata = {
  metadataBase: new URL(site.url),
  title: { default: `${site.name} – ${site.tagline}`, template: `%s | ${site.name}` },
  description: site.description,
  applicationName: site.name,
  openGraph: { siteName: site.name, locale: site.ogLocale, type: "website" },
  alternates: { types: feedAlternate },
};
