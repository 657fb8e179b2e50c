// Table types shared by both dialects. Times are ISO-8601 UTC strings (`Date#toISOString`), which
// sort and compare correctly as text in SQLite and PostgreSQL alike; booleans are 0/1 integers.
export interface LeadsTable {
  id: string;
  created_at: string;
  name: string;
  email: string;
  company: string;
  phone: string | null;
  interest: string;
  region: string | null;
  message: string;
  newsletter: number;
  /** When the visitor ticked the privacy consent (the submission itself). */
  consent_at: string;
  /** Path of the page the form was on, e.g. /blog/… (marketing attribution, no personal data). */
  source: string | null;
}

export type OutboxStatus = "pending" | "sending" | "sent" | "failed";

export interface OutboxTable {
  id: string;
  lead_id: string;
  kind: string;
  status: OutboxStatus;
  attempts: number;
  next_attempt_at: string;
  locked_until: string | null;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}

export interface RateLimitsTable {
  /** sha-256 of salt + IP address: the limit works without storing addresses. */
  key: string;
  window_start: string;
  hits: number;
}

export interface Database {
  leads: LeadsTable;
  outbox: OutboxTable;
  rate_limits: RateLimitsTable;
}
