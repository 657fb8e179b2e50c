/**
 * Starting the production build for scripts that measure or crawl it (benchmarks, check:seo):
 * `npm start` on a free port of 127.0.0.1, in its own process group so stopping it stops
 * next-server too, and stopped when the script ends or is interrupted.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Exits with a clear message when there is no production build to serve. */
export function requireBuild(dist: string): void {
  if (!existsSync(path.join(ROOT, dist, "BUILD_ID"))) {
    console.error(`No production build in ${dist}/: run \`npm run build\` first${dist === ".next" ? "" : ` (with NEXT_DIST_DIR=${dist})`}.`);
    process.exit(1);
  }
}

type StartOptions = { env?: Record<string, string>; onInterrupt?: () => void };

export async function startServer(dist: string, { env = {}, onInterrupt }: StartOptions = {}): Promise<{ base: string; stop: () => void }> {
  const port = await freePort();
  const child: ChildProcess = spawn("npm", ["start", "--", "--hostname", "127.0.0.1", "--port", String(port)], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), NEXT_DIST_DIR: dist, NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  let stopped = false;
  const stop = () => {
    if (stopped || child.pid === undefined) return;
    stopped = true;
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      // already gone
    }
  };
  process.once("exit", stop);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      onInterrupt?.();
      stop();
      process.exit(130);
    });
  }
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}:\n${output}`);
    try {
      const response = await fetch(`${base}/`, { signal: AbortSignal.timeout(5000) });
      if (response.ok) return { base, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  stop();
  throw new Error(`npm start did not answer on ${base} within 60 s:\n${output}`);
}
