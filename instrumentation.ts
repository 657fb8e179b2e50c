// Runs once when a server instance starts: migrate the leads database and start the outbox
// sender and daily purge. Skipped during `next build` (no database is needed to build the site).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  if (process.env.LEADS_WORKER === "off") return;
  const { startLeadWorker } = await import("./lib/leads/worker");
  await startLeadWorker();
}
