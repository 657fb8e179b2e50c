import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { mainNavigation } from "@/lib/navigation";
import { site } from "@/lib/site";

function NavLinks({ className }: { className: string }) {
  return (
    <ul className={className}>
      {mainNavigation.map((item) => (
        <li key={item.path}>
          <Link href={item.path} className="block rounded-md px-3 py-2 text-sm font-medium text-ink hover:bg-brand-50 hover:text-brand-800">
            {item.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}

export function SiteHeader() {
  return (
    <header className="sticky top-0 z-30 border-b border-line bg-white/95 backdrop-blur">
      <Container className="flex h-16 items-center justify-between gap-4">
        <Link href="/" className="flex items-center gap-2 text-base font-bold tracking-tight text-brand-800">
          <span aria-hidden="true" className="grid size-8 place-items-center rounded-lg bg-brand-700 text-sm text-white">
            AI
          </span>
          {site.name}
        </Link>
        <nav aria-label="Hoofdmenu" className="hidden lg:block">
          <NavLinks className="flex items-center gap-1" />
        </nav>
        <div className="hidden lg:block">
          <ButtonLink href="/contact">Gratis intake</ButtonLink>
        </div>
        {/* <details> gives a keyboard- and screen-reader-friendly menu that works without JavaScript. */}
        <details className="group relative lg:hidden">
          <summary className="flex min-h-11 cursor-pointer list-none items-center rounded-lg border border-line px-4 text-sm font-semibold [&::-webkit-details-marker]:hidden">
            Menu
          </summary>
          <nav aria-label="Hoofdmenu (mobiel)" className="absolute right-0 mt-2 w-64 rounded-xl border border-line bg-white p-2 shadow-lg">
            <NavLinks className="flex flex-col" />
            <div className="mt-2 border-t border-line p-2">
              <ButtonLink href="/contact">Gratis intake</ButtonLink>
            </div>
          </nav>
        </details>
      </Container>
    </header>
  );
}
