import type { Issue } from "./types";

const LABEL = { error: "fout", warning: "waarschuwing" } as const;

/**
 * The one format of every content message, from the check and from the build:
 * `content/blog/x.md:12  fout  summary: …  [summary-length]`, clickable in editors and terminals.
 */
export function formatIssue(issue: Issue): string {
  const label = issue.deferred ? "waarschuwing (concept)" : LABEL[issue.severity];
  return `${issue.file}${issue.line > 0 ? `:${issue.line}` : ""}  ${label}  ${issue.field}: ${issue.message}  [${issue.rule}]`;
}

export function formatSummary(result: { errors: number; warnings: number; files: number }): string {
  const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  return `Content-check: ${plural(result.errors, "fout", "fouten")}, ${plural(result.warnings, "waarschuwing", "waarschuwingen")} in ${plural(result.files, "bestand", "bestanden")}.`;
}
