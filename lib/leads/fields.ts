// Names and limits of the intake form's fields. Kept free of zod and Node APIs: the client form
// imports this, and a validation library in the browser bundle would only add weight (zod also
// probes `new Function`, which the CSP reports as an eval violation).
/** Form field names as posted by the (Dutch) form. */
export const FIELDS = ["naam", "email", "bedrijf", "telefoon", "interesse", "regio", "bericht", "privacy"] as const;
export type IntakeField = (typeof FIELDS)[number];

/** Limits after normalisation; the form renders them as maxLength hints. */
export const LIMITS = {
  naam: 100,
  email: 254,
  bedrijf: 120,
  telefoon: 30,
  regio: 80,
  bericht: 4000,
} as const;

/** Hidden, non-visitor fields: spam signals and where the form was shown. */
export const HONEYPOT_FIELD = "website";
export const STARTED_FIELD = "t";
export const SOURCE_FIELD = "bron";

/**
 * The moment a form is rendered on the server, posted back in STARTED_FIELD: the minimum fill time
 * counts from it. On a prerendered page it is the build time, which only makes the check lenient.
 */
export function formRenderedAt(): number {
  return Date.now();
}
