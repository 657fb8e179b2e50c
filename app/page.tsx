import Link from "next/link";
import { JsonLd } from "@/components/json-ld";
import { PostGrid } from "@/components/blog/post-card";
import { IntakeCta } from "@/components/lead/intake-cta";
import { NewsList } from "@/components/news/news-card";
import { ServiceCards } from "@/components/site/service-cards";
import { ButtonLink } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { LinkCards } from "@/components/ui/link-list";
import { faqAnchor, getFaqItems, getNews, getPersonas, getPosts, getRegions, getServices } from "@/lib/content";
import { staticPage } from "@/lib/registry";
import { pageGraph, pageInput } from "@/lib/schema";
import { pageMetadata } from "@/lib/seo";

const page = staticPage("/");

export const metadata = pageMetadata(page);

const FAQ_TEASER_SIZE = 4;

function Section({ id, title, more, children }: { id: string; title: string; more?: { href: string; label: string }; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-16">
      <Container>
        <div className="mb-6 flex flex-wrap items-end justify-between gap-3">
          <h2 id={id} className="text-2xl font-bold tracking-tight sm:text-3xl">
            {title}
          </h2>
          {more ? (
            <Link href={more.href} className="text-sm font-semibold text-brand-700 hover:underline">
              {more.label} →
            </Link>
          ) : null}
        </div>
        {children}
      </Container>
    </section>
  );
}

export default function HomePage() {
  return (
    <>
      <JsonLd graph={pageGraph(pageInput(page, { image: "/opengraph-image" }))} />
      <section className="border-b border-line bg-gradient-to-b from-brand-50 to-paper py-16 sm:py-24">
        <Container>
          <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">AI voor het MKB · Amsterdam en de Randstad</p>
          <h1 className="mt-3 max-w-3xl text-4xl font-bold tracking-tight text-ink sm:text-5xl">
            Praktisch aan de slag met AI, zonder grote investering vooraf
          </h1>
          <p className="mt-5 max-w-2xl text-lg leading-relaxed text-muted">
            Workshops, lezingen, pilots en implementatie voor MKB-bedrijven. Denk groot, begin klein: we zoeken samen naar de toepassingen die direct tijd
            besparen, en leggen uit waarom we iets kiezen.
          </p>
          <div className="mt-8 flex flex-wrap gap-3">
            <ButtonLink href="/contact">Plan een gratis intake</ButtonLink>
            <ButtonLink href="/diensten" variant="secondary">
              Bekijk de diensten
            </ButtonLink>
          </div>
        </Container>
      </section>

      <Section id="personas-title" title="Herken je jezelf?" more={{ href: "/voor", label: "Voor wie we werken" }}>
        <LinkCards items={getPersonas()} headingLevel={3} />
      </Section>

      <Section id="services-title" title="Zo helpen we je" more={{ href: "/diensten", label: "Alle diensten" }}>
        <ServiceCards services={getServices()} />
      </Section>

      <Section id="posts-title" title="Laatste artikelen" more={{ href: "/blog", label: "Naar de blog" }}>
        <PostGrid posts={getPosts().slice(0, 3)} />
      </Section>

      <Section id="news-title" title="AI-nieuws" more={{ href: "/nieuws", label: "Al het nieuws" }}>
        <NewsList items={getNews().slice(0, 4)} />
      </Section>

      <Section id="region-title" title="Lokaal in Amsterdam en de Randstad" more={{ href: "/regio", label: "Over de regio" }}>
        <LinkCards items={getRegions()} headingLevel={3} />
      </Section>

      <Section id="faq-title" title="Veelgestelde vragen" more={{ href: "/faq", label: "Alle vragen" }}>
        <ul className="grid gap-3 sm:grid-cols-2">
          {getFaqItems()
            .slice(0, FAQ_TEASER_SIZE)
            .map((item) => (
              <li key={item.question}>
                <Link
                  href={`/faq#${faqAnchor(item.question)}`}
                  className="block h-full rounded-lg border border-line bg-white p-4 font-medium text-ink hover:border-brand-600"
                >
                  {item.question}
                </Link>
              </li>
            ))}
        </ul>
      </Section>

      <IntakeCta />
    </>
  );
}
