import { ButtonLink } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import type { Interest } from "@/lib/taxonomy";

/** The call to action on content pages; the interest is preselected in the intake form. */
export function IntakeCta({ interest, title = "Benieuwd wat AI voor jouw bedrijf kan doen?" }: { interest?: Interest; title?: string }) {
  const href = interest ? `/contact?interesse=${interest}` : "/contact";
  return (
    <section aria-labelledby="intake-cta" className="mt-16">
      <Container>
        <div className="rounded-2xl bg-brand-800 px-6 py-10 text-white sm:px-10">
          <h2 id="intake-cta" className="text-2xl font-bold tracking-tight">
            {title}
          </h2>
          <p className="mt-3 max-w-2xl text-brand-100">
            De eerste kennismaking is altijd vrijblijvend en kosteloos. Neem je contact op, dan plannen we binnen 1–2 werkdagen een intake van ongeveer een uur.
          </p>
          <div className="mt-6">
            <ButtonLink href={href} variant="accent">
              Plan een gratis intake
            </ButtonLink>
          </div>
        </div>
      </Container>
    </section>
  );
}
