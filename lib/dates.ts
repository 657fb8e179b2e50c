/**
 * Frontmatter dates as Contentlayer reads them (`date.timezone` in contentlayer.config.ts is
 * `site.timeZone`): an explicit offset or `Z` is kept, a date without one is Amsterdam time.
 * The content check and the editorial tools read raw files, so they need the same reading to
 * agree with the site on what is scheduled.
 */
import { site } from "./site";

const CONTENT_TIME_ZONE = site.timeZone;

const WITH_OFFSET = /(?:Z|[+-]\d{2}:?\d{2})$/i;
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?$/;

/** Minutes east of UTC of `timeZone` at `instant` (Amsterdam: 60 in winter, 120 in summer). */
export function offsetMinutes(instant: Date, timeZone: string = CONTENT_TIME_ZONE): number {
  const name = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" })
    .formatToParts(instant)
    .find((part) => part.type === "timeZoneName")?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? "");
  if (!match) return 0;
  return (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

/** A wall-clock time in `timeZone` as an instant; correct on both sides of a DST change. */
export function zonedTime(
  parts: { year: number; month: number; day: number; hour?: number; minute?: number; second?: number; ms?: number },
  timeZone: string = CONTENT_TIME_ZONE,
): Date {
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0, parts.ms ?? 0);
  const first = offsetMinutes(new Date(wall), timeZone);
  const second = offsetMinutes(new Date(wall - first * 60_000), timeZone);
  return new Date(wall - second * 60_000);
}

/** A frontmatter date (string, or a Date a YAML parser made of it); undefined when unreadable. */
export function parseContentDate(value: unknown, timeZone: string = CONTENT_TIME_ZONE): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  if (WITH_OFFSET.test(text)) {
    const date = new Date(text);
    return Number.isNaN(date.getTime()) ? undefined : date;
  }
  const match = LOCAL.exec(text);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second, ms] = match;
  return zonedTime(
    {
      year: Number(year),
      month: Number(month),
      day: Number(day),
      hour: Number(hour ?? 0),
      minute: Number(minute ?? 0),
      second: Number(second ?? 0),
      ms: Number((ms ?? "0").padEnd(3, "0")),
    },
    timeZone,
  );
}

/** Calendar parts of an instant in `timeZone`. */
export function zonedParts(instant: Date, timeZone: string = CONTENT_TIME_ZONE): { year: number; month: number; day: number } {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  return { year: get("year"), month: get("month"), day: get("day") };
}

const pad = (value: number) => String(Math.abs(value)).padStart(2, "0");

/** "2026-01-05T09:00:00+01:00": the local wall-clock time with its offset, as the posts write it. */
export function formatZoned(instant: Date, timeZone: string = CONTENT_TIME_ZONE): string {
  const offset = offsetMinutes(instant, timeZone);
  const local = new Date(instant.getTime() + offset * 60_000);
  const sign = offset < 0 ? "-" : "+";
  return `${local.toISOString().slice(0, 19)}${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}
