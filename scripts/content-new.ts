/**
 * npm run content:new -- blog "Titel" [--week 13] [--intent informatief] [--cluster …] [--persona …]
 * npm run content:new -- nieuws "Titel"
 * npm run content:new -- faq "Vraag?" --thema <thema>
 *
 * Creates a draft with the slug of the title, today's date and "[…]" placeholders that
 * `npm run content:check` reports until they are filled in. Never overwrites a file.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { parseDocument } from "yaml";
import { appendFaqItem, blogTemplate, faqThemeTemplate, newsTemplate, SCAFFOLD_KINDS, type ScaffoldKind } from "../lib/content-check/scaffold";
import { slugify } from "../lib/slug";
import { CLUSTERS, INTENTS, PERSONAS, type ClusterKey, type Intent, type PersonaKey } from "../lib/taxonomy";

const usage = `Gebruik:
  npm run content:new -- blog "Titel van het artikel" [--week 13] [--intent ${INTENTS.join("|")}]
                         [--cluster <cluster>]… [--persona <persona>]…
  npm run content:new -- nieuws "Titel van het bericht"
  npm run content:new -- faq "De vraag?" --thema <thema>

  --dir <map>   de contentmap (standaard: content, of $CONTENT_DIR)

Clusters: ${CLUSTERS.join(", ")}
Persona's: ${PERSONAS.join(", ")}
`;

class UsageError extends Error {}

const isOneOf = <T extends string>(values: readonly T[], value: string): value is T => (values as readonly string[]).includes(value);

function oneOf<T extends string>(values: readonly T[], value: string, option: string): T {
  if (!isOneOf(values, value)) throw new UsageError(`--${option} ${value} bestaat niet; kies uit: ${values.join(", ")}`);
  return value;
}

/** Files in `folder` (recursively) whose name without extension is `stem`. */
function filesWithStem(folder: string, stem: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.replace(/\.[^.]+$/, "") === stem)
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Every FAQ question on the site (hub and posts), by anchor: a question is marked up once. */
function existingQuestions(contentDir: string): Map<string, string> {
  const questions = new Map<string, string>();
  const add = (file: string, list: unknown) => {
    if (!Array.isArray(list)) return;
    for (const item of list) if (typeof item?.question === "string") questions.set(slugify(item.question), file);
  };
  for (const folder of ["faq", "blog"]) {
    const root = path.join(contentDir, folder);
    if (!existsSync(root)) continue;
    for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const file = path.join(entry.parentPath, entry.name);
      const text = readFileSync(file, "utf8");
      const yaml = folder === "faq" ? text : (/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? "");
      const data = parseDocument(yaml).toJS() as Record<string, unknown> | null;
      add(file, folder === "faq" ? data?.items : data?.faq);
    }
  }
  return questions;
}

function createFile(file: string, text: string) {
  mkdirSync(path.dirname(file), { recursive: true });
  // "wx": fail instead of overwriting, even if the file appeared since the check above.
  writeFileSync(file, text, { flag: "wx" });
}

function newItem(kind: "blog" | "nieuws", title: string, contentDir: string, values: Record<string, unknown>, now: Date): string {
  const slug = slugify(title);
  if (!slug) throw new UsageError(`van de titel "${title}" kan geen bestandsnaam worden gemaakt; gebruik letters of cijfers`);
  const taken = filesWithStem(path.join(contentDir, kind), slug);
  if (taken.length > 0) throw new UsageError(`${taken[0]} bestaat al; kies een andere titel of bewerk dat bestand (er wordt niets overschreven)`);
  const file = path.join(contentDir, kind, `${slug}.md`);
  if (kind === "blog") {
    const week = values.week === undefined ? undefined : Number(values.week);
    if (week !== undefined && !(Number.isInteger(week) && week >= 1 && week <= 52))
      throw new UsageError(`--week ${String(values.week)} is geen weeknummer (1–52)`);
    const list = (option: string) => (values[option] as string[] | undefined) ?? [];
    createFile(
      file,
      blogTemplate({
        title,
        now,
        week,
        intent: values.intent === undefined ? undefined : oneOf<Intent>(INTENTS, String(values.intent), "intent"),
        clusters: list("cluster").length > 0 ? list("cluster").map((value) => oneOf<ClusterKey>(CLUSTERS, value, "cluster")) : undefined,
        personas: list("persona").length > 0 ? list("persona").map((value) => oneOf<PersonaKey>(PERSONAS, value, "persona")) : undefined,
      }),
    );
  } else {
    createFile(file, newsTemplate({ title, now }));
  }
  return [
    `Aangemaakt: ${file} (concept, draft: true)`,
    "",
    "Nog te doen:",
    "  - vul alles tussen [ ] in (npm run content:check toont wat er nog openstaat)",
    kind === "blog"
      ? "  - kies intent, clusters en personas (de opties staan achter de velden); voeg bronnen als voetnoten toe"
      : "  - kies label of doelgroep, en eventueel sectie en cover",
    "  - zet draft: false en de publicatiedatum (date) zodra het af is",
    `Voorbeeld bekijken: npm run dev en dan /api/preview?secret=<PREVIEW_SECRET>&path=/${kind}/${slug}`,
  ].join("\n");
}

function newFaqQuestion(question: string, theme: string | undefined, contentDir: string): string {
  const folder = path.join(contentDir, "faq");
  const themes = existsSync(folder)
    ? readdirSync(folder)
        .filter((name) => name.endsWith(".yaml"))
        .map((name) => name.replace(/\.yaml$/, ""))
        .sort()
    : [];
  if (!theme) throw new UsageError(`kies een thema met --thema <thema>: ${themes.join(", ") || "(nog geen)"}; een nieuwe naam maakt een nieuw thema`);
  if (slugify(theme) !== theme) throw new UsageError(`--thema ${theme}: gebruik kleine letters en streepjes, bijv. ${slugify(theme) || "kosten-en-resultaat"}`);
  if (!question.trim()) throw new UsageError("de vraag is leeg");
  const owner = existingQuestions(contentDir).get(slugify(question));
  if (owner) throw new UsageError(`deze vraag staat al in ${owner}; een vraag mag maar op één pagina staan`);
  const file = path.join(folder, `${theme}.yaml`);
  if (existsSync(file)) {
    writeFileSync(file, appendFaqItem(readFileSync(file, "utf8"), question));
    return `Toegevoegd aan ${file}: "${question}"\n\nVul het antwoord in: een FAQ-vraag heeft geen concept-stand en staat live zodra hij gepubliceerd is;\nde build stopt zolang er nog [placeholder]-tekst in staat (npm run content:check).`;
  }
  const order = themes.length + 1;
  createFile(file, faqThemeTemplate({ question, order }));
  return `Nieuw thema aangemaakt: ${file} met de vraag "${question}"\n\nVul de titel, de samenvatting en het antwoord in (npm run content:check toont wat er nog openstaat).`;
}

function main(): number {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        dir: { type: "string" },
        week: { type: "string" },
        intent: { type: "string" },
        cluster: { type: "string", multiple: true },
        persona: { type: "string", multiple: true },
        thema: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(usage);
    return 0;
  }
  const [kind, title, ...rest] = positionals;
  if (!kind || !isOneOf(SCAFFOLD_KINDS, kind) || !title || rest.length > 0) {
    process.stderr.write(
      `${kind && !isOneOf(SCAFFOLD_KINDS, kind) ? `Onbekend type "${kind}": kies ${SCAFFOLD_KINDS.join(", ")}.\n\n` : ""}${rest.length > 0 ? "Zet de titel tussen aanhalingstekens.\n\n" : ""}${usage}`,
    );
    return 2;
  }
  const contentDir = values.dir ?? process.env.CONTENT_DIR ?? "content";
  try {
    const scaffoldKind: ScaffoldKind = kind;
    const message = scaffoldKind === "faq" ? newFaqQuestion(title, values.thema, contentDir) : newItem(scaffoldKind, title, contentDir, values, new Date());
    process.stdout.write(`${message}\n`);
    return 0;
  } catch (error) {
    // UsageError, a file that appeared meanwhile (EEXIST) or a theme file we cannot append to.
    if (!(error instanceof Error)) throw error;
    process.stderr.write(`Niet aangemaakt: ${error.message}\n`);
    return 1;
  }
}

process.exitCode = main();
