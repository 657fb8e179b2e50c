/**
 * npm run bench:js [-- --dist .next]
 *
 * The JavaScript a browser downloads per page type, from the production build (`npm run build`
 * first). Starts `npm start` on a free port of 127.0.0.1, fetches each page's HTML, and for every
 * distinct `<script src>` (plus `<link rel=preload|modulepreload as=script>`) requests the file with
 * `Accept-Encoding: gzip` and counts the bytes the server sends. `nomodule` scripts are listed apart:
 * modern browsers skip them. "framework" = the build manifest's rootMainFiles (React, the Next.js
 * and Turbopack runtimes), loaded by every page; "beyond framework" = the app's own client code on
 * that page (layout islands such as the menu toggle, plus the page's own); "page-only" = the part
 * of that which not every measured page loads.
 *
 * Also prints the gzip size of the inline <script> blocks (the RSC payload Next.js embeds in the
 * HTML): not a download of its own, but JavaScript the browser parses.
 */
import { readFileSync } from "node:fs";
import { request } from "node:http";
import path from "node:path";
import { requireBuild, ROOT, startServer } from "../lib/production-server";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";

const { values } = parseArgs({
  options: {
    dist: { type: "string", default: process.env.NEXT_DIST_DIR ?? ".next" },
    verbose: { type: "boolean", short: "v" },
    help: { type: "boolean", short: "h" },
  },
});
if (values.help) {
  console.log("Usage: npm run bench:js [-- --dist .next] [--verbose]\n  --verbose  list every script per page");
  process.exit(0);
}

// ---- Server -----------------------------------------------------------------------------------

/** Bytes on the wire for a GET with Accept-Encoding: gzip (node's fetch would decompress). */
function wireBytes(url: string): Promise<{ status: number; bytes: number; encoding: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { "accept-encoding": "gzip" } }, (res) => {
      let bytes = 0;
      res.on("data", (chunk: Buffer) => (bytes += chunk.length));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, bytes, encoding: String(res.headers["content-encoding"] ?? "identity") }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.setTimeout(15_000, () => req.destroy(new Error(`timeout: ${url}`)));
    req.end();
  });
}

// ---- HTML -------------------------------------------------------------------------------------

type Script = { src: string; nomodule: boolean };

function scriptsOf(html: string): Script[] {
  const found = new Map<string, Script>();
  for (const match of html.matchAll(/<script\b([^>]*)>/gi)) {
    const attrs = match[1]!;
    const src = attrs.match(/\ssrc="([^"]+)"/i)?.[1];
    if (src) found.set(src, { src, nomodule: /\snomodule\b/i.test(attrs) });
  }
  for (const match of html.matchAll(/<link\b([^>]*)>/gi)) {
    const attrs = match[1]!;
    const rel = attrs.match(/\srel="([^"]+)"/i)?.[1] ?? "";
    const as = attrs.match(/\sas="([^"]+)"/i)?.[1] ?? "";
    const href = attrs.match(/\shref="([^"]+)"/i)?.[1];
    if (href && (rel === "modulepreload" || (rel === "preload" && as === "script")) && !found.has(href)) found.set(href, { src: href, nomodule: false });
  }
  return [...found.values()];
}

function inlineScriptBytes(html: string): { raw: number; gzip: number } {
  const inline = [...html.matchAll(/<script\b(?![^>]*\ssrc=)(?![^>]*type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/gi)]
    .map((match) => match[1]!)
    .join("\n");
  return { raw: Buffer.byteLength(inline), gzip: inline ? gzipSync(inline).length : 0 };
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

// ---- Main -------------------------------------------------------------------------------------

async function main() {
  const dist = values.dist!;
  requireBuild(dist);
  console.log(`Starting \`npm start\` (build in ${dist}/) …`);
  const server = await startServer(dist);
  try {
    const firstLink = async (list: string, section: string) => {
      const html = await (await fetch(server.base + list)).text();
      return html.match(new RegExp(`href="(/${section}/(?!pagina/)[^"#?]+)"`))?.[1];
    };
    const pages: Array<[string, string]> = [
      ["home", "/"],
      // The same pages bench:lighthouse measures; the news item is the newest one.
      ["blog post", "/blog/ai-voor-het-mkb-5-snelle-wins"],
      ["news item", (await firstLink("/nieuws", "nieuws")) ?? "/nieuws"],
      ["faq", "/faq"],
      ["persona", "/voor/drukbezette-ondernemer"],
      ["region", "/regio/amsterdam"],
      ["contact", "/contact"],
      ["search", "/zoeken"],
    ];

    const sizes = new Map<string, { bytes: number; encoding: string }>();
    const measured: Array<{ name: string; pagePath: string; scripts: Script[]; inline: { raw: number; gzip: number }; html: number }> = [];
    for (const [name, pagePath] of pages) {
      const response = await fetch(server.base + pagePath);
      if (!response.ok) throw new Error(`${pagePath}: HTTP ${response.status}`);
      const html = await response.text();
      const scripts = scriptsOf(html);
      for (const { src } of scripts) {
        if (sizes.has(src)) continue;
        const url = new URL(src, server.base).href;
        const result = await wireBytes(url);
        if (result.status !== 200) throw new Error(`${src}: HTTP ${result.status}`);
        sizes.set(src, result);
      }
      measured.push({ name, pagePath, scripts, inline: inlineScriptBytes(html), html: (await wireBytes(server.base + pagePath)).bytes });
    }
    const notGzip = [...sizes].filter(([, size]) => size.encoding !== "gzip" && size.bytes > 1024).map(([src]) => src);

    // Framework = the build manifest's rootMainFiles; shared = loaded (as a module script) by every measured page.
    const manifest = JSON.parse(readFileSync(path.join(ROOT, dist, "build-manifest.json"), "utf8")) as { rootMainFiles?: string[] };
    const framework = new Set((manifest.rootMainFiles ?? []).map((file) => `/_next/${file}`));
    const loaded = (page: (typeof measured)[number]) => page.scripts.filter((script) => !script.nomodule).map((script) => script.src);
    const shared = new Set(loaded(measured[0]!).filter((src) => measured.every((page) => loaded(page).includes(src))));
    const bytesOf = (srcs: Iterable<string>) => [...srcs].reduce((sum, src) => sum + sizes.get(src)!.bytes, 0);
    const label = (src: string) => `${path.basename(src)} ${kb(sizes.get(src)!.bytes)}`;

    const header = [
      "page type",
      "path",
      "scripts",
      "JS total (kB gz)",
      "framework",
      "beyond framework",
      "of which page-only",
      "nomodule",
      "inline RSC",
      "HTML",
    ];
    const rows = measured.map((page) => {
      const modern = loaded(page);
      const total = bytesOf(modern);
      const frameworkBytes = bytesOf(modern.filter((src) => framework.has(src)));
      const pageOnly = bytesOf(modern.filter((src) => !shared.has(src)));
      const legacy = bytesOf(page.scripts.filter((script) => script.nomodule).map((script) => script.src));
      const shown = page.pagePath.length > 40 ? `${page.pagePath.slice(0, 37)}...` : page.pagePath;
      return [
        page.name,
        shown,
        String(modern.length),
        kb(total),
        kb(frameworkBytes),
        kb(total - frameworkBytes),
        kb(pageOnly),
        kb(legacy),
        kb(page.inline.gzip),
        kb(page.html),
      ];
    });
    const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => row[i]!.length)));
    const line = (cells: string[]) => cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ");
    console.log("\nJavaScript per page type: kB (1024 bytes) sent by `npm start` with Accept-Encoding: gzip\n");
    console.log(line(header));
    console.log(line(widths.map((w) => "-".repeat(w))));
    for (const row of rows) console.log(line(row));
    const frameworkSeen = [...framework].filter((src) => sizes.has(src));
    const layout = [...shared].filter((src) => !framework.has(src));
    console.log(`\nframework (rootMainFiles): ${kb(bytesOf(frameworkSeen))} kB — ${frameworkSeen.map(label).join(", ")}`);
    console.log(`app chunks on every page (layout islands): ${kb(bytesOf(layout))} kB — ${layout.map(label).join(", ") || "none"}`);
    for (const page of measured) {
      const own = loaded(page).filter((src) => !shared.has(src));
      if (own.length > 0 || values.verbose) console.log(`${page.name} only: ${own.length ? own.map(label).join(", ") : "nothing"}`);
      if (values.verbose) console.log(`  all: ${page.scripts.map((script) => `${label(script.src)}${script.nomodule ? " (nomodule)" : ""}`).join(", ")}`);
    }
    console.log("nomodule = polyfills only old browsers download (not in the total); inline RSC = gzip of the page's inline");
    console.log("<script> blocks (the self.__next_f payload, JSON-LD excluded), parsed as JavaScript but part of the HTML; HTML = the page itself, gzip.");
    console.log("Browser-cached chunks are downloaded once per site visit, not per page.");
    if (notGzip.length > 0) console.log(`warning: served without gzip: ${notGzip.join(", ")}`);
  } finally {
    server.stop();
  }
}

await main();
