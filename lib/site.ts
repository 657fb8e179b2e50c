/** Typed site configuration: every page, feed and JSON-LD node reads these values from here. */
export const site = {
  name: "AI voor het MKB",
  tagline: "Praktische AI-workshops, lezingen, pilots en implementatie voor het MKB",
  description:
    "Workshops, lezingen, pilots en implementatie: wij helpen MKB-bedrijven in Amsterdam en de Randstad praktisch en stap voor stap met AI aan de slag.",
  url: (process.env.SITE_URL ?? "http://localhost:3000").replace(/\/+$/, ""),
  locale: "nl-NL",
  ogLocale: "nl_NL",
  timeZone: "Europe/Amsterdam",
  city: "Amsterdam",
  region: "Randstad",
  newsPageSize: 20,
} as const;

/** Absolute URL for a site path ("/blog/x" -> "https://…/blog/x"). */
export function absoluteUrl(path: string): string {
  return path.startsWith("http") ? path : `${site.url}${path === "/" ? "" : path}`;
}
