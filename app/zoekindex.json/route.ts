import { getSearchEntries } from "@/lib/search-index";

// A static file after the build (re-rendered with the pages), so search needs no server.
export const revalidate = 3600;

export function GET() {
  return Response.json(getSearchEntries());
}
