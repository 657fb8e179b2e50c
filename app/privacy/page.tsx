import { JsonLd } from "@/components/json-ld";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/site/page-header";
import { leadsConfig } from "@/lib/leads";
import { crumbsOf, staticPage } from "@/lib/registry";
import { pageGraph, pageInput } from "@/lib/schema";
import { pageMetadata } from "@/lib/seo";
import { site } from "@/lib/site";

const page = staticPage("/privacy");

export const metadata = pageMetadata(page);

export default function PrivacyPage() {
  const months = leadsConfig().retentionMonths;
  const retention = months === 12 ? "twaalf maanden" : `${months} maanden`;
  return (
    <>
      <JsonLd graph={pageGraph(pageInput(page))} />
      <PageHeader title={page.title} intro={page.description} crumbs={crumbsOf(page)} />
      <Container narrow className="prose prose-stone mt-10 max-w-3xl prose-a:text-brand-700">
        <h2>Welke gegevens we bewaren</h2>
        <p>
          Als je via een intakeformulier op deze site een intake aanvraagt, bewaren we wat je invult: je naam, e-mailadres, bedrijfsnaam, je telefoonnummer (als
          je dat opgeeft), je bericht, je interesse (workshop, lezing, pilot, implementatie of anders), je regio (als je die opgeeft), of je de nieuwsbrief wilt
          ontvangen, het moment van je aanvraag en je toestemming, en op welke pagina van de site je het formulier invulde.
        </p>
        <p>
          Om misbruik tegen te gaan tellen we hoe vaak er vanaf hetzelfde netwerkadres een formulier wordt verstuurd. Dat adres slaan we niet zelf op, alleen
          een onomkeerbare versleutelde afgeleide ervan met een teller, en die gooien we na ongeveer een half uur weg. In onze technische logbestanden staan
          geen namen, e-mailadressen, telefoonnummers of berichten, alleen een intern volgnummer van de aanvraag.
        </p>
        <h2>Waarom</h2>
        <p>
          We gebruiken je gegevens alleen om je aanvraag te beantwoorden en een intake met je te plannen. De grondslag is artikel 6, lid 1, onder b van de AVG:
          de verwerking is nodig om op jouw verzoek stappen te zetten vóór een eventuele overeenkomst. Je aanvraag wordt daarvoor per e-mail doorgestuurd naar
          ons team. De nieuwsbrief sturen we alleen als je daar apart voor hebt gekozen; dat vinkje staat standaard uit.
        </p>
        <h2>Hoe lang</h2>
        <p>
          We bewaren een intake-aanvraag {retention} na ontvangst. Daarna verwijderen we hem automatisch, ook de melding aan ons team. Komt er een opdracht uit
          voort, dan gelden de bewaartermijnen van die opdracht.
        </p>
        <h2>Inzage en verwijdering</h2>
        <p>
          Je kunt op elk moment vragen welke gegevens we van je hebben, of vragen ze te laten verwijderen. Stuur daarvoor een bericht via het{" "}
          <a href="/contact">contactformulier</a> met het e-mailadres waarmee je de aanvraag deed. We verwijderen dan al je aanvragen met dat e-mailadres, ook
          de meldingen die nog niet verstuurd waren, en bevestigen dat binnen een maand. Een overzicht van je gegevens krijg je op dezelfde manier.
        </p>
        <h2>Wat we niet doen</h2>
        <p>We verkopen je gegevens niet en delen ze niet met derden voor hun eigen doeleinden. {site.name} plaatst geen tracking- of advertentiecookies.</p>
      </Container>
    </>
  );
}
