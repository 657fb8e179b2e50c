// The intake domain's public API: pages, the server action, scripts and tests import from here.
// Functions taking a `LeadsDb` work on a connection the caller opened (tests, benchmarks);
// the others use the process-wide connection configured by DATABASE_URL / DATABASE_FILE.
import type { Writable } from "node:stream";
import { leadsConfig, outboxConfig } from "./config";
import { csvRow } from "./csv";
import { closeDb, getDb, type LeadsDb, ping } from "./db";
import { log } from "./log";
import { smtpTransport } from "./mailer";
import { deliverDue, type DeliveryReport, type MailTransport } from "./outbox";
import { purgeRateLimits } from "./rate-limit";
import { allLeads, eraseByEmail, findLead, findLeadsByEmail, purgeLeadsBefore, retentionCutoff } from "./repository";
import type { Lead } from "./schema";

export { databaseConfig, leadsConfig, outboxConfig } from "./config";
export { closeDb, getDb, type LeadsDb, openDatabase } from "./db";
export { type IntakeOutcome, handleIntake } from "./intake";
export { migrationNames } from "./migrations";
export {
  backoffMs,
  claimDue,
  composeNotification,
  deliverDue,
  type DeliveryReport,
  type MailMessage,
  type MailTransport,
  outboxCounts,
  outboxForLead,
} from "./outbox";
export { hitRateLimit, purgeRateLimits } from "./rate-limit";
export { allLeads, countLeads, eraseByEmail, findLead, findLeadsByEmail, insertLead, purgeLeadsBefore, retentionCutoff } from "./repository";
export type { Lead } from "./schema";
export { type LeadInput, validateLead } from "./validation";

/** Leads stored for an address (shared connection). */
export async function leadsByEmail(email: string): Promise<Lead[]> {
  return findLeadsByEmail(await getDb(), email);
}

export async function leadById(id: string): Promise<Lead | undefined> {
  return findLead(await getDb(), id);
}

/** AVG erasure request: every lead and notification of this address. */
export async function eraseLeads(email: string, db?: LeadsDb): Promise<{ leads: number; outbox: number }> {
  const result = await eraseByEmail(db ?? (await getDb()), email);
  log.info("leads.erased", { count: result.leads });
  return result;
}

/** Deletes leads past the retention period and rate-limit windows that have ended. */
export async function purgeExpired(now = new Date(), db?: LeadsDb): Promise<{ leads: number; outbox: number; rateLimits: number; cutoff: string }> {
  const connection = db ?? (await getDb());
  const { retentionMonths, rateLimitWindowMs } = leadsConfig();
  const cutoff = retentionCutoff(now, retentionMonths);
  const purged = await purgeLeadsBefore(connection, cutoff);
  const rateLimits = await purgeRateLimits(connection, new Date(now.getTime() - 2 * rateLimitWindowMs));
  log.info("leads.purged", { count: purged.leads });
  return { ...purged, rateLimits, cutoff: cutoff.toISOString() };
}

/** Drops ended rate-limit windows (hashed addresses and counts): run often, they are short-lived. */
export async function purgeExpiredRateLimits(now = new Date(), db?: LeadsDb): Promise<number> {
  return purgeRateLimits(db ?? (await getDb()), new Date(now.getTime() - 2 * leadsConfig().rateLimitWindowMs));
}

export const CSV_COLUMNS = ["id", "created_at", "name", "email", "company", "phone", "interest", "region", "newsletter", "source", "message"] as const;

/** Writes every lead as CSV (header row first) and returns how many were written. */
export async function exportLeadsCsv(out: Writable, db?: LeadsDb): Promise<number> {
  const connection = db ?? (await getDb());
  const write = (chunk: string) => new Promise<void>((resolve, reject) => (out.write(chunk, (error) => (error ? reject(error) : resolve()))));
  await write(csvRow([...CSV_COLUMNS]));
  let count = 0;
  for await (const lead of allLeads(connection)) {
    await write(csvRow([lead.id, lead.createdAt, lead.name, lead.email, lead.company, lead.phone, lead.interest, lead.region, lead.newsletter ? "ja" : "nee", lead.source, lead.message]));
    count += 1;
  }
  return count;
}

let warnedNoSmtp = false;

/** Delivers due notifications through SMTP_URL (or the given transport); without SMTP they wait. */
export async function sendDueNotifications(options: { transport?: MailTransport; db?: LeadsDb } = {}): Promise<DeliveryReport | { skipped: "no-smtp" }> {
  const config = outboxConfig();
  const transport = options.transport ?? (config.smtpUrl ? await smtpTransport(config.smtpUrl) : undefined);
  if (!transport) {
    if (!warnedNoSmtp) log.warn("outbox.smtp-not-configured", { reason: "SMTP_URL is not set; notifications stay queued" });
    warnedNoSmtp = true;
    return { skipped: "no-smtp" };
  }
  return deliverDue(options.db ?? (await getDb()), {
    transport,
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
    const { dialect } = await ping();
    return { ok: true, database: dialect };
  } catch {
    return { ok: false };
  }
}

export async function closeLeadsDb(): Promise<void> {
  await closeDb();
}
