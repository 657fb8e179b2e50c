import path from "node:path";
import type { NextConfig } from "next";

const isDev = process.env.NODE_ENV === "development";

// Every page is prerendered, so a per-request nonce is not available: Next.js's inline bootstrap
// scripts (self.__next_f.push…) need 'unsafe-inline'. What keeps scripts safe instead: no remote
// script host is allowed, content HTML is sanitised, and JSON-LD blocks are data, not executed.
// Images may come from any https host (news covers name their own hosts); fonts are self-hosted.
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https:",
  "font-src 'self' data:",
  `connect-src 'self'${isDev ? " ws:" : ""}`,
  "manifest-src 'self'",
  "worker-src 'self'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
  "object-src 'none'",
  "base-uri 'self'",
].join("; ");

const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  // Browsers ignore HSTS over plain http, so this is harmless on localhost and binding in production.
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  // Not "no-referrer": that would make browsers send `Origin: null` on our own form posts,
  // which the intake's origin check rejects.
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/**
 * Where Contentlayer wrote the generated collections that lib/content.ts imports: the folder
 * holding .contentlayer (scripts/content-build.ts). The test build uses a folder of its own, so it
 * never replaces the developer's generated content.
 */
const contentlayerGenerated = `./${path.posix.join(process.env.CONTENTLAYER_DIR ?? ".", ".contentlayer/generated/index.mjs")}`;

const nextConfig: NextConfig = {
  reactStrictMode: true,
  turbopack: { resolveAlias: { "contentlayer/generated": contentlayerGenerated } },
  poweredByHeader: false,
  // The test suite builds a copy of the site with fixture content into its own folder,
  // so it never overwrites the production build a developer is serving.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // A self-contained server (node .next/standalone/server.js) for containers and several instances.
  output: "standalone",
  experimental: {
    // The intake's fields add up to well under 20 kB; anything much bigger is not a visitor.
    serverActions: { bodySizeLimit: "64kb" },
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
