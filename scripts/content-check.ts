/**
 * npm run content:check [-- --dir <folder>] [--now <ISO date>]
 *
 * The editorial check over content/ (see docs/redactie.md, "Wat de check meldt"). Prints one
 * `file:line` line per finding; exits 1 when there is an error, so `npm run build` stops.
 */
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { checkContent, formatIssue, formatSummary } from "../lib/content-check";
import { readContentFiles } from "../lib/content-check/files";

const usage = `Gebruik: npm run content:check [-- --dir <map>] [--now <datum>]

  --dir <map>    de contentmap (standaard: content, of $CONTENT_DIR)
  --now <datum>  controleer alsof het dit moment is, bijv. 2026-03-02T09:00:00+01:00
`;

function main(): number {
  let values: { dir?: string; now?: string; help?: boolean };
  try {
    ({ values } = parseArgs({ options: { dir: { type: "string" }, now: { type: "string" }, help: { type: "boolean", short: "h" } } }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(usage);
    return 0;
  }
  const dir = values.dir ?? process.env.CONTENT_DIR ?? "content";
  if (!existsSync(dir)) {
    process.stderr.write(`Map ${dir} bestaat niet.\n\n${usage}`);
    return 2;
  }
  const now = values.now ? new Date(values.now) : new Date();
  if (Number.isNaN(now.getTime())) {
    process.stderr.write(`--now ${values.now} is geen datum.\n\n${usage}`);
    return 2;
  }
  const result = checkContent(readContentFiles(dir), { now });
  // Warnings first, errors last: in a long build log the errors sit right above the summary.
  const ordered = [...result.issues.filter((issue) => issue.severity === "warning"), ...result.issues.filter((issue) => issue.severity === "error")];
  for (const issue of ordered) process.stdout.write(`${formatIssue(issue)}\n`);
  process.stdout.write(`${result.issues.length > 0 ? "\n" : ""}${formatSummary(result)}\n`);
  if (result.errors > 0) process.stdout.write("Los de fouten op: de build stopt zolang er fouten zijn. Uitleg per melding: docs/redactie.md.\n");
  return result.errors > 0 ? 1 : 0;
}

process.exitCode = main();
