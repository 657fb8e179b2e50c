/**
 * npm run content:check [-- --dir <folder>] [--now <ISO date>] [--watch]
 *
 * The content check over content/ (see docs/redactie.md, "Wat de check meldt"): every field
 * against the content model, references and links between files, and the editorial rules. Prints
 * one `file:line` line per finding; exits 1 when there is an error, so `npm run build` stops
 * before Contentlayer or Next.js run. `--watch` keeps checking after every save (npm run dev).
 */
import { existsSync, watch } from "node:fs";
import { parseArgs } from "node:util";
import { checkContent, formatIssue, formatSummary } from "../lib/content-check";
import { readContentFiles } from "../lib/content-check/files";

const usage = `Gebruik: npm run content:check [-- --dir <map>] [--now <datum>] [--watch]

  --dir <map>    de contentmap (standaard: content, of $CONTENT_DIR)
  --now <datum>  controleer alsof het dit moment is, bijv. 2026-03-02T09:00:00+01:00
  --watch        blijf kijken: controleer opnieuw na elke wijziging (npm run dev doet dit)
`;

/** Checks `dir` and prints the findings; returns the number of errors. */
function report(dir: string, now: Date): number {
  const result = checkContent(readContentFiles(dir), { now });
  // Warnings first, errors last: in a long build log the errors sit right above the summary.
  const ordered = [...result.issues.filter((issue) => issue.severity === "warning"), ...result.issues.filter((issue) => issue.severity === "error")];
  for (const issue of ordered) process.stdout.write(`${formatIssue(issue)}\n`);
  process.stdout.write(`${result.issues.length > 0 ? "\n" : ""}${formatSummary(result)}\n`);
  if (result.errors > 0) process.stdout.write("Los de fouten op: de build stopt zolang er fouten zijn. Uitleg per melding: docs/redactie.md.\n");
  return result.errors;
}

/** The check's messages in the terminal, again shortly after every save. */
function watchFolder(dir: string): void {
  let timer: NodeJS.Timeout | undefined;
  const run = () => {
    process.stdout.write(`\n— content-check, ${new Date().toLocaleTimeString("nl-NL")} —\n`);
    report(dir, new Date());
  };
  run();
  watch(dir, { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(run, 200);
  });
}

function main(): number {
  let values: { dir?: string; now?: string; watch?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: { dir: { type: "string" }, now: { type: "string" }, watch: { type: "boolean" }, help: { type: "boolean", short: "h" } },
    }));
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
  if (values.watch) {
    watchFolder(dir);
    return 0;
  }
  return report(dir, now) > 0 ? 1 : 0;
}

process.exitCode = main();
