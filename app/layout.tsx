import "./globals.css";
import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { PreviewBanner } from "@/components/preview/preview-banner";
import { SiteFooter } from "@/components/site/footer";
import { SiteHeader } from "@/components/site/header";
import { inter } from "@/lib/fonts";
import { rootMetadata } from "@/lib/seo";

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
