// Every knob of the intake, read from the environment at call time (so tests and scripts can set
// them) and documented once in the README section "Intake and leads".
import path from "node:path";

function int(name: string, fallback: number, min = 0): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be an integer >= ${min}, got "${raw}"`);
  return value;
}

export type DatabaseConfig = { dialect: "sqlite"; file: string } | { dialect: "postgres"; url: string; schema: string | undefined; poolMax: number };

/** SQLite file by default; DATABASE_URL (postgres://…) switches to PostgreSQL. */
export function databaseConfig(): DatabaseConfig {
  const url = process.env.DATABASE_URL?.trim();
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) throw new Error("DATABASE_URL must be a postgres:// or postgresql:// URL");
    const schema = process.env.DATABASE_SCHEMA?.trim() || undefined;
    if (schema && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error("DATABASE_SCHEMA must be a lower-case SQL identifier");
    return { dialect: "postgres", url, schema, poolMax: int("DATABASE_POOL_MAX", 10, 1) };
  }
  // The ignore comment keeps Next's output tracing from copying the whole project (and a local
  // data/site.db with personal data) into .next/standalone because of this runtime path.
  return { dialect: "sqlite", file: path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.DATABASE_FILE?.trim() || "data/site.db") };
}

export function leadsConfig() {
  return {
    /** Leads older than this are deleted by leads:purge and the daily purge in the server. */
    retentionMonths: int("LEADS_RETENTION_MONTHS", 12, 1),
    /** Submissions faster than this after the form was rendered are treated as bots. */
    minFillMs: int("LEADS_MIN_FILL_MS", 3000),
    /** Accepted submissions per IP address per window; 0 disables the limit (benchmarks only). */
    rateLimitMax: int("LEADS_RATE_LIMIT_MAX", 5),
    rateLimitWindowMs: int("LEADS_RATE_LIMIT_WINDOW_MS", 15 * 60_000, 1000),
    /** Reverse proxies in front of the app that append to X-Forwarded-For (0: use the last entry as is). */
    trustedProxyHops: int("TRUSTED_PROXY_HOPS", 1, 0),
    /** Salt for hashing IP addresses in the rate-limit table (no raw IPs are stored). */
    ipSalt: process.env.LEADS_IP_SALT ?? "ai-voor-het-mkb",
  };
}

export function outboxConfig() {
  return {
    smtpUrl: process.env.SMTP_URL?.trim() || undefined,
    notifyTo: process.env.LEADS_NOTIFY_TO?.trim() || "intake@localhost",
    mailFrom: process.env.LEADS_MAIL_FROM?.trim() || "AI voor het MKB <noreply@localhost>",
    /** How often the running server looks for undelivered notifications; 0 disables the interval. */
    intervalMs: int("OUTBOX_INTERVAL_MS", 30_000),
    maxAttempts: int("OUTBOX_MAX_ATTEMPTS", 12, 1),
    backoffBaseMs: int("OUTBOX_BACKOFF_MS", 30_000, 1),
    /** A claimed row whose sender died is retried after this lease. */
    leaseMs: int("OUTBOX_LEASE_MS", 5 * 60_000, 1000),
  };
}
