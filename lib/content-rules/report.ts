import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { formatIssues, validateContent, type ContentIssue, type GeneratedContent } from "./rules";

const TYPES: Array<keyof GeneratedContent> = ["Post", "News", "FaqTheme", "Persona", "Region", "Service", "Topic"];

/** Reads the generated JSON from disk: `importData()` is cached in `contentlayer2 dev`. */
export function readGeneratedContent(generatedDir = path.join(process.cwd(), ".contentlayer", "generated")): GeneratedContent {
  const content = {} as GeneratedContent;
  for (const type of TYPES) {
    const indexFile = path.join(generatedDir, type, "_index.json");
    content[type] = existsSync(indexFile) ? JSON.parse(readFileSync(indexFile, "utf8")) : [];
  }
  return content;
}

const CONTENT_EXTENSIONS = /\.(md|ya?ml)$/;

/**
 * Contentlayer skips files it has no reader for (a seed saved as .txt) without a word;
 * a marketer would think it is published, so it is an error.
 */
export function unreadableFiles(contentDir = process.env.CONTENT_DIR ?? "content"): ContentIssue[] {
  if (!existsSync(contentDir)) return [];
  return readdirSync(contentDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith(".") && !CONTENT_EXTENSIONS.test(entry.name))
    .map((entry) => ({
      file: path.relative(process.cwd(), path.join(entry.parentPath, entry.name)),
      field: "(file name)",
      message: "not a content file: use .md for blog, nieuws, personas, regio, diensten and onderwerpen, .yaml for faq",
    }));
}

/**
 * Contentlayer's onSuccess hook. In `contentlayer2 build` an invalid edit ends the process with
 * exit code 1 before Next compiles anything; in `contentlayer2 dev` it is printed and the
 * watcher keeps running so the marketer can fix the file.
 */
export function reportContentErrors(): void {
  const issues = [...unreadableFiles(), ...validateContent(readGeneratedContent(), process.env.CONTENT_DIR ?? "content")];
  if (issues.length === 0) return;
  console.error(`\nContent error${issues.length > 1 ? "s" : ""} (${issues.length}):\n${formatIssues(issues)}\n`);
  const watching = process.argv.includes("dev");
  if (!watching) process.exit(1);
}
