export type Severity = "error" | "warning";

/**
 * Every rule of the editorial check with its default severity. docs/redactie.md explains each
 * one to the marketers (a unit test keeps the two lists equal).
 */
export const RULES = {
  parse: "error",
  field: "error",
  reference: "error",
  "title-length": "warning",
  "summary-length": "error",
  "h1-in-body": "error",
  "heading-order": "error",
  "long-without-h2": "warning",
  "core-faq": "error",
  "core-sources": "error",
  "internal-link": "error",
  "external-https": "error",
  "bare-domain": "error",
  mojibake: "error",
  placeholder: "error",
  "stale-year": "warning",
  "duplicate-title": "error",
  "duplicate-slug": "error",
  "image-alt": "error",
  "faq-duplicate": "error",
} as const satisfies Record<string, Severity>;

export type RuleId = keyof typeof RULES;

export type Issue = {
  rule: RuleId;
  severity: Severity;
  /** Path as the marketer types it, e.g. content/blog/x.md. */
  file: string;
  /** 1-based line in that file; 0 when only the file is known (the generated JSON has no lines). */
  line: number;
  /** Frontmatter field ("summary", "faq[2].question") or "tekst" for the markdown body. */
  field: string;
  message: string;
  /** An error in a draft: reported as a warning until the item is published. */
  deferred?: boolean;
};
