import type { ReactNode } from "react";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import type { Crumb } from "@/lib/registry";
import { Container } from "@/components/ui/container";

export function PageHeader({ title, intro, crumbs, children }: { title: string; intro?: string; crumbs: Crumb[]; children?: ReactNode }) {
  return (
    <header className="border-b border-line bg-brand-50/60 py-10 sm:py-14">
      <Container>
        <Breadcrumbs crumbs={crumbs} />
        <h1 className="mt-4 max-w-3xl text-3xl font-bold tracking-tight text-ink sm:text-4xl">{title}</h1>
        {intro ? <p className="mt-4 max-w-2xl text-lg leading-relaxed text-muted">{intro}</p> : null}
        {children}
      </Container>
    </header>
  );
}
