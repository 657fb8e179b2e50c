/**
 * npm run bench:leads [-- --count 1000 --concurrency 100 --db sqlite,postgres --dist .next]
 *
 * Does the intake lose leads under load, or when the server dies mid-run? For each database it
 * starts the production server (`next start`, as `npm start` does, from a build made with
 * `npm run build`) on 127.0.0.1 and posts real intake submissions: the browser's no-JavaScript
 * form post to the server action, with the action id read from /contact. Two scenarios:
 *
 *   steady  COUNT submissions at CONCURRENCY connections.
 *   kill    the same, but the server gets SIGKILL after a third of the answers and is restarted;
 *           a submission whose connection broke is sent again once the server is back (like a
 *           visitor pressing the button again).
 *
 * Then it reads the database: every submission that got the confirmation must be stored
 * ("lost" must be 0). "unacked" are stored submissions whose answer never arrived (committed just
 * before the kill); re-sending those stores a second row, counted as "dupes".
 *
 * Loopback only (the server and PostgreSQL must be on 127.0.0.1), bounded in count (<= 5000) and
 * time (each scenario stops sending after 180 s). Not a timed test: latency depends on the machine.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { dropPostgresSchema, type LeadsDb, openDatabase } from "../../lib/leads";

const ROOT = path.resolve(import.meta.dirname, "../..");
const HOST = "127.0.0.1";
const SCENARIO_TIME_LIMIT_MS = 180_000;
const CONFIRMATION = "Bedankt, je aanvraag is verstuurd";

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "1000" },
    concurrency: { type: "string", default: "100" },
    db: { type: "string", default: "sqlite,postgres" },
    dist: { type: "string", default: ".next" },
    help: { type: "boolean", short: "h" },
  },
});
if (values.help) {
  console.log("Usage: npm run bench:leads [-- --count 1000 --concurrency 100 --db sqlite,postgres --dist .next]");
  process.exit(0);
}
const COUNT = Number(values.count);
const CONCURRENCY = Number(values.concurrency);
if (!Number.isInteger(COUNT) || COUNT < 1 || COUNT > 5000) throw new Error("--count must be 1..5000");
if (!Number.isInteger(CONCURRENCY) || CONCURRENCY < 1 || CONCURRENCY > 200) throw new Error("--concurrency must be 1..200");
const DIST = values.dist!;
if (!existsSync(path.join(ROOT, DIST, "BUILD_ID"))) {
  console.error(`No production build in ${DIST}/: run \`npm run build\` first.`);
  process.exit(1);
}
const POSTGRES_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
if (!["127.0.0.1", "localhost", "[::1]"].includes(new URL(POSTGRES_URL).hostname)) throw new Error("BENCH_DATABASE_URL must point at this machine (127.0.0.1)");

type Target = { name: "sqlite" | "postgres"; env: Record<string, string>; open: () => Promise<LeadsDb>; cleanup: () => Promise<void> };

function sqliteTarget(): Target {
  const dir = mkdtempSync(path.join(tmpdir(), "bench-leads-"));
  const file = path.join(dir, "site.db");
  return {
    name: "sqlite",
    env: { DATABASE_FILE: file, DATABASE_URL: "" },
    open: () => openDatabase({ dialect: "sqlite", file }),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

function postgresTarget(): Target {
  const schema = `bench_leads_${Date.now()}`;
  return {
    name: "postgres",
    env: { DATABASE_URL: POSTGRES_URL, DATABASE_SCHEMA: schema, DATABASE_POOL_MAX: "20" },
    open: () => openDatabase({ dialect: "postgres", url: POSTGRES_URL, schema, poolMax: 5 }),
    cleanup: () => dropPostgresSchema(POSTGRES_URL, schema),
  };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, HOST, () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

/** `next start` in its own process group, so SIGKILL takes the whole server down at once. */
function startServer(port: number, env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", HOST], {
    cwd: ROOT,
    detached: true,
    stdio: "ignore",
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_DIST_DIR: DIST,
      // All traffic comes from 127.0.0.1: the per-IP limit would (rightly) stop the benchmark.
      LEADS_RATE_LIMIT_MAX: "0",
      OUTBOX_INTERVAL_MS: "0",
      SMTP_URL: "",
      LEADS_LOG: "silent",
      ...env,
    },
  });
  return child;
}

function kill(child: ChildProcess) {
  if (child.pid && child.exitCode === null) {
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {
      child.kill("SIGKILL");
    }
  }
}

async function waitForHealthy(port: number, deadline = Date.now() + 60_000) {
  while (Date.now() < deadline) {
    const ok = await new Promise<boolean>((resolve) => {
      const req = http.get({ host: HOST, port, path: "/api/health", timeout: 2000 }, (res) => {
        res.resume();
        resolve(res.statusCode === 200);
      });
      req.on("error", () => resolve(false));
      req.on("timeout", () => (req.destroy(), resolve(false)));
    });
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`server on port ${port} did not become healthy`);
}

function request(port: number, agent: http.Agent, options: { method: string; path: string; headers?: Record<string, string>; body?: Buffer }) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request({ host: HOST, port, agent, method: options.method, path: options.path, headers: options.headers, timeout: 30_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
      res.on("error", reject);
    });
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", reject);
    req.end(options.body);
  });
}

/** The hidden fields React renders for a no-JS post of the intake's server action. */
async function actionFields(port: number, agent: http.Agent): Promise<[string, string][]> {
  const { body } = await request(port, agent, { method: "GET", path: "/contact" });
  const form = /<form[^>]*action="\/contact"[\s\S]*?<\/form>/.exec(body)?.[0];
  if (!form) throw new Error("intake form not found on /contact");
  const decode = (value: string) =>
    value
      .replace(/&quot;/g, '"')
      .replace(/&#x27;/g, "'")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&");
  return [...form.matchAll(/<input type="hidden" name="(\$ACTION[^"]*)"(?: value="([^"]*)")?/g)].map((m) => [m[1]!, decode(m[2] ?? "")]);
}

function multipart(fields: [string, string][]): { body: Buffer; contentType: string } {
  const boundary = `----bench${Math.random().toString(16).slice(2)}`;
  const parts = fields.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  return { body: Buffer.from(`${parts.join("")}--${boundary}--\r\n`, "utf8"), contentType: `multipart/form-data; boundary=${boundary}` };
}

type Result = {
  database: string;
  scenario: string;
  sent: number;
  accepted: number;
  stored: number;
  lost: number;
  unacked: number;
  dupes: number;
  resent: number;
  failed: number;
  p50: number;
  p99: number;
  seconds: number;
};

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function runScenario(target: Target, scenario: "steady" | "kill"): Promise<Result> {
  const port = await freePort();
  let server = startServer(port, target.env);
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const run = `${target.name}-${scenario}-${Date.now()}`;
  try {
    await waitForHealthy(port);
    const hidden = await actionFields(port, agent);
    const accepted = new Set<string>();
    const latencies: number[] = [];
    let answered = 0;
    let resent = 0;
    let failed = 0;
    let killed = false;
    let restarting: Promise<void> | undefined;
    const started = Date.now();
    const stopAt = started + SCENARIO_TIME_LIMIT_MS;

    const restart = async () => {
      kill(server);
      server = startServer(port, target.env);
      await waitForHealthy(port);
    };

    const submit = async (i: number) => {
      const email = `bench-${run}-${i}@example.test`;
      for (;;) {
        if (Date.now() > stopAt) return void failed++;
        if (restarting) await restarting.catch(() => undefined);
        const { body, contentType } = multipart([
          ...hidden,
          ["t", String(Date.now() - 30_000)],
          ["bron", "/contact"],
          ["website", ""],
          ["naam", `Bench Bezoeker ${i}`],
          ["email", email],
          ["bedrijf", "Benchmark BV"],
          ["telefoon", ""],
          ["interesse", "workshop"],
          ["regio", "Amsterdam"],
          ["bericht", "Een intake-aanvraag uit de benchmark: hoeveel houdt de server vast?"],
          ["privacy", "on"],
        ]);
        const t0 = performance.now();
        try {
          const response = await request(port, agent, {
            method: "POST",
            path: "/contact",
            headers: { "Content-Type": contentType, "Content-Length": String(body.length), Origin: `http://${HOST}:${port}`, Host: `${HOST}:${port}` },
            body,
          });
          answered += 1;
          if (response.status === 200 && response.body.includes(CONFIRMATION)) {
            accepted.add(email);
            latencies.push(performance.now() - t0);
          } else {
            failed += 1;
          }
          if (scenario === "kill" && !killed && answered >= Math.floor(COUNT / 3)) {
            killed = true;
            restarting = restart().finally(() => (restarting = undefined));
          }
          return;
        } catch {
          // Connection refused or reset: the server is down. Send again once it is back.
          resent += 1;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      }
    };

    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < COUNT) await submit(next++);
      }),
    );
    const seconds = (Date.now() - started) / 1000;

    const conn = await target.open();
    try {
      const rows = await conn.db.selectFrom("leads").select("email").where("email", "like", `bench-${run}-%`).execute();
      const stored = new Set(rows.map((row) => row.email));
      const lost = [...accepted].filter((email) => !stored.has(email)).length;
      const unacked = [...stored].filter((email) => !accepted.has(email)).length;
      latencies.sort((a, b) => a - b);
      return {
        database: target.name,
        scenario: scenario === "kill" ? "SIGKILL mid-run" : "steady",
        sent: COUNT,
        accepted: accepted.size,
        stored: stored.size,
        lost,
        unacked,
        dupes: rows.length - stored.size,
        resent,
        failed,
        p50: percentile(latencies, 50),
        p99: percentile(latencies, 99),
        seconds,
      };
    } finally {
      await conn.close();
    }
  } finally {
    agent.destroy();
    kill(server);
  }
}

function table(results: Result[]) {
  const header = ["database", "scenario", "sent", "accepted", "stored", "lost", "unacked", "dupes", "resent", "failed", "p50 ms", "p99 ms", "s"];
  const rows = results.map((r) =>
    [
      r.database,
      r.scenario,
      r.sent,
      r.accepted,
      r.stored,
      r.lost,
      r.unacked,
      r.dupes,
      r.resent,
      r.failed,
      r.p50.toFixed(0),
      r.p99.toFixed(0),
      r.seconds.toFixed(1),
    ].map(String),
  );
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(" | ")} |`;
  return [line(header), `|${widths.map((w, i) => (i < 2 ? `:${"-".repeat(w + 1)}` : `${"-".repeat(w + 1)}:`)).join("|")}|`, ...rows.map(line)].join("\n");
}

const targets = values
  .db!.split(",")
  .map((name) => name.trim())
  .map((name) => {
    if (name === "sqlite") return sqliteTarget();
    if (name === "postgres") return postgresTarget();
    throw new Error(`unknown --db ${name}`);
  });

console.log(`Intake benchmark: ${COUNT} submissions at ${CONCURRENCY} connections per scenario, server on ${HOST} (${DIST}/)\n`);
const results: Result[] = [];
let exitCode = 0;
for (const target of targets) {
  try {
    for (const scenario of ["steady", "kill"] as const) {
      const result = await runScenario(target, scenario);
      results.push(result);
      console.log(`  ${result.database} ${result.scenario}: ${result.accepted}/${result.sent} accepted, ${result.lost} lost`);
      if (result.lost > 0) exitCode = 1;
    }
  } finally {
    await target.cleanup();
  }
}
console.log(`\n${table(results)}\n`);
console.log("lost: confirmed but not stored (must be 0). unacked: stored, but the answer died with the server.");
console.log("dupes: extra rows from re-sending an unacked submission. resent: connection errors that were sent again.");
process.exit(exitCode);
