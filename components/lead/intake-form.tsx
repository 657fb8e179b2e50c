import { INTEREST_LABELS, INTERESTS, type Interest } from "@/lib/taxonomy";

const field = "mt-1.5 w-full rounded-lg border border-line bg-white px-3.5 py-2.5 text-base shadow-sm focus:border-brand-600";
const labelClass = "block text-sm font-semibold text-ink";

/** The intake form markup. Storing leads is wired up in lib/leads (server action). */
export function IntakeForm({ interest }: { interest?: Interest }) {
  return (
    <form className="space-y-5 rounded-(--radius-card) border border-line bg-white p-6 shadow-sm" aria-describedby="intake-status">
      <div className="grid gap-5 sm:grid-cols-2">
        <div>
          <label htmlFor="naam" className={labelClass}>Naam</label>
          <input id="naam" name="naam" autoComplete="name" required maxLength={100} className={field} />
        </div>
        <div>
          <label htmlFor="email" className={labelClass}>E-mail</label>
          <input id="email" name="email" type="email" autoComplete="email" required maxLength={254} className={field} />
        </div>
        <div>
          <label htmlFor="bedrijf" className={labelClass}>Bedrijf</label>
          <input id="bedrijf" name="bedrijf" autoComplete="organization" required maxLength={120} className={field} />
        </div>
        <div>
          <label htmlFor="telefoon" className={labelClass}>Telefoon <span className="font-normal text-muted">(optioneel)</span></label>
          <input id="telefoon" name="telefoon" type="tel" autoComplete="tel" maxLength={30} className={field} />
        </div>
        <div>
          <label htmlFor="interesse" className={labelClass}>Waar heb je interesse in?</label>
          <select id="interesse" name="interesse" defaultValue={interest ?? "workshop"} className={field}>
            {INTERESTS.map((option) => (
              <option key={option} value={option}>{INTEREST_LABELS[option]}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="regio" className={labelClass}>Regio <span className="font-normal text-muted">(optioneel)</span></label>
          <input id="regio" name="regio" placeholder="Bijvoorbeeld Amsterdam of Utrecht" maxLength={80} className={field} />
        </div>
      </div>
      <div>
        <label htmlFor="bericht" className={labelClass}>Je vraag of situatie</label>
        <textarea id="bericht" name="bericht" rows={5} required maxLength={4000} className={field} />
      </div>
      <div className="space-y-3 text-sm">
        <label className="flex items-start gap-3">
          <input type="checkbox" name="privacy" required className="mt-1 size-4" />
          <span>Ik ga akkoord met de verwerking van mijn gegevens zoals beschreven in de <a href="/privacy" className="text-brand-700 underline">privacyverklaring</a>.</span>
        </label>
        <label className="flex items-start gap-3">
          <input type="checkbox" name="nieuwsbrief" className="mt-1 size-4" />
          <span>Stuur mij af en toe de nieuwsbrief (optioneel).</span>
        </label>
      </div>
      <p id="intake-status" className="text-sm text-muted">
        Het online aanvragen van een intake wordt binnenkort geactiveerd.
      </p>
      <button type="submit" disabled className="inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-5 text-sm font-semibold text-white opacity-60">
        Vraag een gratis intake aan
      </button>
    </form>
  );
}
