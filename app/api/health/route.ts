import { databaseHealth } from "@/lib/leads";

export const dynamic = "force-dynamic";

/** For load balancers and uptime checks: 200 when the leads database answers, 503 when not. */
export async function GET() {
  const health = await databaseHealth();
  return Response.json(health.ok ? { status: "ok", database: health.database } : { status: "error", database: "unreachable" }, {
    status: health.ok ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
