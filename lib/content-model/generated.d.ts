/**
 * Contentlayer's generated collections, as lib/content.ts sees them: unknown until parsed with
 * the content model's output schemas. The module is aliased at build time (next.config.ts,
 * tests/support/contentlayer-alias.mjs) to the folder Contentlayer wrote, which need not exist
 * for the type check.
 */
declare module "contentlayer/generated" {
  export const allPosts: readonly unknown[];
  export const allNews: readonly unknown[];
  export const allFaqThemes: readonly unknown[];
  export const allPersonas: readonly unknown[];
  export const allRegions: readonly unknown[];
  export const allServices: readonly unknown[];
  export const allTopics: readonly unknown[];
  export const allCalendarPlans: readonly unknown[];
}
