import type { MetadataRoute } from "next";
import { getIndexablePages } from "@/lib/registry";
import { absoluteUrl } from "@/lib/site";

export const revalidate = 3600;

export default function sitemap(): MetadataRoute.Sitemap {
  return getIndexablePages().map((page) => ({ url: absoluteUrl(page.path), ...(page.modified ? { lastModified: page.modified } : {}) }));
}
