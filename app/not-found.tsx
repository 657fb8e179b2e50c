import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { Container } from "@/components/ui/container";

export const metadata = { title: "Pagina niet gevonden", robots: { index: false } };

const suggestions = [
  { name: "Blog: praktische artikelen over AI", path: "/blog" },
  { name: "Veelgestelde vragen", path: "/faq" },
  { name: "Diensten: workshops, lezingen, pilots", path: "/diensten" },
  { name: "AI-nieuws", path: "/nieuws" },
];

export default function NotFound() {
  return (
    <Container narrow className="py-20">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Fout 404</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight sm:text-4xl">Deze pagina bestaat niet (meer)</h1>
      <p className="mt-4 text-lg text-muted">
        Misschien is de pagina verplaatst, of zit er een typfout in het adres. Zoek wat je nodig hebt of kies een van deze pagina&apos;s.
      </p>
      <div className="mt-6 flex flex-wrap gap-3">
        <ButtonLink href="/zoeken">Zoeken op de site</ButtonLink>
        <ButtonLink href="/" variant="secondary">
          Naar de homepage
        </ButtonLink>
      </div>
      <ul className="mt-10 space-y-2">
        {suggestions.map((suggestion) => (
          <li key={suggestion.path}>
            <Link href={suggestion.path} className="font-medium text-brand-700 hover:underline">
              {suggestion.name}
            </Link>
          </li>
        ))}
      </ul>
    </Container>
  );
}
