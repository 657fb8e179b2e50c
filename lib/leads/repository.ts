// Storage of leads. Writing a lead and its notification happen in one transaction: when
// createLead resolves, both are committed, and only then does the visitor see success.
import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import type { LeadsDb } from "./db";
import type { LeadsTable } from "./schema";
import type { LeadInput } from "./validation";

export const NOTIFY_TEAM = "notify-team";

export type Lead = {
  id: string;
  createdAt: string;
  name: string;
  email: string;
  company: string;
  phone: string | null;
  interest: string;
  region: string | null;
  message: string;
  newsletter: boolean;
  consentAt: string;
  source: string | null;
};

function toLead(row: LeadsTable): Lead {
  return {
    id: row.id,
    createdAt: row.created_at,
    name: row.name,
    email: row.email,
    company: row.company,
    phone: row.phone,
    interest: row.interest,
    region: row.region,
    message: row.message,
    newsletter: Number(row.newsletter) === 1,
    consentAt: row.consent_at,
    source: row.source,
  };
}

/** Stores a validated lead with its team notification in the outbox; resolves after the commit. */
export async function insertLead({ db }: LeadsDb, input: LeadInput, meta: { source?: string | null; now?: Date } = {}): Promise<Lead> {
  const now = (meta.now ?? new Date()).toISOString();
  const row: LeadsTable = {
    id: randomUUID(),
    created_at: now,
    name: input.name,
    email: input.email,
    company: input.company,
    phone: input.phone,
    interest: input.interest,
    region: input.region,
    message: input.message,
    newsletter: input.newsletter ? 1 : 0,
    consent_at: now,
    source: meta.source ?? null,
  };
  await db.transaction().execute(async (trx) => {
    await trx.insertInto("leads").values(row).execute();
    await trx
      .insertInto("outbox")
      .values({ id: randomUUID(), lead_id: row.id, kind: NOTIFY_TEAM, status: "pending", attempts: 0, next_attempt_at: now, locked_until: null, last_error: null, created_at: now, sent_at: null })
      .execute();
  });
  return toLead(row);
}

export async function findLead({ db }: LeadsDb, id: string): Promise<Lead | undefined> {
  const row = await db.selectFrom("leads").selectAll().where("id", "=", id).executeTakeFirst();
  return row ? toLead(row) : undefined;
}

/** All leads of one address, case-insensitively (the AVG request names an address, not an id). */
export async function findLeadsByEmail({ db }: LeadsDb, email: string): Promise<Lead[]> {
  const rows = await db
    .selectFrom("leads")
    .selectAll()
    .where(sql<string>`lower(email)`, "=", email.trim().toLowerCase())
    .orderBy("created_at")
    .execute();
  return rows.map(toLead);
}

export async function countLeads({ db }: LeadsDb): Promise<number> {
  const { count } = await db.selectFrom("leads").select((eb) => eb.fn.countAll<string | number>().as("count")).executeTakeFirstOrThrow();
  return Number(count);
}

/** Leads in creation order, in pages, for the CSV export (never the whole table in memory). */
export async function* allLeads({ db }: LeadsDb, pageSize = 500): AsyncGenerator<Lead> {
  let after: { createdAt: string; id: string } | undefined;
  for (;;) {
    let query = db.selectFrom("leads").selectAll().orderBy("created_at").orderBy("id").limit(pageSize);
    if (after) {
      const { createdAt, id } = after;
      query = query.where((eb) => eb.or([eb("created_at", ">", createdAt), eb.and([eb("created_at", "=", createdAt), eb("id", ">", id)])]));
    }
    const rows = await query.execute();
    for (const row of rows) yield toLead(row);
    const last = rows.at(-1);
    if (!last || rows.length < pageSize) return;
    after = { createdAt: last.created_at, id: last.id };
  }
}

/** Removes one person's data everywhere: their leads and those leads' notifications. */
export async function eraseByEmail({ db }: LeadsDb, email: string): Promise<{ leads: number; outbox: number }> {
  return db.transaction().execute(async (trx) => {
    const ids = (await trx.selectFrom("leads").select("id").where(sql<string>`lower(email)`, "=", email.trim().toLowerCase()).execute()).map((r) => r.id);
    if (ids.length === 0) return { leads: 0, outbox: 0 };
    const outbox = await trx.deleteFrom("outbox").where("lead_id", "in", ids).executeTakeFirst();
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
    const old = trx.selectFrom("leads").select("id").where("created_at", "<", before);
    const outbox = await trx.deleteFrom("outbox").where("lead_id", "in", old).executeTakeFirst();
    const leads = await trx.deleteFrom("leads").where("created_at", "<", before).executeTakeFirst();
    return { leads: Number(leads.numDeletedRows), outbox: Number(outbox.numDeletedRows) };
  });
}
