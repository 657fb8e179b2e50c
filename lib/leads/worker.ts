// Background work of a running server (started from instrumentation.ts): migrate on start, deliver
// the outbox on an interval, and purge leads past retention once a day. Each instance may run it:
// claiming outbox rows and purging are safe to do concurrently.
import { leadsConfig, outboxConfig } from "./config";
import { getDb } from "./db";
import { log, safeError } from "./log";
import { purgeExpired, purgeExpiredRateLimits, sendDueNotifications } from "./index";

const DAY_MS = 24 * 60 * 60_000;
let started = false;

export async function startLeadWorker(): Promise<void> {
  if (started) return;
  started = true;
  try {
    const { dialect } = await getDb();
    log.info("leads.database-ready", { reason: dialect });
  } catch (error) {
    // The site still serves its pages; the intake answers with a retry message until the database is back.
    log.error("leads.database-unavailable", { error: safeError(error) });
  }
  leadsConfig(); // fail fast on a malformed setting
  const { intervalMs } = outboxConfig();
  if (intervalMs > 0) every(intervalMs, "outbox", () => sendDueNotifications());
  every(DAY_MS, "purge", () => purgeExpired(), 60_000);
  every(10 * 60_000, "rate-limit-purge", () => purgeExpiredRateLimits());
}

function every(ms: number, name: string, task: () => Promise<unknown>, firstDelayMs = ms) {
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      await task();
    } catch (error) {
      log.error(`leads.${name}-failed`, { error: safeError(error) });
    } finally {
      running = false;
    }
  };
  setTimeout(() => {
    void run();
    setInterval(() => void run(), ms).unref();
  }, firstDelayMs).unref();
}
