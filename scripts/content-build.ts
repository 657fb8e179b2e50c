/**
 * npm run content:build — Contentlayer over $CONTENT_DIR (default content/), into
 * $CONTENTLAYER_DIR/.contentlayer (default: this project). The test builds point CONTENTLAYER_DIR
 * at a folder of their own, so a developer's generated content is never replaced by fixtures;
 * next.config.ts and the unit tests read the same variable.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, symlinkSync } from "node:fs";
import path from "node:path";

const projectRoot = path.resolve(import.meta.dirname, "..");
const workDir = path.resolve(projectRoot, process.env.CONTENTLAYER_DIR ?? ".");
mkdirSync(workDir, { recursive: true });
// Contentlayer compiles the config into the working folder and imports its packages from there.
const inProject = !path.relative(projectRoot, workDir).startsWith("..");
if (!inProject && !existsSync(path.join(workDir, "node_modules"))) symlinkSync(path.join(projectRoot, "node_modules"), path.join(workDir, "node_modules"));

const contentDir = path.resolve(projectRoot, process.env.CONTENT_DIR ?? "content");
const result = spawnSync(
  path.join(projectRoot, "node_modules", ".bin", "contentlayer2"),
  ["build", "--config", path.join(projectRoot, "contentlayer.config.ts")],
  {
    cwd: workDir,
    stdio: "inherit",
    // Contentlayer takes its working directory from $PWD before process.cwd().
    env: { ...process.env, PWD: workDir, CONTENT_DIR: contentDir },
  },
);
process.exitCode = result.status ?? 1;
