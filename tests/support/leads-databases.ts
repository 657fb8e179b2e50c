// The databases the leads tests run against: a throwaway SQLite file everywhere, and a real
// PostgreSQL server in an isolated schema per run. In CI (CI=true) an unreachable PostgreSQL
// fails the run; locally it prints a loud warning and the PostgreSQL suites are skipped.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { dropPostgresSchema, pingPostgres } from "../../lib/leads";
import type { DatabaseConfig } from "../../lib/leads/config";

export const POSTGRES_URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const isCI = process.env.CI === "true" || process.env.CI === "1";

async function reachable(url: string): Promise<string | undefined> {
  try {
    await pingPostgres(url);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

let postgresCheck: Promise<string | undefined> | undefined;

/** undefined when PostgreSQL answers; otherwise why not (and, outside CI, a warning was printed). */
export async function postgresProblem(): Promise<string | undefined> {
  postgresCheck ??= reachable(POSTGRES_URL).then((problem) => {
    if (problem && !isCI) {
      const line = "!".repeat(78);
      console.warn(
        `\n${line}\n!! PostgreSQL at ${POSTGRES_URL} is unreachable (${problem}).\n!! The PostgreSQL leads tests are SKIPPED here; in CI (CI=true) they FAIL.\n${line}\n`,
      );
    }
    return problem;
  });
  return postgresCheck;
}

export type TestDatabase = { name: "sqlite" | "postgres"; config: () => DatabaseConfig; cleanup: () => Promise<void>; skip: string | false };

/** Both dialects, each with a fresh, private place to write. */
export async function testDatabases(label: string): Promise<TestDatabase[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `leads-${label}-`));
  const schema = `leads_${label.replace(/\W/g, "_")}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const problem = await postgresProblem();
  return [
    {
      name: "sqlite",
      config: () => ({ dialect: "sqlite", file: path.join(dir, "site.db") }),
      cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }),
      skip: false,
    },
    {
      name: "postgres",
      config: () => {
        // In CI an unreachable server is a failure of every PostgreSQL test, not a skip.
        if (problem) throw new Error(`PostgreSQL is required in CI but unreachable at ${POSTGRES_URL}: ${problem}`);
        return { dialect: "postgres", url: POSTGRES_URL, schema, poolMax: 10 };
      },
      cleanup: async () => {
        if (!problem) await dropPostgresSchema(POSTGRES_URL, schema);
      },
      skip: problem && !isCI ? `PostgreSQL unreachable: ${problem}` : false,
    },
  ];
}
