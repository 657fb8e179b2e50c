// Per-IP rate limit kept in the database, so every app instance counts against the same numbers.
// Fixed windows: one row per hashed address per window, incremented atomically by an upsert.
import { createHash } from "node:crypto";
import type { LeadsDb } from "./db";

export function hashKey(salt: string, value: string): string {
  return createHash("sha256").update(`${salt}\u0000${value}`).digest("hex");
}

type RateLimitResult = { allowed: boolean; hits: number; retryAfterMs: number };

/** Counts one hit for the key and says whether it is within `max` hits in the current window. */
export async function hitRateLimit(
  { db }: LeadsDb,
  key: string,
  { max, windowMs, now = new Date() }: { max: number; windowMs: number; now?: Date },
): Promise<RateLimitResult> {
  const start = Math.floor(now.getTime() / windowMs) * windowMs;
  const row = await db
    .insertInto("rateLimits")
    .values({ key, windowStart: new Date(start).toISOString(), hits: 1 })
    .onConflict((oc) => oc.columns(["key", "windowStart"]).doUpdateSet((eb) => ({ hits: eb("rateLimits.hits", "+", 1) })))
    .returning("hits")
    .executeTakeFirstOrThrow();
  const hits = Number(row.hits);
  return { allowed: hits <= max, hits, retryAfterMs: start + windowMs - now.getTime() };
}

/** Drops windows that ended before `before` (they only held hashed addresses and counts). */
export async function purgeRateLimits({ db }: LeadsDb, before: Date): Promise<number> {
  const result = await db.deleteFrom("rateLimits").where("windowStart", "<", before.toISOString()).executeTakeFirst();
  return Number(result.numDeletedRows);
}
