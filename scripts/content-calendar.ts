/**
 * npm run content:calendar [-- --dir <folder>] [--now <ISO date>]
 *
 * Prints the 12-week plan of the content strategy with the status of each post, read straight
 * from the frontmatter in content/blog (no build needed). The same view is /redactie in
 * `npm run dev` and in preview mode.
 */
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { buildCalendar, formatCalendar, type CalendarPost } from "../lib/calendar";
import { parseSourceFile } from "../lib/content-check";
import { readContentFiles } from "../lib/content-check/files";

const usage = `Gebruik: npm run content:calendar [-- --dir <map>] [--now <datum>]\n`;

const strings = (value: unknown) => (Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : []);

function main(): number {
  const { values } = parseArgs({ options: { dir: { type: "string" }, now: { type: "string" } } });
  const dir = values.dir ?? process.env.CONTENT_DIR ?? "content";
  const now = values.now ? new Date(values.now) : new Date();
  if (!existsSync(dir) || Number.isNaN(now.getTime())) {
    process.stderr.write(usage);
    return 2;
  }
  const posts: CalendarPost[] = [];
  for (const file of readContentFiles(dir).filter((source) => source.relPath.startsWith("blog/"))) {
    const { doc, issues } = parseSourceFile(file);
    if (!doc) {
      process.stderr.write(`Overgeslagen: ${file.file} (${issues[0]?.message ?? "onleesbaar"}); zie npm run content:check\n`);
      continue;
    }
    const { title, week, intent } = doc.data;
    posts.push({
      slug: doc.slug,
      url: `/blog/${doc.slug}`,
      title: typeof title === "string" ? title : doc.slug,
      week: typeof week === "number" ? week : undefined,
      intent: typeof intent === "string" ? intent : "—",
      personas: strings(doc.data.personas),
      clusters: strings(doc.data.clusters),
      date: doc.date ?? new Date(Number.NaN),
      draft: doc.draft,
    });
  }
  process.stdout.write(formatCalendar(buildCalendar(posts, now)));
  return 0;
}

process.exitCode = main();
