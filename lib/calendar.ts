/**
 * The content calendar: the planned weeks of the content strategy (content/kalender/*.yaml) and
 * the status of each planned post, read from the posts' frontmatter (`week`, `intent`, `personas`,
 * `clusters`, `date`, `draft`). Pure: `npm run content:calendar` feeds it the raw files, the
 * /redactie page the content API; both pass the moment to judge "scheduled" by.
 */
import { formatDate, formatMoment } from "./format";
import { publicationStatus, type PublicationStatus } from "./publishing";

/** One week of the plan (the PlannedWeek type of the content model). */
export type PlannedWeek = { week: number; title: string; intent: string; intentNote?: string; faqUpdate: string };

/** What the calendar needs of a post; the content API's Post fits as it is. */
export type CalendarPost = {
  slug: string;
  url: string;
  title: string;
  week?: number;
  intent: string;
  personas: readonly string[];
  clusters: readonly string[];
  /** ISO date with offset, or a Date. */
  date: string | Date;
  draft?: boolean;
};

/** A post's publication status, or "missing" for a planned week without a post. */
export type CalendarStatus = PublicationStatus | { kind: "missing" };

export type CalendarEntry = { post: CalendarPost; status: CalendarStatus; intentMatchesPlan: boolean };

export type CalendarWeek = {
  plan: PlannedWeek;
  /** Usually one post; none when it is missing, more when a week is planned twice. */
  entries: CalendarEntry[];
  status: CalendarStatus;
};

export type Calendar = {
  weeks: CalendarWeek[];
  /** Posts without a week of the plan (extra posts, or a week outside 1–12). */
  unplanned: CalendarEntry[];
  now: Date;
};

export function buildCalendar(posts: readonly CalendarPost[], plan: readonly PlannedWeek[], now: Date): Calendar {
  const entry = (post: CalendarPost, planned?: PlannedWeek): CalendarEntry => ({
    post,
    status: publicationStatus(post, now),
    intentMatchesPlan: planned === undefined || post.intent === planned.intent,
  });
  const weeks = plan.map((planned) => {
    const entries = posts.filter((post) => post.week === planned.week).map((post) => entry(post, planned));
    return { plan: planned, entries, status: entries[0]?.status ?? { kind: "missing" as const } };
  });
  const plannedWeeks = new Set(plan.map((planned) => planned.week));
  const unplanned = posts.filter((post) => post.week === undefined || !plannedWeeks.has(post.week)).map((post) => entry(post));
  return { weeks, unplanned, now };
}

const STATUS_NAMES = { published: "gepubliceerd", scheduled: "gepland", draft: "concept", missing: "ontbreekt" } as const satisfies Record<
  CalendarStatus["kind"],
  string
>;

/** "gepubliceerd", "gepland op 2 maart 2026", "concept" or "ontbreekt". */
export function statusLabel(status: CalendarStatus): string {
  return status.kind === "scheduled" ? `gepland op ${formatDate(status.date)}` : STATUS_NAMES[status.kind];
}

export function countByStatus(calendar: Calendar): Record<CalendarStatus["kind"], number> {
  const counts = { published: 0, scheduled: 0, draft: 0, missing: 0 };
  for (const week of calendar.weeks) counts[week.status.kind]++;
  return counts;
}

function entryLines(entry: CalendarEntry, plan: PlannedWeek | undefined, indent: string): string[] {
  const { post, status } = entry;
  const intent = entry.intentMatchesPlan || !plan ? post.intent : `${post.intent} (plan: ${plan.intent})`;
  const when = status.kind === "published" ? `sinds ${formatDate(status.date)}` : status.kind === "draft" ? `datum ${formatDate(post.date)}` : undefined;
  return [
    post.title,
    `${indent}${[post.url, when].filter(Boolean).join(" · ")}`,
    `${indent}intentie: ${intent} · persona’s: ${post.personas.join(", ") || "—"} · clusters: ${post.clusters.join(", ") || "—"}`,
  ];
}

/** The calendar as text for the terminal: one block per week, a summary line at the end. */
export function formatCalendar(calendar: Calendar): string {
  const statusWidth = Math.max(
    12,
    ...calendar.weeks.flatMap((week) => [week.status, ...week.entries.map((entry) => entry.status)]).map((status) => statusLabel(status).length),
  );
  const indent = " ".repeat(6 + statusWidth + 2);
  const out: string[] = [`Contentkalender: ${calendar.weeks.length} weken uit de contentstrategie — stand van ${formatMoment(calendar.now)}`, ""];
  out.push(`${"Week".padEnd(6)}${"Status".padEnd(statusWidth + 2)}Titel`);
  for (const { plan, entries, status } of calendar.weeks) {
    const head = `${String(plan.week).padStart(4)}  `;
    if (entries.length === 0) {
      out.push(
        `${head}${statusLabel(status).padEnd(statusWidth + 2)}${plan.title}`,
        `${indent}intentie (plan): ${plan.intent}${plan.intentNote ? ` / ${plan.intentNote}` : ""}`,
      );
    }
    entries.forEach((entry, index) => {
      const [title, ...rest] = entryLines(entry, plan, indent);
      out.push(`${index === 0 ? head : " ".repeat(6)}${statusLabel(entry.status).padEnd(statusWidth + 2)}${title}`, ...rest);
      if (index > 0) out.push(`${indent}let op: week ${plan.week} is dubbel ingepland`);
    });
    out.push(`${indent}FAQ-update: ${plan.faqUpdate}`);
  }
  if (calendar.unplanned.length > 0) {
    out.push("", "Niet ingepland (geen week van het plan in de frontmatter):");
    for (const entry of calendar.unplanned) {
      const [title, ...rest] = entryLines(entry, undefined, indent);
      out.push(`${" ".repeat(6)}${statusLabel(entry.status).padEnd(statusWidth + 2)}${title}`, ...rest);
    }
  }
  const counts = countByStatus(calendar);
  out.push("", `Samenvatting: ${counts.published} gepubliceerd, ${counts.scheduled} gepland, ${counts.draft} concept, ${counts.missing} ontbreekt.`);
  return `${out.join("\n")}\n`;
}
