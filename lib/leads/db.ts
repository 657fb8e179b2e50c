// The database connection: SQLite (better-sqlite3, one file, WAL) by default, PostgreSQL (pg pool)
// when DATABASE_URL is set. Drivers are imported lazily so a deployment only loads the one it uses.
import fs from "node:fs";
import path from "node:path";
import { CamelCasePlugin, Kysely, PostgresDialect, sql, SqliteDialect } from "kysely";
import { type DatabaseConfig, databaseConfig } from "./config";
import { migrateToLatest } from "./migrations";
import type { Database } from "./schema";

export type LeadsDb = { db: Kysely<Database>; dialect: DatabaseConfig["dialect"]; close: () => Promise<void> };

/** Opens a connection and migrates it; the caller owns it (tests, scripts). The app uses getDb(). */
export async function openDatabase(config: DatabaseConfig = databaseConfig()): Promise<LeadsDb> {
  const dialect = config.dialect === "sqlite" ? await sqliteDialect(config.file) : await postgresDialect(config);
  // Code says createdAt, the tables say created_at (./schema, ./migrations).
  const db = new Kysely<Database>({ dialect, plugins: [new CamelCasePlugin()] });
  try {
    // Migrations spell out the snake_case names; without the plugin, the SQL they run never depends
    // on its name mapping (they are the fixed record of the schema).
    await migrateToLatest(db.withoutPlugins() as Kysely<unknown>, config.dialect === "postgres" ? config.schema : undefined);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return { db, dialect: config.dialect, close: () => db.destroy() };
}

async function sqliteDialect(file: string): Promise<SqliteDialect> {
  const { default: SQLite } = await import("better-sqlite3");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const database = new SQLite(file);
  // WAL: readers never block the writer; FULL: a commit is on disk (fsync) before we answer success.
  database.pragma("journal_mode = WAL");
  database.pragma("synchronous = FULL");
  database.pragma("foreign_keys = ON");
  // Scripts (purge, export) may write while the server runs: wait instead of failing with SQLITE_BUSY.
  database.pragma("busy_timeout = 5000");
  return new SqliteDialect({ database });
}

async function postgresDialect(config: Extract<DatabaseConfig, { dialect: "postgres" }>): Promise<PostgresDialect> {
  // An isolated schema (tests, benchmarks): create it, then make it the only one on the search path.
  if (config.schema) await postgresStatement(config.url, `CREATE SCHEMA IF NOT EXISTS ${quoted(config.schema)}`);
  const { default: pg } = await import("pg");
  const pool = new pg.Pool({
    connectionString: config.url,
    max: config.poolMax,
    connectionTimeoutMillis: 5000,
    ...(config.schema ? { options: `-c search_path=${config.schema}` } : {}),
  });
  // A broken idle connection must not crash the server; the next query gets a fresh one.
  pool.on("error", () => {});
  return new PostgresDialect({ pool });
}

/** Runs one statement on a connection of its own, outside any pool. */
async function postgresStatement(url: string, statement: string, connectionTimeoutMillis?: number): Promise<void> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis });
  try {
    await client.connect();
    await client.query(statement);
  } finally {
    await client.end().catch(() => undefined);
  }
}

const quoted = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

/** Throws unless PostgreSQL at `url` answers within three seconds (tests decide whether to run). */
export function pingPostgres(url: string): Promise<void> {
  return postgresStatement(url, "select 1", 3000);
}

/** Drops an isolated schema that openDatabase created, with everything in it (tests, benchmarks). */
export function dropPostgresSchema(url: string, schema: string): Promise<void> {
  return postgresStatement(url, `DROP SCHEMA IF EXISTS ${quoted(schema)} CASCADE`);
}

let shared: Promise<LeadsDb> | undefined;

/** The process-wide connection, opened and migrated on first use. A failed open is retried next time. */
export function getDb(): Promise<LeadsDb> {
  if (!shared) {
    shared = openDatabase().catch((error: unknown) => {
      shared = undefined;
      throw error;
    });
  }
  return shared;
}

/** Closes the shared connection (scripts call this so the process can exit). */
export async function closeDb(): Promise<void> {
  const current = shared;
  shared = undefined;
  if (current) await (await current).close();
}

/** Throws unless the database answers a trivial query; returns which one answered (for /api/health). */
export async function ping(): Promise<LeadsDb["dialect"]> {
  const { db, dialect } = await getDb();
  await sql`select 1`.execute(db);
  return dialect;
}
