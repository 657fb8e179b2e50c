/**
 * The editorial check (`npm run content:check`): what Yoast tells a WordPress editor, as
 * `file:line` messages over the raw files in content/. Pure: it takes file texts and a moment.
 * The build runs it and fails on errors; warnings are advice.
 */
import { parseSourceFile, type ContentDoc, type SourceFile } from "./parse";
import { runRules } from "./rules";
import type { Issue, RuleId } from "./types";

export { formatIssue, formatSummary } from "./format";
export { parseSourceFile, type ContentDoc, type SourceFile } from "./parse";
export { RULES, type Issue, type RuleId, type Severity } from "./types";

/**
 * News comes from an automated pipeline and a seed file must publish unedited (SPEC), so on
 * news these rules advise instead of blocking the build. Seed 004 has encoding damage and long
 * titles: it still publishes, and the check says what to fix. A pipeline that delivers an item
 * twice under another file name gives two pages with one title: worth fixing, not worth a
 * failed deploy that also holds back every other change.
 */
export const NEWS_ADVISORY: ReadonlySet<RuleId> = new Set(["mojibake", "summary-length", "external-https", "duplicate-title"]);

/**
 * Drafts are work in progress and never published: their editorial errors are shown as warnings
 * until `draft: false`. A field that does not fit the model stays an error even in a draft:
 * Contentlayer could not read the file at all.
 */
function applyPolicy(issue: Issue, doc: ContentDoc | undefined): Issue {
  if (issue.severity !== "error" || !doc || issue.rule === "field" || issue.rule === "parse") return issue;
  if (doc.type.name === "News" && NEWS_ADVISORY.has(issue.rule)) return { ...issue, severity: "warning" };
  if (doc.draft) return { ...issue, severity: "warning", deferred: true };
  return issue;
}

export type CheckResult = { issues: Issue[]; errors: number; warnings: number; files: number };

export function checkContent(files: SourceFile[], options: { now?: Date } = {}): CheckResult {
  const now = options.now ?? new Date();
  const docs: ContentDoc[] = [];
  const issues: Issue[] = [];
  for (const file of files) {
    const parsed = parseSourceFile(file);
    issues.push(...parsed.issues);
    if (parsed.doc) docs.push(parsed.doc);
  }
  const byFile = new Map(docs.map((doc) => [doc.file, doc]));
  issues.push(...runRules(docs, { now }).map((issue) => applyPolicy(issue, byFile.get(issue.file))));
  issues.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.rule.localeCompare(b.rule));
  const errors = issues.filter((issue) => issue.severity === "error").length;
  return { issues, errors, warnings: issues.length - errors, files: files.length };
}
