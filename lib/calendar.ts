/**
 * The 12-week content calendar of the client's strategy (seed 003, "Contentkalender") and the
 * status of each planned post, read from the posts' frontmatter (`week`, `intent`, `personas`,
 * `clusters`, `date`, `draft`). Pure: `npm run content:calendar` feeds it the raw files, the
 * /redactie page the content API; both pass the moment to judge "scheduled" by.
 */
import type { Intent } from "./taxonomy";

export type PlannedWeek = {
  week: number;
  /** The title as the strategy wrote it. */
  title: string;
  intent: Intent;
  /** What the strategy adds to the intent ("bewijsvoering"). */
  intentNote?: string;
  faqUpdate: string;
};

/**
 * Seed 003, weeks 1–12: one blog and one FAQ update a week. Week 6's "[fictief bedrijf]" is the
 * strategy's template placeholder; it is resolved here as in the published post.
 */
export const CONTENT_PLAN: readonly PlannedWeek[] = [
  { week: 1, title: "AI voor het MKB: 5 snelle wins die direct tijd besparen", intent: "informatief", faqUpdate: "Nieuwe Q&A’s over directe tijdsbesparingen en snel starten met AI." },
  { week: 2, title: "Wat kost een AI-workshop? Kosten, ROI en formats (½ dag, in-company)", intent: "transactioneel", faqUpdate: "Q&A’s over prijzen, ROI van AI en workshopmogelijkheden (lokaal vs. online)." },
  { week: 3, title: "Stappenplan: starten met AI in jouw bedrijf (van pilot tot schaal)", intent: "informatief", faqUpdate: "Q&A’s over hoe te beginnen, pilotprojecten en benodigde tijd/investering." },
  { week: 4, title: "Veelgemaakte fouten bij AI-implementatie (en hoe je ze voorkomt)", intent: "informatief", faqUpdate: "Q&A’s over valkuilen en best practices, inclusief vragen over training van personeel." },
  { week: 5, title: "AI-tools voor MKB in 2025: selectie en inzet per team (sales/finance/ops)", intent: "informatief", faqUpdate: "Q&A’s over specifieke tools per afdeling en hun toepassing." },
  { week: 6, title: "Case: voorbeeldbedrijf – 20% tijdwinst met AI-automatisering", intent: "transactioneel", intentNote: "bewijsvoering", faqUpdate: "Q&A’s over gerealiseerde resultaten, voorbeeldcases en wat haalbaar is voor klanten." },
  { week: 7, title: "AI-automatisering vs. Excel-macro’s/RPA: wat kies je wanneer?", intent: "informatief", faqUpdate: "Q&A’s over verschillen tussen traditionele automatisering en AI, en lokale hulpvragen." },
  { week: 8, title: "AI in Amsterdam en de Randstad: lokaal aanbod van lezingen, workshops en implementatiepartners", intent: "lokaal", faqUpdate: "Q&A’s over lokale beschikbaarheid (workshops in Amsterdam, buiten de Randstad)." },
  { week: 9, title: "AI-trends voor het MKB in 2025", intent: "informatief", faqUpdate: "Q&A’s over toekomstige trends en hoe lokaal MKB hierop kan inspelen." },
  { week: 10, title: "Zelf doen of uitbesteden? AI-implementatie-opties voor MKB", intent: "transactioneel", faqUpdate: "Q&A’s over begeleiding, ondersteuning in de regio, samenwerkingsvormen." },
  { week: 11, title: "Data & Privacy bij AI in het MKB: waar moet je op letten?", intent: "informatief", faqUpdate: "Q&A’s over gegevensveiligheid, AVG-compliance en vertrouwen in AI-systemen." },
  { week: 12, title: "Je team meenemen in AI-adoptie: tips voor changemanagement in MKB", intent: "informatief", faqUpdate: "Q&A’s over training, acceptatie door medewerkers en mogelijke weerstanden." },
];

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

export type CalendarStatus =
  | { kind: "gepubliceerd"; date: Date }
  | { kind: "gepland"; date: Date }
  | { kind: "concept" }
  | { kind: "ontbreekt" };

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

/** The same publishing rule as the site (lib/content.ts isPublished): drafts never, dated items from their date. */
export function statusOf(post: Pick<CalendarPost, "date" | "draft">, now: Date): CalendarStatus {
  if (post.draft === true) return { kind: "concept" };
  const date = new Date(post.date);
  return date.getTime() > now.getTime() ? { kind: "gepland", date } : { kind: "gepubliceerd", date };
}

export function buildCalendar(posts: readonly CalendarPost[], now: Date, plan: readonly PlannedWeek[] = CONTENT_PLAN): Calendar {
  const entry = (post: CalendarPost, planned?: PlannedWeek): CalendarEntry => ({
    post,
    status: statusOf(post, now),
    intentMatchesPlan: planned === undefined || post.intent === planned.intent,
  });
  const weeks = plan.map((planned) => {
    const entries = posts.filter((post) => post.week === planned.week).map((post) => entry(post, planned));
    return { plan: planned, entries, status: entries[0]?.status ?? { kind: "ontbreekt" as const } };
  });
  const plannedWeeks = new Set(plan.map((planned) => planned.week));
  const unplanned = posts.filter((post) => post.week === undefined || !plannedWeeks.has(post.week)).map((post) => entry(post));
  return { weeks, unplanned, now };
}

const dateFormat = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Amsterdam" });
const momentFormat = new Intl.DateTimeFormat("nl-NL", { dateStyle: "full", timeStyle: "short", timeZone: "Europe/Amsterdam" });

/** "gepubliceerd", "gepland op 2 maart 2026", "concept" or "ontbreekt". */
export function statusLabel(status: CalendarStatus): string {
  return status.kind === "gepland" ? `gepland op ${dateFormat.format(status.date)}` : status.kind;
}

export function countByStatus(calendar: Calendar): Record<CalendarStatus["kind"], number> {
  const counts = { gepubliceerd: 0, gepland: 0, concept: 0, ontbreekt: 0 };
  for (const week of calendar.weeks) counts[week.status.kind]++;
  return counts;
}

function entryLines(entry: CalendarEntry, plan: PlannedWeek | undefined, indent: string): string[] {
  const { post, status } = entry;
  const intent = entry.intentMatchesPlan || !plan ? post.intent : `${post.intent} (plan: ${plan.intent})`;
  const when = status.kind === "gepubliceerd" ? `sinds ${dateFormat.format(status.date)}` : status.kind === "concept" ? `datum ${dateFormat.format(new Date(post.date))}` : undefined;
  return [
    post.title,
    `${indent}${[post.url, when].filter(Boolean).join(" · ")}`,
    `${indent}intentie: ${intent} · persona’s: ${post.personas.join(", ") || "—"} · clusters: ${post.clusters.join(", ") || "—"}`,
  ];
}

/** The calendar as text for the terminal: one block per week, a summary line at the end. */
export function formatCalendar(calendar: Calendar): string {
  const statusWidth = Math.max(12, ...calendar.weeks.flatMap((week) => [week.status, ...week.entries.map((entry) => entry.status)]).map((status) => statusLabel(status).length));
  const indent = " ".repeat(6 + statusWidth + 2);
  const out: string[] = [`Contentkalender: 12 weken uit de contentstrategie — stand van ${momentFormat.format(calendar.now)}`, ""];
  out.push(`${"Week".padEnd(6)}${"Status".padEnd(statusWidth + 2)}Titel`);
  for (const { plan, entries, status } of calendar.weeks) {
    const head = `${String(plan.week).padStart(4)}  `;
    if (entries.length === 0) {
      out.push(`${head}${statusLabel(status).padEnd(statusWidth + 2)}${plan.title}`, `${indent}intentie (plan): ${plan.intent}${plan.intentNote ? ` / ${plan.intentNote}` : ""}`);
    }
    entries.forEach((entry, index) => {
      const [title, ...rest] = entryLines(entry, plan, indent);
      out.push(`${index === 0 ? head : " ".repeat(6)}${statusLabel(entry.status).padEnd(statusWidth + 2)}${title}`, ...rest);
      if (index > 0) out.push(`${indent}let op: week ${plan.week} is dubbel ingepland`);
    });
    out.push(`${indent}FAQ-update: ${plan.faqUpdate}`);
  }
  if (calendar.unplanned.length > 0) {
    out.push("", "Niet ingepland (geen week 1–12 in de frontmatter):");
    for (const entry of calendar.unplanned) {
      const [title, ...rest] = entryLines(entry, undefined, indent);
      out.push(`${" ".repeat(6)}${statusLabel(entry.status).padEnd(statusWidth + 2)}${title}`, ...rest);
    }
  }
  const counts = countByStatus(calendar);
  out.push("", `Samenvatting: ${counts.gepubliceerd} gepubliceerd, ${counts.gepland} gepland, ${counts.concept} concept, ${counts.ontbreekt} ontbreekt.`);
  return `${out.join("\n")}\n`;
}
