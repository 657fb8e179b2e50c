/**
 * docs/redactie.md is the marketers' reference: its field tables must match the content types
 * in contentlayer.config.ts (names, required, defaults, allowed values) and its rule table the
 * rules of content:check. When a field or rule changes, this test says which line of the guide
 * to update.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import * as config from "../contentlayer.config";
import { RULES } from "../lib/content-check";

const guide = readFileSync(path.resolve(import.meta.dirname, "../docs/redactie.md"), "utf8");

type Row = Record<string, string>;

/** The markdown table right after `<!-- marker -->`, as rows keyed by the (lower-case) header. */
function tableAfter(marker: string): Row[] {
  const start = guide.indexOf(`<!-- ${marker} -->`);
  if (start < 0) return [];
  const lines = guide.slice(start).split("\n").slice(1);
  const table = lines.slice(0, lines.findIndex((line, index) => index > 0 && !line.startsWith("|")));
  const cells = (line: string) => line.replace(/^\||\|$/g, "").split(/(?<!\\)\|/).map((cell) => cell.trim());
  const [header = "", , ...rows] = table;
  const names = cells(header).map((name) => name.toLowerCase());
  return rows.map((row) => Object.fromEntries(cells(row).map((cell, index) => [names[index] ?? String(index), cell])));
}

const unquote = (cell: string) => /^`([^`]+)`$/.exec(cell)?.[1] ?? cell;

type FieldDef = { type: string; required?: boolean; default?: unknown; options?: string[]; of?: FieldDef | { type: "nested"; def: () => TypeDef } };
type TypeDef = { name: string; fields: Record<string, FieldDef> };

const documentTypes = [config.Post, config.News, config.FaqTheme, config.Persona, config.Region, config.Service, config.Topic].map(
  (type) => (type as unknown as { def: () => TypeDef }).def(),
);

/** Nested types (Cover, FaqItem, PersonaQuestion) reached from the document types' fields. */
function nestedTypes(types: TypeDef[]): TypeDef[] {
  const found = new Map<string, TypeDef>();
  for (const type of types) {
    for (const field of Object.values(type.fields)) {
      const nested = field.type === "nested" ? field.of : field.type === "list" && field.of?.type === "nested" ? field.of : undefined;
      if (nested && "def" in nested) {
        const def = nested.def();
        found.set(def.name, def);
      }
    }
  }
  return [...found.values()];
}

const allTypes = [...documentTypes, ...nestedTypes(documentTypes)];

describe("docs/redactie.md: fields per type", () => {
  it("has a field table for every content type and nested type, and no others", () => {
    const documented = [...guide.matchAll(/<!-- velden: (\w+) -->/g)].map((match) => match[1]).sort();
    assert.deepEqual(documented, allTypes.map((type) => type.name).sort());
  });

  for (const type of allTypes) {
    it(`${type.name}: names, required, defaults and allowed values match contentlayer.config.ts`, () => {
      const rows = tableAfter(`velden: ${type.name}`);
      const documented = new Map(rows.map((row) => [unquote(row.veld ?? ""), row]));
      assert.deepEqual([...documented.keys()].sort(), Object.keys(type.fields).sort(), `fields of ${type.name}`);
      for (const [name, field] of Object.entries(type.fields)) {
        const row = documented.get(name) ?? {};
        assert.equal(row.verplicht === "ja", field.required === true, `${type.name}.${name}: "verplicht" says ${row.verplicht}`);
        if (field.default !== undefined) {
          assert.ok((row.standaard ?? "").includes(`\`${JSON.stringify(field.default)}\``), `${type.name}.${name}: default ${JSON.stringify(field.default)}`);
        }
        const options = field.type === "enum" ? field.options : field.type === "list" && field.of && "options" in field.of ? field.of.options : undefined;
        for (const option of options ?? []) {
          assert.ok((row["toegestane waarden"] ?? "").includes(`\`${option}\``), `${type.name}.${name}: allowed value ${option}`);
        }
        assert.ok((row.betekenis ?? "").length > 5, `${type.name}.${name}: meaning`);
      }
    });
  }
});

describe("docs/redactie.md: check messages", () => {
  it("explains every rule of content:check with its level and a fix", () => {
    const rows = tableAfter("regels");
    const level = { error: "fout", warning: "waarschuwing" } as const;
    assert.deepEqual(rows.map((row) => unquote(row.regel ?? "")).sort(), Object.keys(RULES).sort());
    for (const row of rows) {
      const rule = unquote(row.regel ?? "") as keyof typeof RULES;
      assert.equal(row.niveau, level[RULES[rule]], `${rule}: level`);
      assert.ok((row["zo los je het op"] ?? "").length > 10, `${rule}: fix`);
    }
  });
});
