/**
 * npm run docs:fields — rewrites the field tables in docs/redactie.md ("Velden per type") from the
 * content model (lib/content-model). Run it after changing a field; the unit tests fail until then.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { withFieldDocs } from "../lib/content-model/docs";

const guidePath = path.resolve(import.meta.dirname, "../docs/redactie.md");
const before = readFileSync(guidePath, "utf8");
const after = withFieldDocs(before);
writeFileSync(guidePath, after);
console.log(before === after ? "docs/redactie.md: de veldtabellen waren al actueel." : "docs/redactie.md: veldtabellen bijgewerkt uit lib/content-model.");
