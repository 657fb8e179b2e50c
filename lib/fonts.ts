import localFont from "next/font/local";

/**
 * Inter (variable weight), self-hosted from the npm package: no request to a font CDN at build or
 * run time. next/font preloads it and sizes the fallback font to match, so text does not shift.
 */
export const inter = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  weight: "100 900",
  style: "normal",
  display: "swap",
  variable: "--font-inter",
  preload: true,
});
