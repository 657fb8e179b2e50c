import type { Metadata } from "next";
import { draftMode } from "next/headers";
import { notFound } from "next/navigation";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/site/page-header";
import { buildCalendar, countByStatus, statusLabel, type CalendarStatus } from "@/lib/calendar";
import { getAllPostsForCalendar, getCalendarPlan } from "@/lib/content";
import { formatDate } from "@/lib/format";
import { cn } from "@/lib/cn";

// Rendered per request and only for the editors: in `next dev`, or in draft mode (preview).
// A production build has no page here: without the preview cookie it is a 404, and it is in
// no sitemap, search index or menu.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Redactie: contentkalender",
  robots: { index: false, follow: false },
};

const tone: Record<CalendarStatus["kind"], string> = {
  published: "bg-brand-100 text-brand-800",
  scheduled: "bg-sky-100 text-sky-900",
  draft: "bg-amber-100 text-amber-950",
  missing: "bg-red-100 text-red-900",
};

function Status({ status }: { status: CalendarStatus }) {
  return (
    <span className={cn("inline-block whitespace-nowrap rounded-full px-2.5 py-0.5 text-xs font-semibold", tone[status.kind])}>{statusLabel(status)}</span>
  );
}

export default async function RedactiePage() {
  const { isEnabled: preview } = await draftMode();
  if (process.env.NODE_ENV === "production" && !preview) notFound();

  const calendar = buildCalendar(getAllPostsForCalendar(), getCalendarPlan(), new Date());
  const counts = countByStatus(calendar);
  return (
    <>
      <PageHeader
        title="Contentkalender"
        intro="De geplande weken uit de contentstrategie (content/kalender) met de stand van elk artikel, gelezen uit de frontmatter (week, intent, personas, clusters, date, draft). Dezelfde lijst geeft npm run content:calendar."
        crumbs={[
          { name: "Home", path: "/" },
          { name: "Redactie", path: "/redactie" },
        ]}
      >
        <p className="mt-4 text-sm text-muted">
          {counts.published} gepubliceerd · {counts.scheduled} gepland · {counts.draft} concept · {counts.missing} ontbreekt
        </p>
      </PageHeader>
      <Container className="mt-10">
        {!preview ? (
          <p className="mb-6 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
            Concepten en geplande artikelen open je in het voorbeeld: <code>/api/preview?secret=…&amp;path=/blog/…</code> (zie docs/redactie.md).
          </p>
        ) : null}
        <div className="table-scroll" role="region" aria-label="Contentkalender" tabIndex={0}>
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Contentkalender: week, status en artikel</caption>
            <thead className="border-b border-line text-xs uppercase tracking-wide text-muted">
              <tr>
                <th scope="col" className="py-2 pr-4">
                  Week
                </th>
                <th scope="col" className="py-2 pr-4">
                  Status
                </th>
                <th scope="col" className="py-2 pr-4">
                  Artikel
                </th>
                <th scope="col" className="py-2">
                  FAQ-update
                </th>
              </tr>
            </thead>
            <tbody>
              {calendar.weeks.map(({ plan, entries, status }) => (
                <tr key={plan.week} className="border-b border-line align-top">
                  <th scope="row" className="py-3 pr-4 font-semibold">
                    {plan.week}
                  </th>
                  <td className="py-3 pr-4">
                    <Status status={status} />
                  </td>
                  <td className="py-3 pr-4">
                    {entries.length === 0 ? (
                      <span className="text-muted">{plan.title} (nog geen bestand)</span>
                    ) : (
                      entries.map(({ post, intentMatchesPlan }) => (
                        <div key={post.slug} className="mb-1">
                          <a href={post.url} className="font-medium text-brand-800 hover:underline">
                            {post.title}
                          </a>
                          <div className="text-xs text-muted">
                            {formatDate(post.date)} · {post.intent}
                            {intentMatchesPlan ? "" : ` (plan: ${plan.intent})`} · {post.personas.join(", ")} · {post.clusters.join(", ")}
                          </div>
                        </div>
                      ))
                    )}
                  </td>
                  <td className="py-3 text-muted">{plan.faqUpdate}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {calendar.unplanned.length > 0 ? (
          <section aria-labelledby="niet-ingepland" className="mt-10">
            <h2 id="niet-ingepland" className="text-xl font-bold">
              Niet ingepland
            </h2>
            <ul className="mt-3 space-y-2 text-sm">
              {calendar.unplanned.map(({ post, status }) => (
                <li key={post.slug}>
                  <Status status={status} />{" "}
                  <a href={post.url} className="font-medium text-brand-800 hover:underline">
                    {post.title}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </Container>
    </>
  );
}
