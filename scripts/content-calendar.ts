/**
 * npm run content:calendar [-- --dir <folder>] [--now <ISO date>]
 *
 * Prints the planned weeks of the content strategy (content/kalender) with the status of each
 * post, read straight from the files (no build needed). The same view is /redactie in
 * `npm run dev` and in preview mode.
 */
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { buildCalendar, formatCalendar, type CalendarPost, type PlannedWeek } from "../lib/calendar";
import { parseSourceFile, type ContentDoc } from "../lib/content-check";
import { readContentFiles } from "../lib/content-check/files";

const usage = `Gebruik: npm run content:calendar [-- --dir <map>] [--now <datum>]\n`;

const strings = (value: unknown) => (Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : []);
const text = (value: unknown, fallback: string) => (typeof value === "string" ? value : fallback);

function toPost(doc: ContentDoc): CalendarPost {
  const { title, week, intent } = doc.data;
  return {
    slug: doc.slug,
    url: `/blog/${doc.slug}`,
    title: text(title, doc.slug),
    week: typeof week === "number" ? week : undefined,
    intent: text(intent, "—"),
    personas: strings(doc.data.personas),
    clusters: strings(doc.data.clusters),
    date: doc.date ?? new Date(Number.NaN),
    draft: doc.draft,
  };
}

function main(): number {
  const { values } = parseArgs({ options: { dir: { type: "string" }, now: { type: "string" } } });
  const dir = values.dir ?? process.env.CONTENT_DIR ?? "content";
  const now = values.now ? new Date(values.now) : new Date();
  if (!existsSync(dir) || Number.isNaN(now.getTime())) {
    process.stderr.write(usage);
    return 2;
  }
  const posts: CalendarPost[] = [];
  const plan: PlannedWeek[] = [];
  for (const file of readContentFiles(dir).filter((source) => /^(blog|kalender)\//.test(source.relPath))) {
    const { doc, issues } = parseSourceFile(file);
    if (!doc || issues.length > 0) {
      process.stderr.write(`Overgeslagen: ${file.file} (${issues[0]?.message ?? "onleesbaar"}); zie npm run content:check\n`);
      continue;
    }
    if (doc.type.name === "Post") posts.push(toPost(doc));
    else plan.push(...(doc.data.weeks as PlannedWeek[]));
  }
  process.stdout.write(
    formatCalendar(
      buildCalendar(
        posts,
        plan.sort((a, b) => a.week - b.week),
        now,
      ),
    ),
  );
  return 0;
}

process.exitCode = main();
