// ESLint flat config: Next.js's Core Web Vitals rules, typescript-eslint's strict set, and the
// import boundaries that keep each concept in its own layer (see README, "Project layout").
import nextVitals from "eslint-config-next/core-web-vitals";
import { defineConfig, globalIgnores } from "eslint/config";
import tseslint from "typescript-eslint";

const DB_DRIVERS = ["better-sqlite3", "pg", "kysely"];

export default defineConfig([
  globalIgnores([".next/**", ".next-*/**", ".contentlayer/**", ".cache/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "data/**"]),
  ...nextVitals,
  ...tseslint.configs.strict,
  {
    rules: {
      // `_name` marks a parameter a signature needs but the body does not use.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            { target: "./lib", from: ["./components", "./app"], message: "lib/ is the domain: it must not depend on components or routes." },
            { target: "./components", from: "./app", message: "Components must not import routes; move shared code to lib/." },
            { target: "./components/ui", from: "./lib", except: ["./cn.ts"], message: "Design primitives know no domain: pass data in as props." },
            { target: "./components/ui", from: "./components", except: ["./ui"], message: "Design primitives build only on each other." },
          ],
        },
      ],
      "no-restricted-imports": [
        "error",
        {
          paths: [{ name: "contentlayer/generated", message: "Read content through lib/content.ts, the one content API." }],
          patterns: [{ group: DB_DRIVERS, message: "Only lib/leads talks to the database; use its API (lib/leads/index.ts)." }],
        },
      ],
    },
  },
  {
    // Test and tooling code: a wrong assumption there throws at once, with a stack trace.
    files: ["tests/**", "e2e/**", "scripts/**"],
    rules: { "@typescript-eslint/no-non-null-assertion": "off" },
  },
  {
    // Share images are drawn by next/og (satori), which takes a plain <img>; next/image does not exist there.
    files: ["lib/og.tsx"],
    rules: { "@next/next/no-img-element": "off" },
  },
  {
    files: ["lib/content.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [{ group: DB_DRIVERS, message: "Only lib/leads talks to the database." }] }] },
  },
  {
    files: ["lib/leads/**"],
    rules: { "no-restricted-imports": ["error", { paths: [{ name: "contentlayer/generated", message: "Read content through lib/content.ts." }] }] },
  },
]);
