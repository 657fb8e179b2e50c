import { draftMode } from "next/headers";
import type { NextRequest } from "next/server";
import { decidePreview, PREVIEW_RESPONSE_HEADERS } from "@/lib/preview";

// Reads the secret from the environment at request time, never at build time.
export const dynamic = "force-dynamic";

/**
 * GET /api/preview?secret=…&path=/blog/… — turns on draft mode (a cookie for this browser)
 * and opens the page. GET, because it is a link marketers click or paste. See docs/redactie.md.
 */
export async function GET(request: NextRequest) {
  const { searchParams } = request.nextUrl;
  const decision = decidePreview({ secret: searchParams.get("secret"), path: searchParams.get("path") }, process.env.PREVIEW_SECRET);
  if (decision.action === "refuse") {
    return new Response(decision.message, { status: decision.status, headers: { ...PREVIEW_RESPONSE_HEADERS, "Content-Type": "text/plain; charset=utf-8" } });
  }
  (await draftMode()).enable();
  return new Response(null, { status: 307, headers: { ...PREVIEW_RESPONSE_HEADERS, Location: decision.location } });
}
