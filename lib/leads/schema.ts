// Table types shared by both dialects, and the one definition of a lead. They are camelCase: the
// CamelCasePlugin in ./db maps them to the snake_case columns ./migrations creates. Times are
// ISO-8601 UTC strings (`Date#toISOString`), which sort and compare correctly as text in SQLite
// and PostgreSQL alike; booleans are 0/1 integers.
import type { Selectable } from "kysely";

interface LeadsTable {
  id: string;
  createdAt: string;
  name: string;
  email: string;
  company: string;
  phone: string | null;
  interest: string;
  region: string | null;
  message: string;
  newsletter: number;
  /** When the visitor ticked the privacy consent (the submission itself). */
  consentAt: string;
  /** Path of the page the form was on, e.g. /blog/… (marketing attribution, no personal data). */
  source: string | null;
}

interface OutboxTable {
  id: string;
  leadId: string;
  kind: string;
  status: "pending" | "sending" | "sent" | "failed";
  attempts: number;
  nextAttemptAt: string;
  lockedUntil: string | null;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

interface RateLimitsTable {
  /** sha-256 of salt + IP address: the limit works without storing addresses. */
  key: string;
  windowStart: string;
  hits: number;
}

export interface Database {
  leads: LeadsTable;
  outbox: OutboxTable;
  rateLimits: RateLimitsTable;
}

export type Lead = Selectable<LeadsTable>;
export type OutboxRow = Selectable<OutboxTable>;
