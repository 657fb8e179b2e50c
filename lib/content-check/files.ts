import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { SourceFile } from "./parse";

/** Every file under `contentDir` (hidden files aside), with paths as the marketer sees them. */
export function readContentFiles(contentDir: string, cwd: string = process.cwd()): SourceFile[] {
  const root = path.resolve(cwd, contentDir);
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith("."))
    .map((entry) => {
      const absolute = path.join(entry.parentPath, entry.name);
      return {
        file: path.relative(cwd, absolute).split(path.sep).join("/"),
        relPath: path.relative(root, absolute).split(path.sep).join("/"),
        text: readFileSync(absolute, "utf8"),
      };
    })
    .sort((a, b) => a.relPath.localeCompare(b.relPath));
}
