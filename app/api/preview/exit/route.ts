import { draftMode } from "next/headers";
import type { NextRequest } from "next/server";
import { PREVIEW_RESPONSE_HEADERS, safeRedirectPath } from "@/lib/preview";

export const dynamic = "force-dynamic";

async function exit(request: NextRequest, status: 303 | 307) {
  (await draftMode()).disable();
  const location = safeRedirectPath(request.nextUrl.searchParams.get("path")) ?? "/";
  return new Response(null, { status, headers: { ...PREVIEW_RESPONSE_HEADERS, Location: location } });
}

/** The banner's "Voorbeeld sluiten" button posts here; 303 turns the POST into a GET of the page. */
export async function POST(request: NextRequest) {
  return exit(request, 303);
}

/** A plain link works too: /api/preview/exit?path=/blog. */
export async function GET(request: NextRequest) {
  return exit(request, 307);
}
