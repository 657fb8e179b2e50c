/**
 * docs/redactie.md is the marketers' reference: its field tables are written from the content
 * model (npm run docs:fields) and its rule table explains every rule of the content check.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { contentTypes } from "../lib/content-model";
import { FIELD_DOCS_BEGIN, renderFieldDocs, withFieldDocs } from "../lib/content-model/docs";
import { RULES } from "../lib/content-check";

const guide = readFileSync(path.resolve(import.meta.dirname, "../docs/redactie.md"), "utf8");

type Row = Record<string, string>;

/** The markdown table right after `marker`, as rows keyed by the (lower-case) header. */
function tableAfter(text: string, marker: string): Row[] {
  const start = text.indexOf(marker);
  if (start < 0) return [];
  const lines = text
    .slice(start)
    .split("\n")
    .slice(1)
    .filter((line, index) => index > 0 || line.trim() !== "");
  const from = lines.findIndex((line) => line.startsWith("|"));
  const table = lines.slice(
    from,
    lines.findIndex((line, index) => index > from && !line.startsWith("|")),
  );
  const cells = (line: string) =>
    line
      .replace(/^\||\|$/g, "")
      .split(/(?<!\\)\|/)
      .map((cell) => cell.trim());
  const [header = "", , ...rows] = table;
  const names = cells(header).map((name) => name.toLowerCase());
  return rows.map((row) => Object.fromEntries(cells(row).map((cell, index) => [names[index] ?? String(index), cell])));
}

const unquote = (cell: string) => /^`([^`]+)`$/.exec(cell)?.[1] ?? cell;

describe("docs/redactie.md: fields per type", () => {
  it("holds the field tables the content model writes (run npm run docs:fields after changing a field)", () => {
    assert.ok(guide.includes(FIELD_DOCS_BEGIN));
    assert.equal(withFieldDocs(guide), guide);
  });

  it("documents every field of every type, with its allowed values and default", () => {
    const docs = renderFieldDocs();
    for (const type of contentTypes) {
      const rows = tableAfter(docs, `### ${type.docs.title} — `);
      assert.deepEqual(
        rows.map((row) => unquote(row.veld ?? "")),
        Object.keys(type.fields),
        type.name,
      );
      for (const [name, field] of Object.entries(type.fields)) {
        const row = rows.find((candidate) => unquote(candidate.veld ?? "") === name) ?? {};
        assert.equal(row.verplicht === "ja", field.required, `${type.name}.${name}: verplicht`);
        if (field.default !== undefined) assert.equal(row.standaard, `\`${JSON.stringify(field.default)}\``, `${type.name}.${name}: standaard`);
        const options =
          "def" in field.contentlayer && field.contentlayer.def.type === "enum"
            ? field.contentlayer.def.options
            : "list" in field.contentlayer && "options" in field.contentlayer.list
              ? field.contentlayer.list.options
              : [];
        for (const option of options) assert.ok((row["toegestane waarden"] ?? "").includes(`\`${option}\``), `${type.name}.${name}: ${option}`);
      }
    }
  });
});

describe("docs/redactie.md: check messages", () => {
  it("explains every rule of content:check with its level and a fix", () => {
    const rows = tableAfter(guide, "<!-- regels -->");
    const level = { error: "fout", warning: "waarschuwing" } as const;
    assert.deepEqual(rows.map((row) => unquote(row.regel ?? "")).sort(), Object.keys(RULES).sort());
    for (const row of rows) {
      const rule = unquote(row.regel ?? "") as keyof typeof RULES;
      assert.equal(row.niveau, level[RULES[rule]], `${rule}: level`);
      assert.ok((row["zo los je het op"] ?? "").length > 10, `${rule}: fix`);
    }
  });
});
