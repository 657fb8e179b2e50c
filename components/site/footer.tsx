import Link from "next/link";
import { Container } from "@/components/ui/container";
import { footerNavigation } from "@/lib/navigation";
import { site } from "@/lib/site";

export function SiteFooter() {
  return (
    <footer className="mt-20 border-t border-line bg-brand-900 text-brand-100">
      <Container className="grid gap-10 py-12 sm:grid-cols-2 lg:grid-cols-4">
        <div>
          <p className="text-base font-bold text-white">{site.name}</p>
          <p className="mt-3 text-sm leading-relaxed">
            {site.tagline}. Gevestigd in {site.city}, actief in de hele {site.region} en daarbuiten.
          </p>
        </div>
        {footerNavigation.map((column) => (
          <nav key={column.title} aria-label={column.title}>
            <p className="text-sm font-semibold text-white">{column.title}</p>
            <ul className="mt-3 space-y-2 text-sm">
              {column.links.map((link) => (
                <li key={link.path}>
                  {/* XML files are not pages: a plain link, so the router does not prefetch them. */}
                  {link.path.endsWith(".xml") ? (
                    <a href={link.path} className="hover:text-white hover:underline">
                      {link.name}
                    </a>
                  ) : (
                    <Link href={link.path} className="hover:text-white hover:underline">
                      {link.name}
                    </Link>
                  )}
                </li>
              ))}
            </ul>
          </nav>
        ))}
      </Container>
      <Container className="border-t border-brand-800 py-6 text-xs text-brand-200">
        © {new Date().getFullYear()} {site.name}
      </Container>
    </footer>
  );
}
