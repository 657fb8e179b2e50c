// Storage of leads. Writing a lead and its notification happen in one transaction: when
// insertLead resolves, both are committed, and only then does the visitor see success.
import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import type { LeadsDb } from "./db";
import type { Lead } from "./schema";
import type { LeadInput } from "./validation";

const NOTIFY_TEAM = "notify-team";

/** Stores a validated lead with its team notification in the outbox; resolves after the commit. */
export async function insertLead({ db }: LeadsDb, input: LeadInput, meta: { source?: string | null; now?: Date } = {}): Promise<Lead> {
  const now = (meta.now ?? new Date()).toISOString();
  const lead: Lead = { ...input, id: randomUUID(), createdAt: now, newsletter: input.newsletter ? 1 : 0, consentAt: now, source: meta.source ?? null };
  await db.transaction().execute(async (trx) => {
    await trx.insertInto("leads").values(lead).execute();
    await trx
      .insertInto("outbox")
      .values({
        id: randomUUID(),
        leadId: lead.id,
        kind: NOTIFY_TEAM,
        status: "pending",
        attempts: 0,
        nextAttemptAt: now,
        lockedUntil: null,
        lastError: null,
        createdAt: now,
        sentAt: null,
      })
      .execute();
  });
  return lead;
}

export async function findLead({ db }: LeadsDb, id: string): Promise<Lead | undefined> {
  return db.selectFrom("leads").selectAll().where("id", "=", id).executeTakeFirst();
}

/** All leads of one address, case-insensitively (the AVG request names an address, not an id). */
export async function findLeadsByEmail({ db }: LeadsDb, email: string): Promise<Lead[]> {
  return db
    .selectFrom("leads")
    .selectAll()
    .where(sql<string>`lower(email)`, "=", email.trim().toLowerCase())
    .orderBy("createdAt")
    .execute();
}

export async function countLeads({ db }: LeadsDb): Promise<number> {
  const { count } = await db
    .selectFrom("leads")
    .select((eb) => eb.fn.countAll<string | number>().as("count"))
    .executeTakeFirstOrThrow();
  return Number(count);
}

/** Leads in creation order, in pages, for the CSV export (never the whole table in memory). */
export async function* allLeads({ db }: LeadsDb, pageSize = 500): AsyncGenerator<Lead> {
  let after: Lead | undefined;
  for (;;) {
    let query = db.selectFrom("leads").selectAll().orderBy("createdAt").orderBy("id").limit(pageSize);
    if (after) {
      const { createdAt, id } = after;
      query = query.where((eb) => eb.or([eb("createdAt", ">", createdAt), eb.and([eb("createdAt", "=", createdAt), eb("id", ">", id)])]));
    }
    const rows = await query.execute();
    yield* rows;
    after = rows.at(-1);
    if (!after || rows.length < pageSize) return;
  }
}

/** Removes one person's data everywhere: their leads and those leads' notifications. */
export async function eraseByEmail({ db }: LeadsDb, email: string): Promise<{ leads: number; outbox: number }> {
  return db.transaction().execute(async (trx) => {
    const ids = (
      await trx
        .selectFrom("leads")
        .select("id")
        .where(sql<string>`lower(email)`, "=", email.trim().toLowerCase())
        .execute()
    ).map((r) => r.id);
    if (ids.length === 0) return { leads: 0, outbox: 0 };
    const outbox = await trx.deleteFrom("outbox").where("leadId", "in", ids).executeTakeFirst();
    const leads = await trx.deleteFrom("leads").where("id", "in", ids).executeTakeFirst();
    return { leads: Number(leads.numDeletedRows), outbox: Number(outbox.numDeletedRows) };
  });
}

/** The moment before which leads are past their retention period. */
export function retentionCutoff(now: Date, months: number): Date {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return cutoff;
}

/** Deletes leads (and their notifications) created before the cutoff. */
export async function purgeLeadsBefore({ db }: LeadsDb, cutoff: Date): Promise<{ leads: number; outbox: number }> {
  const before = cutoff.toISOString();
  return db.transaction().execute(async (trx) => {
    const old = trx.selectFrom("leads").select("id").where("createdAt", "<", before);
    const outbox = await trx.deleteFrom("outbox").where("leadId", "in", old).executeTakeFirst();
    const leads = await trx.deleteFrom("leads").where("createdAt", "<", before).executeTakeFirst();
    return { leads: Number(leads.numDeletedRows), outbox: Number(outbox.numDeletedRows) };
  });
}
