import type { Crumb } from "@/components/site/breadcrumbs";

/** Main navigation, in the order of the header. */
export const mainNavigation = [
  { name: "Diensten", path: "/diensten" },
  { name: "Blog", path: "/blog" },
  { name: "Nieuws", path: "/nieuws" },
  { name: "Onderwerpen", path: "/onderwerpen" },
  { name: "FAQ", path: "/faq" },
  { name: "Regio", path: "/regio" },
] as const;

/** Section index pages, the middle step of every breadcrumb trail below them. */
export const sections = {
  blog: { name: "Blog", path: "/blog" },
  nieuws: { name: "Nieuws", path: "/nieuws" },
  onderwerpen: { name: "Onderwerpen", path: "/onderwerpen" },
  voor: { name: "Voor wie", path: "/voor" },
  regio: { name: "Regio", path: "/regio" },
  diensten: { name: "Diensten", path: "/diensten" },
  faq: { name: "Veelgestelde vragen", path: "/faq" },
  contact: { name: "Contact", path: "/contact" },
  privacy: { name: "Privacy", path: "/privacy" },
  zoeken: { name: "Zoeken", path: "/zoeken" },
} as const satisfies Record<string, Crumb>;

export const home: Crumb = { name: "Home", path: "/" };

/** Home › section › page. */
export function trail(...steps: Crumb[]): Crumb[] {
  return [home, ...steps];
}
