// npm run outbox:send — delivers due team notifications once (the running server also does this
// every OUTBOX_INTERVAL_MS). Safe next to a running server: rows are claimed atomically.
import { closeLeadsDb, getDb, outboxCounts, sendDueNotifications } from "../lib/leads";

try {
  const report = await sendDueNotifications();
  const counts = await outboxCounts(await getDb());
  if ("skipped" in report) {
    console.log(`SMTP_URL is not set: nothing sent. ${counts.pending} notification(s) waiting.`);
  } else {
    console.log(`Sent ${report.sent}, retrying later ${report.retrying}, given up ${report.failed}.`);
  }
  console.log(`Outbox: ${counts.pending} pending, ${counts.sending} sending, ${counts.sent} sent, ${counts.failed} failed.`);
  if (counts.failed > 0) process.exitCode = 2;
} finally {
  await closeLeadsDb();
}
