import type { Metadata } from "next";
import type { Page } from "./registry/pages";
import { site } from "./site";

/** Every page links the RSS feed of blog and news from <head>. */
const feedAlternate = { "application/rss+xml": [{ url: "/feed.xml", title: `${site.name}: blog en nieuws` }] };

const defaultShareImage = { url: "/opengraph-image", width: 1200, height: 630, alt: site.name };

type MetadataOptions = {
  /** Preview (draft mode): never indexed. */
  noindex?: boolean;
  tags?: string[];
};

/**
 * The one metadata factory: canonical, Open Graph and Twitter card from the page's registry
 * entry. Posts and news are articles; everything else a website page.
 */
export function pageMetadata(page: Page, { noindex = !page.indexable, tags }: MetadataOptions = {}): Metadata {
  const { path, description } = page;
  const socialTitle = page.metaTitle ?? page.title;
  // The home page's title is complete; every other one gets the "| site name" template.
  const title = page.kind === "home" ? { absolute: socialTitle } : socialTitle;
  const article =
    (page.kind === "post" || page.kind === "news") && page.published ? { publishedTime: page.published, modifiedTime: page.modified, tags } : undefined;
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
