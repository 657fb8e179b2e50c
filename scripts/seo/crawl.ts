import { jsonLdScripts, validateGraph, type GraphReport } from "./validate-graph";

/** The route pattern a path belongs to, for per-page-type reports. */
export function pageType(path: string): string {
  const patterns: Array<[RegExp, string]> = [
    [/^\/$/, "/"],
    [/^\/(blog|nieuws|onderwerpen|voor|regio|diensten)$/, "/$1"],
    [/^\/nieuws\/pagina\/\d+$/, "/nieuws/pagina/[page]"],
    [/^\/blog\/[^/]+$/, "/blog/[slug]"],
    [/^\/nieuws\/[^/]+$/, "/nieuws/[slug]"],
    [/^\/onderwerpen\/[^/]+$/, "/onderwerpen/[topic]"],
    [/^\/voor\/[^/]+$/, "/voor/[persona]"],
    [/^\/regio\/[^/]+$/, "/regio/[region]"],
    [/^\/diensten\/[^/]+$/, "/diensten/[slug]"],
  ];
  for (const [pattern, label] of patterns) if (pattern.test(path)) return path.replace(pattern, label);
  return path;
}

export type PageReport = GraphReport & { path: string; url: string; canonical?: string; scripts: number };

export async function sitemapUrls(baseUrl: string): Promise<string[]> {
  const xml = await (await fetch(new URL("/sitemap.xml", baseUrl))).text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
}

/** Fetches one page and validates its JSON-LD; `baseUrl` is where the server runs, the sitemap's URLs may differ. */
export async function checkPage(baseUrl: string, siteUrl: string): Promise<PageReport> {
  const html = await (await fetch(new URL(new URL(siteUrl).pathname, baseUrl))).text();
  return checkHtml(siteUrl, html);
}

/** Validates the JSON-LD and canonical of a page's HTML, served for `siteUrl`. */
export function checkHtml(siteUrl: string, html: string): PageReport {
  const path = new URL(siteUrl).pathname;
  const scripts = jsonLdScripts(html);
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
  const report: PageReport = { path, url: siteUrl, canonical, scripts: scripts.length, errors: [], types: [], questions: [] };
  if (scripts.length !== 1) report.errors.push(`expected exactly one JSON-LD script, found ${scripts.length}`);
  if (canonical !== siteUrl) report.errors.push(`canonical ${canonical} differs from sitemap URL ${siteUrl}`);
  if (scripts[0] === undefined) return report;
  try {
    const result = validateGraph(JSON.parse(scripts[0]));
    return { ...report, ...result, errors: [...report.errors, ...result.errors] };
  } catch (error) {
    report.errors.push(`JSON-LD does not parse: ${(error as Error).message}`);
    return report;
  }
}

/** Problems that only show across pages: one Organization @id, each FAQ question on one URL. */
export function siteWideErrors(reports: PageReport[]): string[] {
  const errors: string[] = [];
  const organizationIds = new Set(reports.map((report) => report.organizationId));
  if (organizationIds.size !== 1 || organizationIds.has(undefined)) errors.push(`Organization @id differs between pages: ${[...organizationIds].join(", ")}`);
  const questionOwner = new Map<string, string>();
  for (const report of reports) {
    for (const question of report.questions) {
      const owner = questionOwner.get(question);
      if (owner && owner !== report.path) errors.push(`question "${question}" is marked up on ${owner} and ${report.path}`);
      questionOwner.set(question, report.path);
    }
  }
  return errors;
}
