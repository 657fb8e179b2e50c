/**
 * The publishing rule, once: a draft is never published; a dated item is published from its
 * date on, and scheduled until then. The content API, the page registry, the content check, the
 * calendar and the preview banner all ask here.
 */

export type PublicationStatus = { kind: "published"; date: Date } | { kind: "scheduled"; date: Date } | { kind: "draft" };

export type Publishable = { date: string | Date; draft?: boolean };

export function publicationStatus(item: Publishable, now: Date = new Date()): PublicationStatus {
  if (item.draft === true) return { kind: "draft" };
  const date = new Date(item.date);
  return date.getTime() > now.getTime() ? { kind: "scheduled", date } : { kind: "published", date };
}

/** `now` is injectable, so tests (and the check's `--now`) can move the clock. */
export function isPublished(item: Publishable, now: Date = new Date()): boolean {
  return publicationStatus(item, now).kind === "published";
}
