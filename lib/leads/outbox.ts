// The notification outbox. insertLead writes a row in the lead's own transaction; this sender
// delivers due rows by SMTP. Claiming a row is one atomic UPDATE (with FOR UPDATE SKIP LOCKED on
// PostgreSQL), so two senders, in one process or on several instances, never take the same row.
import { sql } from "kysely";
import type { LeadsDb } from "./db";
import { log, safeError } from "./log";
import { findLead } from "./repository";
import type { Lead, OutboxRow } from "./schema";
import { INTEREST_LABELS, type Interest } from "../taxonomy";

type MailMessage = {
  from: string;
  to: string;
  replyTo: string;
  subject: string;
  text: string;
  messageId: string;
  headers: Record<string, string>;
};

/** What the outbox needs from a mailer: nodemailer's Transporter fits, and so does a test double. */
export type MailTransport = { sendMail(message: MailMessage): Promise<unknown> };

type SenderOptions = {
  transport: MailTransport;
  from: string;
  to: string;
  maxAttempts: number;
  backoffBaseMs: number;
  leaseMs: number;
  now?: () => Date;
};

export type DeliveryReport = { claimed: number; sent: number; retrying: number; failed: number };

/** Exponential backoff: base, 2×base, 4×base … capped at six hours. */
export function backoffMs(attempts: number, baseMs: number): number {
  return Math.min(baseMs * 2 ** Math.max(0, attempts - 1), 6 * 60 * 60_000);
}

/** Claims due rows: pending ones whose time has come, and rows whose sender's lease ran out. */
export async function claimDue({ db, dialect }: LeadsDb, { now, leaseMs, limit }: { now: Date; leaseMs: number; limit: number }): Promise<OutboxRow[]> {
  const at = now.toISOString();
  const due = db
    .selectFrom("outbox")
    .select("id")
    .where((eb) =>
      eb.or([eb.and([eb("status", "=", "pending"), eb("nextAttemptAt", "<=", at)]), eb.and([eb("status", "=", "sending"), eb("lockedUntil", "<", at)])]),
    )
    .orderBy("nextAttemptAt")
    .limit(limit)
    // SQLite has a single writer, so its UPDATE is already exclusive; PostgreSQL needs row locks.
    .$if(dialect === "postgres", (query) => query.forUpdate().skipLocked());
  return (
    db
      .updateTable("outbox")
      .set({ status: "sending", attempts: sql<number>`attempts + 1`, lockedUntil: new Date(now.getTime() + leaseMs).toISOString() })
      .where("id", "in", due)
      // Re-checked by the UPDATE itself: a row another sender claimed in the meantime is skipped.
      .where((eb) => eb.or([eb("status", "=", "pending"), eb.and([eb("status", "=", "sending"), eb("lockedUntil", "<", at)])]))
      .returningAll()
      .execute()
  );
}

/** The team's notification: everything needed to reply, with the lead id as a stable Message-ID. */
function composeNotification(lead: Lead, { from, to }: { from: string; to: string }): MailMessage {
  const interest = INTEREST_LABELS[lead.interest as Interest] ?? lead.interest;
  const domain = to.split("@")[1]?.replace(/>$/, "") || "localhost";
  const lines = [
    `Nieuwe intake-aanvraag (${lead.createdAt})`,
    "",
    `Naam:       ${lead.name}`,
    `E-mail:     ${lead.email}`,
    `Bedrijf:    ${lead.company}`,
    `Telefoon:   ${lead.phone ?? "-"}`,
    `Interesse:  ${interest}`,
    `Regio:      ${lead.region ?? "-"}`,
    `Nieuwsbrief: ${lead.newsletter ? "ja" : "nee"}`,
    `Pagina:     ${lead.source ?? "-"}`,
    "",
    "Bericht:",
    lead.message,
    "",
    `Lead-id: ${lead.id}`,
    "Beantwoord binnen 1–2 werkdagen: dat belooft de site.",
  ];
  return {
    from,
    to,
    replyTo: lead.email,
    subject: `Intake-aanvraag: ${lead.company} (${interest})`,
    text: lines.join("\n"),
    // Stable per lead: if a crash ever made us send twice, mail clients show one message.
    messageId: `<lead-${lead.id}@${domain}>`,
    headers: { "X-Lead-Id": lead.id },
  };
}

/** Sends every due notification once; failures are retried later with backoff. */
export async function deliverDue(leadsDb: LeadsDb, options: SenderOptions): Promise<DeliveryReport> {
  const now = options.now ?? (() => new Date());
  const report: DeliveryReport = { claimed: 0, sent: 0, retrying: 0, failed: 0 };
  for (;;) {
    const rows = await claimDue(leadsDb, { now: now(), leaseMs: options.leaseMs, limit: 20 });
    if (rows.length === 0) return report;
    report.claimed += rows.length;
    for (const row of rows) {
      const outcome = await deliverOne(leadsDb, row, options, now);
      report[outcome] += 1;
    }
  }
}

async function deliverOne(leadsDb: LeadsDb, row: OutboxRow, options: SenderOptions, now: () => Date): Promise<"sent" | "retrying" | "failed"> {
  const { db } = leadsDb;
  const lead = await findLead(leadsDb, row.leadId);
  if (!lead) {
    // Erased between claim and send: nothing to deliver, nothing personal left to keep.
    await db.deleteFrom("outbox").where("id", "=", row.id).execute();
    return "failed";
  }
  try {
    await options.transport.sendMail(composeNotification(lead, options));
  } catch (error) {
    const attempts = Number(row.attempts);
    const giveUp = attempts >= options.maxAttempts;
    await db
      .updateTable("outbox")
      .set({
        status: giveUp ? "failed" : "pending",
        lockedUntil: null,
        lastError: safeError(error),
        nextAttemptAt: new Date(now().getTime() + backoffMs(attempts, options.backoffBaseMs)).toISOString(),
      })
      .where("id", "=", row.id)
      .where("status", "=", "sending")
      .execute();
    if (giveUp) log.error("outbox.failed", { leadId: lead.id, attempts, error: safeError(error) });
    else log.warn("outbox.retry", { leadId: lead.id, attempts, error: safeError(error) });
    return giveUp ? "failed" : "retrying";
  }
  await db.updateTable("outbox").set({ status: "sent", sentAt: now().toISOString(), lockedUntil: null, lastError: null }).where("id", "=", row.id).execute();
  log.info("outbox.sent", { leadId: lead.id, attempts: Number(row.attempts) });
  return "sent";
}

type OutboxCounts = Record<OutboxRow["status"], number>;

export async function outboxCounts({ db }: LeadsDb): Promise<OutboxCounts> {
  const rows = await db
    .selectFrom("outbox")
    .select(["status", (eb) => eb.fn.countAll<string | number>().as("count")])
    .groupBy("status")
    .execute();
  const counts: OutboxCounts = { pending: 0, sending: 0, sent: 0, failed: 0 };
  for (const row of rows) counts[row.status] = Number(row.count);
  return counts;
}

/** The outbox rows of one lead (tests and support questions: "was the team told?"). */
export async function outboxForLead({ db }: LeadsDb, leadId: string): Promise<OutboxRow[]> {
  return db.selectFrom("outbox").selectAll().where("leadId", "=", leadId).execute();
}
