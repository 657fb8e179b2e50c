// Migrations live in code (not files on disk) so they are bundled with the server and the
// standalone output. One schema for both dialects: only portable column types are used.
import { type Kysely, type Migration, type MigrationProvider, Migrator, sql } from "kysely";

const migrations: Record<string, Migration> = {
  "2026_11_01_0001_leads_outbox_rate_limits": {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("leads")
        .addColumn("id", "varchar(36)", (col) => col.primaryKey())
        .addColumn("created_at", "varchar(30)", (col) => col.notNull())
        .addColumn("name", "varchar(100)", (col) => col.notNull())
        .addColumn("email", "varchar(254)", (col) => col.notNull())
        .addColumn("company", "varchar(120)", (col) => col.notNull())
        .addColumn("phone", "varchar(30)")
        .addColumn("interest", "varchar(20)", (col) => col.notNull())
        .addColumn("region", "varchar(80)")
        .addColumn("message", "text", (col) => col.notNull())
        .addColumn("newsletter", "integer", (col) => col.notNull().defaultTo(0))
        .addColumn("consent_at", "varchar(30)", (col) => col.notNull())
        .addColumn("source", "varchar(200)")
        .execute();
      await db.schema.createIndex("leads_created_at_idx").on("leads").column("created_at").execute();
      // Erasure and export look people up by address regardless of how they capitalised it.
      await db.schema
        .createIndex("leads_email_lower_idx")
        .on("leads")
        .expression(sql`lower(email)`)
        .execute();

      await db.schema
        .createTable("outbox")
        .addColumn("id", "varchar(36)", (col) => col.primaryKey())
        .addColumn("lead_id", "varchar(36)", (col) => col.notNull().references("leads.id").onDelete("cascade"))
        .addColumn("kind", "varchar(40)", (col) => col.notNull())
        .addColumn("status", "varchar(10)", (col) => col.notNull())
        .addColumn("attempts", "integer", (col) => col.notNull().defaultTo(0))
        .addColumn("next_attempt_at", "varchar(30)", (col) => col.notNull())
        .addColumn("locked_until", "varchar(30)")
        .addColumn("last_error", "varchar(200)")
        .addColumn("created_at", "varchar(30)", (col) => col.notNull())
        .addColumn("sent_at", "varchar(30)")
        // One notification of a kind per lead, enforced by the database: never two e-mails for one lead.
        .addUniqueConstraint("outbox_lead_kind_unique", ["lead_id", "kind"])
        .execute();
      await db.schema.createIndex("outbox_due_idx").on("outbox").columns(["status", "next_attempt_at"]).execute();

      await db.schema
        .createTable("rate_limits")
        .addColumn("key", "varchar(64)", (col) => col.notNull())
        .addColumn("window_start", "varchar(30)", (col) => col.notNull())
        .addColumn("hits", "integer", (col) => col.notNull())
        .addPrimaryKeyConstraint("rate_limits_pk", ["key", "window_start"])
        .execute();
      await db.schema.createIndex("rate_limits_window_idx").on("rate_limits").column("window_start").execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable("rate_limits").execute();
      await db.schema.dropTable("outbox").execute();
      await db.schema.dropTable("leads").execute();
    },
  },
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** Brings the schema up to date. Safe to run from several instances at once (Kysely takes a lock). */
export async function migrateToLatest(db: Kysely<unknown>, schema?: string): Promise<string[]> {
  const migrator = new Migrator({ db, provider, ...(schema ? { migrationTableSchema: schema } : {}) });
  const { error, results = [] } = await migrator.migrateToLatest();
  const failed = results.find((result) => result.status === "Error");
  if (error || failed) {
    throw new Error(`Database migration failed${failed ? ` at ${failed.migrationName}` : ""}`, { cause: error });
  }
  return results.filter((result) => result.status === "Success").map((result) => result.migrationName);
}

export const migrationNames = Object.keys(migrations);
