/**
 * npm run bench:throughput [-- --duration 20 --connections 64 --threads 2] [--dist .next]
 *
 * Requests per second of `npm start` (production build) for the home page and a blog post, next
 * to the very same HTML served by a minimal static file server (node:http, no framework) in the
 * same run. Both listen on 127.0.0.1 only; load comes from `wrk` (Debian: apt-get install -y wrk),
 * one target at a time, bounded by --duration. Neither side compresses (wrk sends no
 * Accept-Encoding), so the two serve the same bytes.
 *
 * Not a timed test: on a small machine wrk and the server share the cores; read the ratio.
 */
import { spawn, spawnSync } from "node:child_process";
import { createReadStream, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer as createHttpServer } from "node:http";
import { cpus, tmpdir } from "node:os";
import path from "node:path";
import { freePort, requireBuild, startServer } from "../lib/production-server";
import { parseArgs } from "node:util";

const POST = "/blog/ai-voor-het-mkb-5-snelle-wins";

const { values } = parseArgs({
  options: {
    duration: { type: "string", default: "20" },
    connections: { type: "string", default: "64" },
    threads: { type: "string", default: "2" },
    dist: { type: "string", default: process.env.NEXT_DIST_DIR ?? ".next" },
    help: { type: "boolean", short: "h" },
  },
});
if (values.help) {
  console.log("Usage: npm run bench:throughput [-- --duration 20 --connections 64 --threads 2] [--dist .next]");
  process.exit(0);
}
const duration = Number(values.duration);
const connections = Number(values.connections);
const threads = Number(values.threads);
if (!(duration >= 1 && duration <= 120) || !(connections >= 1 && connections <= 512) || !(threads >= 1 && threads <= 8)) {
  console.error("--duration must be 1–120 s, --connections 1–512, --threads 1–8");
  process.exit(2);
}

// ---- Servers ----------------------------------------------------------------------------------

/** The smallest honest static file server: path → <dir>/<path>/index.html, streamed from disk. */
async function startStaticServer(dir: string): Promise<{ base: string; stop: () => Promise<void> }> {
  const server = createHttpServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const file = path.join(dir, path.normalize(pathname).replace(/^(\.\.[/\\])+/, ""), "index.html");
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": statSync(file).size });
    createReadStream(file).pipe(res);
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    base: `http://127.0.0.1:${port}`,
    stop: () => new Promise((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

// ---- wrk --------------------------------------------------------------------------------------

type WrkResult = { rps: number; p50: string; p99: string; errors: string; requests: number };

/** wrk runs as a child process, so the static server in this process keeps serving meanwhile. */
function wrk(url: string, seconds: number): Promise<WrkResult> {
  return new Promise((resolve, reject) => {
    const child = spawn("wrk", [`-t${threads}`, `-c${connections}`, `-d${seconds}s`, "--latency", "--timeout", "10s", url], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    const killer = setTimeout(() => child.kill("SIGKILL"), (seconds + 30) * 1000);
    child.on("close", (code) => {
      clearTimeout(killer);
      const rps = Number(output.match(/Requests\/sec:\s+([\d.]+)/)?.[1]);
      if (code !== 0 || !Number.isFinite(rps)) return reject(new Error(`wrk ${url} failed (${code}):\n${output}`));
      const non2xx = Number(output.match(/Non-2xx or 3xx responses:\s+(\d+)/)?.[1] ?? 0);
      const socket = output.match(/Socket errors:([^\n]+)/)?.[1]?.trim();
      resolve({
        rps,
        p50: output.match(/\s50%\s+(\S+)/)?.[1] ?? "?",
        p99: output.match(/\s99%\s+(\S+)/)?.[1] ?? "?",
        errors: [non2xx ? `${non2xx} non-2xx` : "", socket ?? ""].filter(Boolean).join("; ") || "0",
        requests: Number(output.match(/(\d+) requests in/)?.[1] ?? 0),
      });
    });
  });
}

// ---- Main -------------------------------------------------------------------------------------

async function main() {
  const probe = spawnSync("wrk", ["-v"], { encoding: "utf8" });
  if ((probe.error as NodeJS.ErrnoException | undefined)?.code === "ENOENT") {
    console.error("wrk is not installed. On Debian/Ubuntu: apt-get update && apt-get install -y wrk (as root), then run this again.");
    process.exit(1);
  }
  const dist = values.dist!;
  requireBuild(dist);

  console.log(`Starting \`npm start\` (build in ${dist}/) and a static file server …`);
  const next = await startServer(dist);
  const dir = mkdtempSync(path.join(tmpdir(), "bench-throughput-"));
  let staticServer: Awaited<ReturnType<typeof startStaticServer>> | undefined;
  try {
    const paths = ["/", POST];
    for (const pagePath of paths) {
      const response = await fetch(next.base + pagePath);
      if (!response.ok) throw new Error(`${pagePath}: HTTP ${response.status} from npm start`);
      const target = path.join(dir, pagePath);
      mkdirSync(target, { recursive: true });
      writeFileSync(path.join(target, "index.html"), await response.text());
    }
    staticServer = await startStaticServer(dir);

    const targets = [
      { name: "next start", base: next.base },
      { name: "static", base: staticServer.base },
    ];
    const total = paths.length * targets.length * (duration + 3);
    console.log(
      `wrk -t${threads} -c${connections} -d${duration}s per target, one at a time after a 3 s warm-up: about ${Math.ceil(total / 60)} min. ${cpus().length} cores shared by wrk and the server.\n`,
    );
    const results = new Map<string, WrkResult>();
    for (const pagePath of paths) {
      for (const target of targets) {
        const url = target.base + pagePath;
        await wrk(url, 3); // warm-up: JIT, route module loading, caches
        const result = await wrk(url, duration);
        results.set(`${target.name} ${pagePath}`, result);
        console.log(`  ${target.name.padEnd(10)} ${pagePath.padEnd(40)} ${result.rps.toFixed(0).padStart(8)} req/s`);
      }
    }

    const header = ["page", "server", "bytes", "requests/s", "p50", "p99", "errors", "requests"];
    const rows: string[][] = [];
    for (const pagePath of paths) {
      const bytes = statSync(path.join(dir, pagePath, "index.html")).size;
      for (const target of targets) {
        const r = results.get(`${target.name} ${pagePath}`)!;
        rows.push([pagePath, target.name, String(bytes), r.rps.toFixed(0), r.p50, r.p99, r.errors, String(r.requests)]);
      }
    }
    const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => row[i]!.length)));
    const line = (cells: string[]) => cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ");
    console.log(`\nThroughput on 127.0.0.1, wrk -t${threads} -c${connections} -d${duration}s, same HTML, uncompressed\n`);
    console.log(line(header));
    console.log(line(widths.map((w) => "-".repeat(w))));
    for (const row of rows) console.log(line(row));
    console.log("");
    for (const pagePath of paths) {
      const ratio = results.get(`next start ${pagePath}`)!.rps / results.get(`static ${pagePath}`)!.rps;
      console.log(`ratio next/static for ${pagePath}: ${ratio.toFixed(2)} (next start serves ${(ratio * 100).toFixed(0)}% of the static server's requests/s)`);
    }
    console.log("static = node:http streaming the file from disk (one process, like next start); numbers are for comparing, not for capacity planning.");
  } finally {
    await staticServer?.stop();
    next.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
