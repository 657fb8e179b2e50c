import { staticPage, type Crumb, type StaticPath } from "./registry/pages";

/** A link in a menu: a page of the registry under its crumb name, or a machine surface. */
const link = (path: StaticPath, name?: string): Crumb => ({ name: name ?? staticPage(path).crumb, path });

/** Main navigation, in the order of the header. */
export const mainNavigation: Crumb[] = [
  link("/diensten"),
  link("/blog"),
  link("/nieuws"),
  link("/onderwerpen"),
  link("/faq", "FAQ"),
  link("/regio"),
  link("/zoeken"),
];

/** The footer's columns. */
export const footerNavigation: Array<{ title: string; links: Crumb[] }> = [
  { title: "Aanbod", links: [link("/diensten"), link("/voor"), link("/regio"), link("/contact")] },
  { title: "Kennis", links: [link("/blog"), link("/nieuws"), link("/onderwerpen"), link("/faq")] },
  { title: "Over deze site", links: [link("/privacy"), link("/zoeken"), { name: "Sitemap", path: "/sitemap.xml" }, { name: "RSS-feed", path: "/feed.xml" }] },
];
