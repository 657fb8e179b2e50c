/**
 * The import boundaries are enforced by ESLint (eslint.config.mjs). These cases prove each rule
 * fires on a violation and stays quiet on the allowed direction, so a config change that silently
 * switches one off fails here.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ESLint } from "eslint";

const eslint = new ESLint({ cwd: new URL("..", import.meta.url).pathname });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

const cases: Array<{ file: string; code: string; rule: string | undefined }> = [
  { file: "lib/example.ts", code: 'export { Breadcrumbs } from "@/components/site/breadcrumbs";\n', rule: "import/no-restricted-paths" },
  { file: "lib/example.ts", code: 'export { default } from "@/app/page";\n', rule: "import/no-restricted-paths" },
  { file: "components/example.tsx", code: 'export { default } from "@/app/page";\n', rule: "import/no-restricted-paths" },
  { file: "components/ui/example.tsx", code: 'export { getPosts } from "@/lib/content";\n', rule: "import/no-restricted-paths" },
  { file: "components/ui/example.tsx", code: 'export { Breadcrumbs } from "@/components/site/breadcrumbs";\n', rule: "import/no-restricted-paths" },
  { file: "app/example.ts", code: 'export { allPosts } from "contentlayer/generated";\n', rule: "no-restricted-imports" },
  { file: "lib/registry/example.ts", code: 'export { allPosts } from "contentlayer/generated";\n', rule: "no-restricted-imports" },
  { file: "app/example.ts", code: 'export { Kysely } from "kysely";\n', rule: "no-restricted-imports" },
  { file: "scripts/example.ts", code: 'import pg from "pg";\nexport default pg;\n', rule: "no-restricted-imports" },
  // The allowed directions.
  { file: "components/ui/example.tsx", code: 'export { cn } from "@/lib/cn";\n', rule: undefined },
  { file: "components/example.tsx", code: 'export { getPosts } from "@/lib/content";\n', rule: undefined },
  { file: "lib/leads/example.ts", code: 'export { Kysely } from "kysely";\n', rule: undefined },
];

describe("import boundaries", { concurrency: true }, () => {
  for (const { file, code, rule } of cases) {
    it(`${file}: ${code.trim().split("\n")[0]} → ${rule ?? "allowed"}`, async () => {
      const found = await ruleIds(file, code);
      if (rule) assert.ok(found.includes(rule), `expected ${rule}, got ${JSON.stringify(found)}`);
      else assert.deepEqual(found, []);
    });
  }
});
