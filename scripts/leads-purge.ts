// npm run leads:purge — deletes leads older than LEADS_RETENTION_MONTHS (default 12) with their
// notifications, and ended rate-limit windows. The running server does this daily as well.
import { closeLeadsDb, leadsConfig, purgeExpired } from "../lib/leads";

try {
  const result = await purgeExpired();
  console.log(
    `Deleted ${result.leads} lead(s) received before ${result.cutoff} (retention ${leadsConfig().retentionMonths} months), ` +
      `${result.outbox} notification(s) and ${result.rateLimits} rate-limit window(s).`,
  );
} finally {
  await closeLeadsDb();
}
