import { ButtonLink } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { formRenderedAt } from "@/lib/leads/fields";
import type { Interest } from "@/lib/taxonomy";
import { IntakeForm } from "./intake-form";

/**
 * The call to action on content pages: a compact intake form with the page's interest preselected,
 * and a link to the full form on /contact (same preselection) for phone number and region.
 */
export function IntakeCta({ interest, title = "Benieuwd wat AI voor jouw bedrijf kan doen?" }: { interest?: Interest; title?: string }) {
  const href = interest ? `/contact?interesse=${interest}` : "/contact";
  return (
    <section aria-labelledby="intake-cta" className="mt-16">
      <Container>
        <div className="grid gap-8 rounded-2xl bg-brand-800 px-6 py-10 text-white sm:px-10 lg:grid-cols-[2fr_3fr]">
          <div>
            <h2 id="intake-cta" className="text-2xl font-bold tracking-tight">
              {title}
            </h2>
            <p className="mt-3 max-w-2xl text-brand-100">
              De eerste kennismaking is altijd vrijblijvend en kosteloos. Neem je contact op, dan plannen we binnen 1–2 werkdagen een intake van ongeveer een
              uur.
            </p>
            <p className="mt-6 text-sm text-brand-100">Liever meer vertellen, of je telefoonnummer achterlaten?</p>
            <div className="mt-3">
              <ButtonLink href={href} variant="accent">
                Plan een gratis intake
              </ButtonLink>
            </div>
          </div>
          <IntakeForm interest={interest} startedAt={formRenderedAt()} variant="compact" headingLevel={3} />
        </div>
      </Container>
    </section>
  );
}
