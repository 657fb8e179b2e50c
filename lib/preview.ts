/**
 * Draft preview for marketers: /api/preview?secret=…&path=… turns on Next.js draft mode and
 * opens the page, which then shows drafts and scheduled items. The decisions are pure so they
 * can be tested without a server; app/api/preview/route.ts only applies them.
 */
import crypto from "node:crypto";

/** Where /api/preview lands without a `path`: the content calendar, which links to every draft. */
export const PREVIEW_HOME = "/redactie";

/**
 * Compares a given secret with the configured one in constant time. Hashing first gives both
 * sides the same length, so neither the content nor the length of the secret leaks through timing.
 */
export function secretMatches(given: string, expected: string): boolean {
  const digest = (value: string) => crypto.createHash("sha256").update(value, "utf8").digest();
  return crypto.timingSafeEqual(digest(given), digest(expected));
}

const ORIGIN = "http://preview.invalid";

/**
 * A path on this site to redirect to, normalised; undefined for anything that could leave the
 * site: absolute URLs, protocol-relative "//evil.example", "/\evil.example" (browsers read the
 * backslash as a slash), or control characters that URL parsing would strip.
 */
export function safeRedirectPath(path: string | null | undefined): string | undefined {
  if (typeof path !== "string" || !path.startsWith("/") || path.startsWith("//")) return undefined;
  if (/[\\\u0000-\u001f\u007f]/.test(path)) return undefined;
  let url: URL;
  try {
    url = new URL(path, ORIGIN);
  } catch {
    return undefined;
  }
  if (url.origin !== ORIGIN) return undefined;
  return `${url.pathname}${url.search}${url.hash}`;
}

export type PreviewDecision = { action: "enable"; location: string } | { action: "refuse"; status: 400 | 401 | 404; message: string };

/**
 * Without PREVIEW_SECRET preview is switched off: 404, as if the route did not exist. A wrong
 * or missing secret is 401; only then is the path looked at, so strangers learn nothing about it.
 */
export function decidePreview(query: { secret: string | null; path: string | null }, configuredSecret: string | undefined): PreviewDecision {
  if (!configuredSecret) return { action: "refuse", status: 404, message: "Voorbeeldmodus staat uit op deze server (PREVIEW_SECRET is niet ingesteld)." };
  if (query.secret === null || !secretMatches(query.secret, configuredSecret)) {
    return { action: "refuse", status: 401, message: "Geen toegang: de geheime sleutel (secret) ontbreekt of klopt niet." };
  }
  if (query.path === null || query.path === "") return { action: "enable", location: PREVIEW_HOME };
  const location = safeRedirectPath(query.path);
  if (!location)
    return { action: "refuse", status: 400, message: "Ongeldig pad: gebruik een pad op deze site dat met / begint, bijvoorbeeld /blog/mijn-artikel." };
  return { action: "enable", location };
}

/** Headers for every preview response: never cached, never indexed. */
export const PREVIEW_RESPONSE_HEADERS = {
  "Cache-Control": "no-store",
  "X-Robots-Tag": "noindex, nofollow",
  "Referrer-Policy": "no-referrer",
} as const;
