// The intake domain's public API: pages, the server action, scripts and tests import from here.
// Functions taking a `LeadsDb` work on a connection the caller opened (tests, benchmarks);
// the others use the process-wide connection configured by DATABASE_URL / DATABASE_FILE.
import type { Writable } from "node:stream";
import { leadsConfig, outboxConfig } from "./config";
import { csvRow } from "./csv";
import { getDb, type LeadsDb, ping } from "./db";
import { log } from "./log";
import { smtpTransport } from "./mailer";
import { deliverDue, type DeliveryReport } from "./outbox";
import { purgeRateLimits } from "./rate-limit";
import { allLeads, eraseByEmail, purgeLeadsBefore, retentionCutoff } from "./repository";

export { databaseConfig, leadsConfig } from "./config";
export { closeDb as closeLeadsDb, dropPostgresSchema, getDb, type LeadsDb, openDatabase, pingPostgres } from "./db";
export { handleIntake } from "./intake";
export { migrationNames } from "./migrations";
export { backoffMs, claimDue, deliverDue, outboxCounts, outboxForLead } from "./outbox";
export { hitRateLimit, purgeRateLimits } from "./rate-limit";
export { allLeads, countLeads, eraseByEmail, findLead, findLeadsByEmail, insertLead, purgeLeadsBefore, retentionCutoff } from "./repository";
export type { LeadInput } from "./validation";

/** AVG erasure request: every lead and notification of this address. */
export async function eraseLeads(email: string): Promise<{ leads: number; outbox: number }> {
  const result = await eraseByEmail(await getDb(), email);
  log.info("leads.erased", { count: result.leads });
  return result;
}

/** Drops ended rate-limit windows (hashed addresses and counts): run often, they are short-lived. */
export async function purgeExpiredRateLimits(now = new Date()): Promise<number> {
  return purgeRateLimits(await getDb(), new Date(now.getTime() - 2 * leadsConfig().rateLimitWindowMs));
}

/** Deletes leads past the retention period and rate-limit windows that have ended. */
export async function purgeExpired(): Promise<{ leads: number; outbox: number; rateLimits: number; cutoff: string }> {
  const now = new Date();
  const cutoff = retentionCutoff(now, leadsConfig().retentionMonths);
  const purged = await purgeLeadsBefore(await getDb(), cutoff);
  const rateLimits = await purgeExpiredRateLimits(now);
  log.info("leads.purged", { count: purged.leads });
  return { ...purged, rateLimits, cutoff: cutoff.toISOString() };
}

const CSV_COLUMNS = ["id", "created_at", "name", "email", "company", "phone", "interest", "region", "newsletter", "source", "message"];

/** Writes every lead as CSV (header row first) and returns how many were written. */
export async function exportLeadsCsv(out: Writable, db?: LeadsDb): Promise<number> {
  const connection = db ?? (await getDb());
  const write = (chunk: string) => new Promise<void>((resolve, reject) => out.write(chunk, (error) => (error ? reject(error) : resolve())));
  await write(csvRow(CSV_COLUMNS));
  let count = 0;
  for await (const lead of allLeads(connection)) {
    await write(
      csvRow([
        lead.id,
        lead.createdAt,
        lead.name,
        lead.email,
        lead.company,
        lead.phone,
        lead.interest,
        lead.region,
        lead.newsletter ? "ja" : "nee",
        lead.source,
        lead.message,
      ]),
    );
    count += 1;
  }
  return count;
}

let warnedNoSmtp = false;

/** Delivers due notifications through SMTP_URL; without SMTP they wait. */
export async function sendDueNotifications(db?: LeadsDb): Promise<DeliveryReport | { skipped: "no-smtp" }> {
  const config = outboxConfig();
  if (!config.smtpUrl) {
    if (!warnedNoSmtp) log.warn("outbox.smtp-not-configured", { reason: "SMTP_URL is not set; notifications stay queued" });
    warnedNoSmtp = true;
    return { skipped: "no-smtp" };
  }
  return deliverDue(db ?? (await getDb()), {
    transport: await smtpTransport(config.smtpUrl),
    from: config.mailFrom,
    to: config.notifyTo,
    maxAttempts: config.maxAttempts,
    backoffBaseMs: config.backoffBaseMs,
    leaseMs: config.leaseMs,
  });
}

/** For /api/health: reachable database, without details that would help an attacker. */
export async function databaseHealth(): Promise<{ ok: true; database: string } | { ok: false }> {
  try {
    return { ok: true, database: await ping() };
  } catch {
    return { ok: false };
  }
}
