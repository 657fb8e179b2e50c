// One intake submission from request to stored lead, independent of Next.js so it is unit-tested
// as is. The server action only maps the outcome to what the form shows.
import { leadsConfig } from "./config";
import { getDb, type LeadsDb } from "./db";
import { log, safeError } from "./log";
import { hashKey, hitRateLimit } from "./rate-limit";
import { insertLead } from "./repository";
import { botCheck, clientAddress, isSameOrigin } from "./spam";
import { type IntakeField, SOURCE_FIELD } from "./fields";
import { type IntakeValues, keptValues, readIntakeForm, validateLead } from "./validation";

type HeaderSource = { get(name: string): string | null };

type IntakeOutcome =
  | { kind: "stored"; leadId: string; email: string }
  /** Honeypot, fill time or missing start: answered like a success, stored as nothing. */
  | { kind: "bot"; reason: string }
  | { kind: "cross-site" }
  | { kind: "invalid"; errors: Partial<Record<IntakeField, string>>; values: IntakeValues }
  | { kind: "rate-limited"; values: IntakeValues; retryAfterMs: number }
  | { kind: "unavailable"; values: IntakeValues };

type IntakeRequest = {
  form: FormData;
  headers: HeaderSource;
  now?: Date;
  /** Extra hosts a post may come from (the canonical site host behind a proxy). */
  allowedHosts?: string[];
  /** Defaults to the shared connection. */
  db?: () => Promise<LeadsDb>;
};

/** Only a site path is kept as the lead's source (no query strings: they can carry personal data). */
function sourcePath(value: FormDataEntryValue | null): string | null {
  if (typeof value !== "string") return null;
  const path = value.split(/[?#]/)[0] ?? "";
  return /^\/[a-z0-9\-/]{0,199}$/.test(path) ? path : null;
}

export async function handleIntake({ form, headers, now = new Date(), allowedHosts = [], db = getDb }: IntakeRequest): Promise<IntakeOutcome> {
  const config = leadsConfig();
  if (!isSameOrigin(headers, allowedHosts)) {
    log.warn("intake.rejected", { reason: "origin" });
    return { kind: "cross-site" };
  }
  const verdict = botCheck(form, { now: now.getTime(), minFillMs: config.minFillMs });
  if (verdict.bot) {
    log.info("intake.rejected", { reason: verdict.reason });
    return { kind: "bot", reason: verdict.reason };
  }
  const raw = readIntakeForm(form);
  const result = validateLead(raw);
  if (!result.ok) return { kind: "invalid", errors: result.errors, values: result.values };

  try {
    const connection = await db();
    if (config.rateLimitMax > 0) {
      const key = hashKey(config.ipSalt, clientAddress(headers, config.trustedProxyHops));
      const limit = await hitRateLimit(connection, key, { max: config.rateLimitMax, windowMs: config.rateLimitWindowMs, now });
      if (!limit.allowed) {
        log.warn("intake.rejected", { reason: "rate-limit", count: limit.hits });
        return { kind: "rate-limited", values: keptValues(raw), retryAfterMs: limit.retryAfterMs };
      }
    }
    const lead = await insertLead(connection, result.lead, { source: sourcePath(form.get(SOURCE_FIELD)), now });
    log.info("lead.stored", { leadId: lead.id });
    return { kind: "stored", leadId: lead.id, email: lead.email };
  } catch (error) {
    // The visitor keeps what they typed and is asked to try again; nothing was committed.
    log.error("lead.store-failed", { error: safeError(error) });
    return { kind: "unavailable", values: keptValues(raw) };
  }
}
