// Request-level abuse checks that need no database: origin, honeypot, fill time, client address.
import ipaddr from "ipaddr.js";
import { HONEYPOT_FIELD, STARTED_FIELD } from "./fields";

type HeaderSource = { get(name: string): string | null };

function firstValue(value: string | null): string | undefined {
  return value?.split(",")[0]?.trim() || undefined;
}

/**
 * Accepts a post only when its Origin names this site. Next.js already rejects a foreign Origin
 * for server actions but lets a missing one through; browsers always send Origin on a POST (our
 * Referrer-Policy keeps it that way), so a missing or "null" Origin is not a visitor's browser.
 */
export function isSameOrigin(headers: HeaderSource, extraHosts: string[] = []): boolean {
  const origin = headers.get("origin");
  if (!origin || origin === "null") return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host.toLowerCase();
  } catch {
    return false;
  }
  const hosts = [firstValue(headers.get("x-forwarded-host")), firstValue(headers.get("host")), ...extraHosts]
    .filter((host): host is string => Boolean(host))
    .map((host) => host.toLowerCase());
  return hosts.includes(originHost);
}

/**
 * The visitor's address for the rate limit. Each trusted reverse proxy appends the address it saw
 * to X-Forwarded-For, so the entry `hops` from the end is the one a client cannot forge
 * (next start itself fills the header with the socket address when there is no proxy).
 */
export function clientAddress(headers: HeaderSource, hops: number): string {
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  const address = chain[Math.max(0, chain.length - Math.max(1, hops))] ?? headers.get("x-real-ip") ?? "unknown";
  const bare = address.replace(/^\[|\]$/g, "");
  if (!ipaddr.IPv6.isValid(bare)) return address;
  const ip = ipaddr.IPv6.parse(bare);
  // A dual-stack socket reports an IPv4 visitor as ::ffff:a.b.c.d: that is the IPv4 address.
  if (ip.isIPv4MappedAddress()) return ip.toIPv4Address().toString();
  // One IPv6 subscriber gets a whole /64: count the prefix, not the address.
  return `${new ipaddr.IPv6([...ip.parts.slice(0, 4), 0, 0, 0, 0]).toString()}/64`;
}

type BotVerdict = { bot: false } | { bot: true; reason: "honeypot" | "no-start" | "too-fast" };

/** Honeypot and minimum fill time. `startedAt` is the server time the form was rendered. */
export function botCheck(form: FormData, { now, minFillMs }: { now: number; minFillMs: number }): BotVerdict {
  const honeypot = form.get(HONEYPOT_FIELD);
  if (typeof honeypot === "string" && honeypot.trim() !== "") return { bot: true, reason: "honeypot" };
  const startedAt = Number(form.get(STARTED_FIELD));
  // Also rejects a start time from the future: the field is not something a browser changes.
  if (!Number.isSafeInteger(startedAt) || startedAt <= 0 || startedAt > now + 60_000) return { bot: true, reason: "no-start" };
  if (now - startedAt < minFillMs) return { bot: true, reason: "too-fast" };
  return { bot: false };
}
