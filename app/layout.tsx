import "./globals.css";
import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { PreviewBanner } from "@/components/preview/preview-banner";
import { SiteFooter } from "@/components/site/footer";
import { SiteHeader } from "@/components/site/header";
import { inter } from "@/lib/fonts";
import { rootMetadata } from "@/lib/seo";

/**
 * Scheduled content appears without a deploy: every page is re-rendered at most an hour after a
 * request once it is stale (time-based revalidation), so an item dated in the future shows up
 * within the hour after its date. Route handlers (feed, sitemap, llms.txt, search index, share
 * images) set the same value themselves; e2e/scheduling.spec.ts checks the built routes.
 */
export const revalidate = 3600;

export const metadata: Metadata = rootMetadata;
export const viewport: Viewport = { themeColor: "#075954" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="nl" className={inter.variable}>
      <body className="flex min-h-screen flex-col font-sans">
        <a href="#inhoud" className="sr-only z-50 rounded-md bg-white px-4 py-2 text-sm font-semibold focus:not-sr-only focus:fixed focus:left-4 focus:top-4">
          Naar de inhoud
        </a>
        <PreviewBanner />
        <SiteHeader />
        <main id="inhoud" className="flex-1">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
