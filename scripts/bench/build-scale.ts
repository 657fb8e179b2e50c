/**
 * npm run bench:build-scale [-- --sizes 0,250,1000] [--keep] [--skip-warmup]
 *
 * How build cost grows with content. In a temporary copy of the project (content/ of the real
 * project is never written), adds N synthetic blog posts (~1,200 words, valid frontmatter) and runs
 * the full `npm run build` (contentlayer + next build) from a clean .next for each N, after one
 * discarded warm-up build (the first build on a machine reads node_modules from a cold disk cache
 * and would look slowest). Prints wall time, peak memory of the whole build process tree, pages
 * built and pages per second.
 *
 * Not a timed test: numbers depend on the machine and its load; compare them within one run.
 */
import { spawn, spawnSync } from "node:child_process";
import { cpSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

const ROOT = path.resolve(import.meta.dirname, "../..");
/** Build output, caches, test artefacts and VCS data: not part of a fresh checkout's build input. */
const SKIP = new Set(["node_modules", ".git", ".contentlayer", ".test-content", "test-results", "playwright-report", "data", "tsconfig.tsbuildinfo"]);
const PREFIX = "bench-synthetisch-";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "0,250,1000" },
    keep: { type: "boolean", default: false },
    "skip-warmup": { type: "boolean", default: false },
    help: { type: "boolean", short: "h" },
  },
});
if (values.help) {
  console.log(
    "Usage: npm run bench:build-scale [-- --sizes 0,250,1000] [--keep] [--skip-warmup]\n  --sizes        extra synthetic posts per build\n  --keep         leave the temporary copy on disk\n  --skip-warmup  no discarded warm-up build first",
  );
  process.exit(0);
}
const sizes = values.sizes!.split(",").map((size) => Number(size.trim()));
if (sizes.some((size) => !Number.isInteger(size) || size < 0 || size > 5000)) {
  console.error(`--sizes must be whole numbers from 0 to 5000, got "${values.sizes}"`);
  process.exit(2);
}

// ---- Synthetic posts --------------------------------------------------------------------------

/** Small deterministic PRNG, so every run builds the same posts. */
function rng(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = [
  "Een klein team",
  "De ondernemer",
  "Een administratiekantoor",
  "Een installatiebedrijf",
  "De klantenservice",
  "Een webwinkel",
  "Het marketingteam",
  "Een accountant",
  "Een bouwbedrijf",
  "De planner",
];
const VERBS = ["bespaart", "automatiseert", "controleert", "versnelt", "verbetert", "structureert", "vereenvoudigt", "meet", "plant", "documenteert"];
const OBJECTS = [
  "de verwerking van facturen",
  "het beantwoorden van vragen",
  "het maken van offertes",
  "de weekplanning",
  "het schrijven van teksten",
  "de opvolging van leads",
  "het samenvatten van overleggen",
  "de voorraadcontrole",
  "het sorteren van e-mail",
  "de rapportage aan de directie",
];
const TAILS = [
  "met een eenvoudige AI-toepassing die binnen een week draait",
  "zonder dat er een programmeur aan te pas komt",
  "door eerst één afgebakende taak te kiezen en die goed te meten",
  "terwijl de medewerkers zelf de controle houden over het resultaat",
  "met duidelijke afspraken over privacy en het gebruik van klantgegevens",
  "en houdt daardoor elke week een paar uur over voor klantcontact",
  "waarbij de uitkomst altijd eerst door een collega wordt nagekeken",
  "met een pilot van vier weken en een heldere nulmeting vooraf",
];
const HEADINGS = [
  "Waar begin je",
  "Wat levert het op",
  "Welke tools passen erbij",
  "Hoe neem je het team mee",
  "Privacy en veiligheid",
  "Kosten en baten",
  "Veelgemaakte fouten",
  "De volgende stap",
];
const TOPICS = ["offertes", "facturen", "klantvragen", "planning", "notulen", "e-mail", "rapportages", "voorraad", "werving", "social media"];
const LINKS = [
  ["het stappenplan", "/blog/stappenplan-starten-met-ai"],
  ["de veelgestelde vragen", "/faq"],
  ["onze workshops", "/diensten/workshops"],
  ["neem contact op", "/contact"],
  ["AI voor drukbezette ondernemers", "/voor/drukbezette-ondernemer"],
];
const INTENTS = ["informatief", "transactioneel", "lokaal"];
const CLUSTERS = ["ai-workshop-kosten", "ai-per-branche", "automatisering-mkb", "ai-tools-vergelijken", "cases"];
const PERSONAS = ["drukbezette-ondernemer", "kritische-beslisser", "innovatieve-manager", "lokale-ondernemer"];

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

function sentence(random: () => number): string {
  return `${pick(random, SUBJECTS)} ${pick(random, VERBS)} ${pick(random, OBJECTS)} ${pick(random, TAILS)}.`;
}

function paragraph(random: () => number, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(random)).join(" ");
}

/** 2025-… with an explicit +01:00 offset: always in the past, one post every six hours. */
function pastDate(index: number): string {
  const ms = Date.UTC(2025, 11, 1, 8, 0, 0) - index * 6 * 3600_000;
  return new Date(ms + 3600_000).toISOString().replace(/\.\d{3}Z$/, "+01:00");
}

const yamlString = (value: string) => JSON.stringify(value);

function syntheticPost(index: number): { file: string; markdown: string; words: number } {
  const random = rng(index + 1);
  const number = String(index + 1).padStart(4, "0");
  const topic = pick(random, TOPICS);
  const title = `Testpost ${number}: AI voor ${topic} in het mkb`;
  const summary = `Synthetische testpost ${number} over AI voor ${topic}: wat het oplevert, wat het kost en hoe een klein team begint.`;
  const faq = [1, 2, 3].map((n) => ({
    question: `Vraag ${n} bij testpost ${number}: hoe pak je ${topic} met AI aan?`,
    answer: `${paragraph(random, 2)} Lees ook [${LINKS[n % LINKS.length]![0]}](${LINKS[n % LINKS.length]![1]}).`,
  }));
  const frontmatter = [
    "---",
    `title: ${yamlString(title)}`,
    `summary: ${yamlString(summary)}`,
    `date: ${pastDate(index)}`,
    "draft: false",
    `intent: ${pick(random, INTENTS)}`,
    `clusters: [${pick(random, CLUSTERS)}]`,
    `personas: [${pick(random, PERSONAS)}]`,
    `tags: [benchmark, ${topic.replace(/\s+/g, "-")}]`,
    "faq:",
    ...faq.flatMap((item) => [`  - question: ${yamlString(item.question)}`, "    answer: |", `      ${item.answer}`]),
    "---",
  ];
  const body: string[] = [`${paragraph(random, 5)} Dat blijkt ook uit onderzoek.[^1]`];
  HEADINGS.forEach((heading, h) => {
    body.push(`## ${heading}`, paragraph(random, 4));
    if (h % 3 === 1) body.push(`### ${heading}: een voorbeeld`, paragraph(random, 3));
    if (h === 4)
      body.push(
        `Tabel: Tijdwinst per taak in testpost ${number}`,
        "",
        "| Taak | Uren per week | Met AI |",
        "|---|---|---|",
        ...TOPICS.slice(0, 4).map((t, r) => `| ${t} | ${4 + r} | ${1 + (r % 2)} |`),
      );
    const [label, href] = LINKS[h % LINKS.length]!;
    body.push(`${paragraph(random, 3)} Meer weten? Bekijk [${label}](${href}).`);
  });
  body.push("[^1]: [example.org](https://example.org)");
  const markdown = `${frontmatter.join("\n")}\n\n${body.join("\n\n")}\n`;
  const words = body
    .join(" ")
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  return { file: `${PREFIX}${number}.md`, markdown, words };
}

// ---- Measuring one build ----------------------------------------------------------------------

/** Sum of RSS over a process and all its descendants, from /proc (Linux). */
function treeRssBytes(rootPid: number): number {
  const parent = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      parent.set(Number(entry), Number(fields[1]));
      rss.set(Number(entry), Number(fields[21]) * 4096);
    } catch {
      // the process ended while we looked
    }
  }
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of parent) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  let total = 0;
  const stack = [rootPid];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

type Result = {
  extra: number;
  posts: number;
  seconds: number;
  peakBytes: number;
  pages: number | null;
  /** Next.js's own "Compiled successfully in …" and "Generating static pages … in …" times. */
  compileSeconds: number | null;
  prerenderSeconds: number | null;
  ok: boolean;
  log: string;
};

/** "1.2s" / "850ms" / "1.5min" as Next.js prints them, in seconds. */
function nextSeconds(match: RegExpMatchArray | null | undefined): number | null {
  if (!match) return null;
  const value = Number(match[1]);
  return match[2] === "ms" ? value / 1000 : match[2] === "min" ? value * 60 : value;
}

function build(dir: string, extra: number, posts: number, name = `build-${extra}`): Promise<Result> {
  const log = path.join(dir, `${name}.log`);
  const out = createWriteStream(log);
  const started = performance.now();
  const child = spawn("npm", ["run", "build"], { cwd: dir, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CI: "1" }, stdio: ["ignore", "pipe", "pipe"] });
  let peakBytes = 0;
  const sampler = setInterval(() => (peakBytes = Math.max(peakBytes, treeRssBytes(child.pid!))), 250);
  const ticker = setInterval(
    () => process.stdout.write(`    … ${Math.round((performance.now() - started) / 1000)} s, peak ${(peakBytes / 2 ** 20).toFixed(0)} MiB so far\n`),
    30_000,
  );
  let text = "";
  let lastStage = "";
  const onData = (chunk: Buffer) => {
    out.write(chunk);
    text += chunk.toString();
    const stages = text.match(
      /(Generated \d+ documents|Compiled successfully[^\n]*|Running TypeScript|Collecting page data[^\n]*|Generating static pages[^\n]*\(\d+\/\d+\))/g,
    );
    const stage = stages?.at(-1)?.trim();
    if (stage && stage !== lastStage) {
      lastStage = stage;
      process.stdout.write(`    ${String(Math.round((performance.now() - started) / 1000)).padStart(4)} s  ${stage}\n`);
    }
    if (text.length > 200_000) text = text.slice(-100_000);
  };
  child.stdout.on("data", onData);
  child.stderr.on("data", onData);
  return new Promise((resolve) => {
    child.on("close", (code) => {
      clearInterval(sampler);
      clearInterval(ticker);
      out.end();
      const seconds = (performance.now() - started) / 1000;
      const full = readFileSync(log, "utf8");
      // "✓ Generating static pages using 1 worker (59/59) in 17.7s": the number of prerendered routes.
      const counts = [...full.matchAll(/Generating static pages[^\n(]*\((\d+)\/(\d+)\)/g)];
      const pages = counts.length > 0 ? Number(counts.at(-1)![2]) : null;
      const compileSeconds = nextSeconds(full.match(/Compiled successfully in ([\d.]+)(ms|s|min)/));
      const prerenderSeconds = nextSeconds(full.match(/Generating static pages[^\n]*\(\d+\/\d+\) in ([\d.]+)(ms|s|min)/));
      resolve({ extra, posts, seconds, peakBytes, pages, compileSeconds, prerenderSeconds, ok: code === 0, log });
    });
  });
}

// ---- Main -------------------------------------------------------------------------------------

function pad(cells: string[], widths: number[]): string {
  return cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ");
}

async function main() {
  if (!existsSync(path.join(ROOT, "node_modules", "next"))) {
    console.error("node_modules is missing: run `npm install` first.");
    process.exit(1);
  }
  console.log(`build-scale: full \`npm run build\` for ${sizes.join(" / ")} extra synthetic posts.`);
  console.log("This takes a while (minutes per build, longer for large N). Builds run one after another from a clean .next.");
  console.log(`Machine: ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM; other load on it makes times noisier.\n`);

  const dir = mkdtempSync(path.join(tmpdir(), "bench-build-scale-"));
  const cleanup = () => {
    if (!values.keep) rmSync(dir, { recursive: true, force: true });
  };
  process.on("SIGINT", () => {
    cleanup();
    process.exit(130);
  });

  console.log(`Copying the project to ${dir} (node_modules as hard links: Turbopack refuses a symlink that leaves the project) …`);
  for (const entry of readdirSync(ROOT)) {
    if (SKIP.has(entry) || entry.startsWith(".next") || entry.startsWith(".test-content")) continue;
    cpSync(path.join(ROOT, entry), path.join(dir, entry), { recursive: true, verbatimSymlinks: true });
  }
  const child = spawnSync("cp", ["-al", path.join(ROOT, "node_modules"), path.join(dir, "node_modules")], { stdio: "inherit" });
  if (child.status !== 0) {
    console.log("Hard links failed (another file system?): copying node_modules instead …");
    cpSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), { recursive: true, verbatimSymlinks: true });
  }
  const blogDir = path.join(dir, "content", "blog");
  mkdirSync(blogDir, { recursive: true });
  const realPosts = readdirSync(blogDir).filter((file) => file.endsWith(".md")).length;

  /** Puts exactly `extra` synthetic posts in the copy's content/blog and removes all build output. */
  const prepare = (extra: number) => {
    for (const file of readdirSync(blogDir)) if (file.startsWith(PREFIX)) rmSync(path.join(blogDir, file));
    let words = 0;
    for (let i = 0; i < extra; i++) {
      const post = syntheticPost(i);
      words += post.words;
      writeFileSync(path.join(blogDir, post.file), post.markdown);
    }
    for (const generated of readdirSync(dir))
      if (generated.startsWith(".next") || generated === ".contentlayer") rmSync(path.join(dir, generated), { recursive: true, force: true });
    return words;
  };

  if (!values["skip-warmup"]) {
    prepare(0);
    console.log("\n[warm-up] one build of the project as it is, not counted (fills the disk cache) …");
    const warmup = await build(dir, 0, realPosts, "build-warmup");
    console.log(`    warm-up ${warmup.ok ? "done" : "FAILED"} in ${warmup.seconds.toFixed(1)} s`);
    if (!warmup.ok) {
      console.log(readFileSync(warmup.log, "utf8").split("\n").slice(-30).join("\n"));
      console.log(`Temporary copy kept at ${dir}.`);
      process.exit(1);
    }
  }

  const results: Result[] = [];
  for (const extra of sizes) {
    const words = prepare(extra);
    console.log(
      `\n[${results.length + 1}/${sizes.length}] N = ${extra} extra posts${extra ? ` (~${Math.round(words / extra)} words each)` : ""}, ${realPosts + extra} posts in total: building …`,
    );
    const result = await build(dir, extra, realPosts + extra);
    results.push(result);
    if (!result.ok) {
      const tail = readFileSync(result.log, "utf8").split("\n").slice(-30).join("\n");
      console.log(`    build FAILED after ${result.seconds.toFixed(0)} s; last lines of ${result.log}:\n${tail}`);
      values.keep = true;
      break;
    }
    console.log(`    done in ${result.seconds.toFixed(1)} s, ${result.pages ?? "?"} pages, peak ${(result.peakBytes / 2 ** 20).toFixed(0)} MiB`);
  }

  const widths = [11, 6, 9, 12, 14, 14, 11, 8, 6];
  const secs = (value: number | null) => (value === null ? "?" : value.toFixed(1));
  console.log("\nBuild cost by number of extra synthetic posts (full `npm run build`, clean .next)\n");
  console.log(pad(["extra posts", "posts", "wall (s)", "compile (s)", "prerender (s)", "peak RSS (MiB)", "pages built", "pages/s", "status"], widths));
  console.log(
    pad(
      widths.map((w) => "-".repeat(w)),
      widths,
    ),
  );
  for (const r of results) {
    console.log(
      pad(
        [
          String(r.extra),
          String(r.posts),
          r.seconds.toFixed(1),
          secs(r.compileSeconds),
          secs(r.prerenderSeconds),
          (r.peakBytes / 2 ** 20).toFixed(0),
          r.pages === null ? "?" : String(r.pages),
          r.pages === null ? "?" : (r.pages / r.seconds).toFixed(2),
          r.ok ? "ok" : "FAILED",
        ],
        widths,
      ),
    );
  }
  const base = results[0];
  if (base?.ok && results.length > 1) {
    console.log("\nGrowth against the first row:");
    for (const r of results.slice(1).filter((r) => r.ok)) {
      const extraPages = (r.pages ?? 0) - (base.pages ?? 0);
      const extraSeconds = r.seconds - base.seconds;
      const perPage = extraPages > 0 ? `, ${extraPages} more pages at ${((extraSeconds * 1000) / extraPages).toFixed(0)} ms of wall time each` : "";
      console.log(
        `  +${r.extra} posts: ×${(r.seconds / base.seconds).toFixed(2)} wall time, ×${(r.peakBytes / base.peakBytes).toFixed(2)} peak memory${perPage}`,
      );
    }
  }
  console.log('\ncompile / prerender = Next.js\'s own "Compiled successfully in" and "Generating static pages … in" times.');
  console.log("peak RSS = highest sum of resident memory over npm and all its child processes, sampled every 250 ms.");
  console.log('pages built = the route count of Next.js\'s "Generating static pages" (pages, feeds, OG images).');
  if (values.keep) console.log(`Temporary copy kept at ${dir} (build logs: build-<N>.log).`);
  cleanup();
  if (results.some((r) => !r.ok)) process.exitCode = 1;
}

await main();
