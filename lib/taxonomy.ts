// Closed sets of the content model. Contentlayer enums and the zod rules both read these,
// so a new persona or cluster is added in exactly one place.

export const INTENTS = ["informatief", "transactioneel", "lokaal"] as const;
export type Intent = (typeof INTENTS)[number];

/** Persona keys are also the slugs of /voor/[persona]. */
export const PERSONAS = ["drukbezette-ondernemer", "kritische-beslisser", "innovatieve-manager", "lokale-ondernemer"] as const;
export type PersonaKey = (typeof PERSONAS)[number];

/** Keyword clusters of the strategy; also the slugs of /onderwerpen/[topic]. */
export const CLUSTERS = ["ai-workshop-kosten", "ai-per-branche", "automatisering-mkb", "ai-tools-vergelijken", "cases"] as const;
export type ClusterKey = (typeof CLUSTERS)[number];

/** What a visitor can ask an intake for; persona and service pages preselect one. */
export const INTERESTS = ["workshop", "lezing", "pilot", "implementatie", "anders"] as const;
export type Interest = (typeof INTERESTS)[number];

export const INTEREST_LABELS: Record<Interest, string> = {
  workshop: "Workshop",
  lezing: "Lezing",
  pilot: "Pilot",
  implementatie: "Implementatie",
  anders: "Anders",
};
