/**
 * npm run check:seo — starts the production build (run `npm run build` first), crawls every URL of
 * the sitemap and validates each page's JSON-LD offline. Prints the node types per page type and
 * every error; exits 1 when there is any.
 */
import { requireBuild, startServer } from "./lib/production-server";
import { checkPage, pageType, siteWideErrors, sitemapUrls, type PageReport } from "./seo/crawl";

async function main() {
  const dist = process.env.NEXT_DIST_DIR ?? ".next";
  requireBuild(dist);
  const server = await startServer(dist);
  const baseUrl = server.base;
  try {
    const urls = await sitemapUrls(baseUrl);
    console.log(`Crawling ${urls.length} URLs from the sitemap…`);
    const reports: PageReport[] = [];
    for (const url of urls) reports.push(await checkPage(baseUrl, url));

    const byType = new Map<string, { pages: number; types: Set<string>; errors: number }>();
    for (const report of reports) {
      const entry = byType.get(pageType(report.path)) ?? { pages: 0, types: new Set<string>(), errors: 0 };
      entry.pages++;
      report.types.forEach((type) => entry.types.add(type));
      entry.errors += report.errors.length;
      byType.set(pageType(report.path), entry);
    }
    console.log(`\n${"page type".padEnd(24)}${"pages".padStart(6)}  ${"errors".padStart(6)}  node types`);
    for (const [type, entry] of byType) {
      console.log(`${type.padEnd(24)}${String(entry.pages).padStart(6)}  ${String(entry.errors).padStart(6)}  ${[...entry.types].join(", ")}`);
    }
    const pageErrors = reports.flatMap((report) => report.errors.map((error) => `${report.path}: ${error}`));
    const errors = [...pageErrors, ...siteWideErrors(reports)];
    const questions = reports.reduce((sum, report) => sum + report.questions.length, 0);
    console.log(`\n${reports.length} pages, ${questions} FAQ questions marked up, ${errors.length} errors`);
    for (const error of errors) console.error(`  ✖ ${error}`);
    process.exitCode = errors.length > 0 ? 1 : 0;
  } finally {
    server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
