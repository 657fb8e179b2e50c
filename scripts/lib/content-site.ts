/**
 * A site's content built the way `npm run build` builds it (the content check, then Contentlayer),
 * from another content folder into another .contentlayer: for the test builds, which must leave
 * the developer's content/ and .contentlayer/ alone.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";

export const projectRoot = path.resolve(import.meta.dirname, "../..");

/** Copies `sources` (folders of content, later ones win) into `target`, replacing what was there. */
export function assembleContent(target: string, sources: string[]): number {
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  for (const source of sources) cpSync(path.resolve(projectRoot, source), target, { recursive: true });
  return readdirSync(target, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length;
}

/** Runs an npm script with the content and build folders set; exits the process when it fails. */
export function runNpm(script: string, env: Record<string, string>): void {
  const result = spawnSync("npm", ["run", "--silent", script], { cwd: projectRoot, stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) {
    process.stderr.write(
      `\nnpm run ${script} failed (${Object.entries(env)
        .map(([key, value]) => `${key}=${value}`)
        .join(" ")})\n`,
    );
    process.exit(result.status ?? 1);
  }
}
