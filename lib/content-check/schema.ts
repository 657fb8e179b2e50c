/**
 * A document against its type in the content model, as issues in the content check's format.
 * The check runs it on the raw frontmatter (with lines); the content API on Contentlayer's
 * generated JSON, where only the file is known.
 */
import type { z } from "zod";
import type { DocumentModel } from "../content-model";
import type { Issue } from "./types";

/** "faq[1].question", the way the check names a field everywhere. */
export function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((name, key) => (typeof key === "number" ? `${name}[${key}]` : name ? `${name}.${String(key)}` : String(key)), "");
}

const received = (input: unknown) =>
  input === null ? "niets" : Array.isArray(input) ? "een lijst" : typeof input === "object" ? "een groep velden" : JSON.stringify(input);

/** Messages a marketer understands; the field builders set their own for the common cases. */
function message(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_type" && issue.input === undefined) return "ontbreekt: dit veld is verplicht";
  if (issue.code === "invalid_type") return `${issue.message} (nu: ${received(issue.input)})`;
  return issue.message;
}

type Locate = (field: string) => number;

export function schemaIssues(error: z.ZodError, file: string, lineOf: Locate): Issue[] {
  return error.issues.flatMap((issue) => {
    // An unknown key is reported on the key itself, so the line points at the typo.
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => {
        const field = fieldPath([...issue.path, key]);
        return {
          rule: "field" as const,
          severity: "error" as const,
          file,
          line: lineOf(field),
          field,
          message: "onbekend veld: controleer de spelling (zie docs/redactie.md, Velden per type)",
        };
      });
    }
    const field = fieldPath(issue.path) || "(bestand)";
    return [{ rule: "field" as const, severity: "error" as const, file, line: lineOf(field), field, message: message(issue) }];
  });
}

/** The raw frontmatter of one file against its type, plus the type's rules across fields. */
export function validateFields(type: DocumentModel, data: Record<string, unknown>, file: string, lineOf: Locate): Issue[] {
  const result = type.input.safeParse(data);
  const issues = result.success ? [] : schemaIssues(result.error, file, lineOf);
  for (const problem of type.refine?.(data) ?? []) {
    issues.push({ rule: "field", severity: "error", file, line: lineOf(problem.path), field: problem.path, message: problem.message });
  }
  return issues;
}
