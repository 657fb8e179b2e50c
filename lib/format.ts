import { site } from "./site";

const dateFormat = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: site.timeZone });
const momentFormat = new Intl.DateTimeFormat("nl-NL", { dateStyle: "full", timeStyle: "short", timeZone: site.timeZone });
const euroFormat = new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR", maximumFractionDigits: 0 });

/** The one date format a visitor or marketer reads: "20 november 2026", in Amsterdam time. */
export function formatDate(date: string | Date): string {
  return dateFormat.format(new Date(date));
}

/** "donderdag 3 december 2026 om 23:57": a moment, for the calendar's "stand van". */
export function formatMoment(date: Date): string {
  return momentFormat.format(date);
}

export function formatEuro(amount: number): string {
  return euroFormat.format(amount);
}

/** A service's price as the copy states it: "vanaf € 750", "€ 750 – € 1.500", or nothing. */
export function servicePrice({ priceFrom, priceTo }: { priceFrom?: number; priceTo?: number }): string | undefined {
  if (priceFrom && priceTo) return `${formatEuro(priceFrom)} – ${formatEuro(priceTo)}`;
  if (priceFrom) return `vanaf ${formatEuro(priceFrom)}`;
  return undefined;
}
