import { draftMode } from "next/headers";
import { Container } from "@/components/ui/container";

/**
 * Shown on every page while draft mode is on, so a marketer never mistakes a preview for the
 * live site. Exiting is a form POST, not a link: links are prefetched, which would end the
 * preview before anyone clicks.
 */
export async function PreviewBanner() {
  const { isEnabled } = await draftMode();
  if (!isEnabled) return null;
  return (
    <div role="region" aria-label="Voorbeeld" className="border-b border-amber-300 bg-amber-100 text-amber-950">
      <Container className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 py-2 text-sm">
        <p>
          <strong className="mr-2 rounded bg-amber-950 px-2 py-0.5 text-xs font-bold uppercase tracking-wide text-amber-50">Voorbeeld</strong>
          Je ziet ook concepten en geplande stukken. Deze weergave is alleen voor de redactie.
        </p>
        <div className="flex items-center gap-3">
          <a href="/redactie" className="font-semibold underline underline-offset-2">
            Contentkalender
          </a>
          <form method="post" action="/api/preview/exit">
            <button type="submit" className="rounded-md border border-amber-950/40 bg-white px-3 py-1 font-semibold hover:bg-amber-50">
              Voorbeeld sluiten
            </button>
          </form>
        </div>
      </Container>
    </div>
  );
}
