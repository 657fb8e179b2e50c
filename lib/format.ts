import { site } from "./site";

const dateFormat = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: site.timeZone });

/** "2026-11-20T09:00:00Z" -> "20 november 2026" (in Amsterdam time). */
export function formatDate(iso: string): string {
  return dateFormat.format(new Date(iso));
}

export function formatEuro(amount: number): string {
  return new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR", maximumFractionDigits: 0 }).format(amount);
}
