import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The test suite builds a copy of the site with fixture content into its own folder,
  // so it never overwrites the production build a developer is serving.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
};

export default nextConfig;
