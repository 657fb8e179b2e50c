/**
 * Scheduled publishing on the built site: an item with a future date must appear without a
 * deploy. Next's build output says how each route behaves; this reads it, so a new page type that
 * forgets to re-render fails here (the moving clock itself is unit-tested in tests/scheduling.test.ts).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

type Manifest = {
  routes: Record<string, { initialRevalidateSeconds: number | false; srcRoute: string | null }>;
  dynamicRoutes: Record<string, { fallback: string | false | null }>;
};

const manifest = JSON.parse(readFileSync(path.join(process.cwd(), process.env.NEXT_DIST_DIR ?? ".next-test", "prerender-manifest.json"), "utf8")) as Manifest;

/** Prerendered files that are not made from content. */
const STATIC_FILES = new Set(["/_global-error", "/_not-found", "/icon.svg", "/robots.txt", "/opengraph-image"]);

test("every prerendered page and machine surface is re-rendered at least hourly", () => {
  const routes = Object.entries(manifest.routes).filter(([route]) => !STATIC_FILES.has(route));
  expect(routes.length).toBeGreaterThan(10);
  const stale = routes.filter(([, route]) => route.initialRevalidateSeconds === false || route.initialRevalidateSeconds > 3600).map(([name]) => name);
  expect(stale, "routes that would keep showing yesterday's content").toEqual([]);
  for (const surface of ["/sitemap.xml", "/feed.xml", "/llms.txt", "/zoekindex.json"])
    expect(manifest.routes[surface]?.initialRevalidateSeconds, surface).toBe(3600);
});

test("detail pages of dated content render a newly due slug on its first request", () => {
  for (const route of ["/blog/[slug]", "/nieuws/[slug]", "/nieuws/pagina/[page]"]) {
    // fallback false would answer 404 for every slug that was not due at build time.
    expect(manifest.dynamicRoutes[route]?.fallback, route).not.toBe(false);
  }
});
