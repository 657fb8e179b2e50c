import { readFile } from "node:fs/promises";
import path from "node:path";
import { ImageResponse } from "next/og";
import { site } from "./site";

export const ogSize = { width: 1200, height: 630 } as const;
export const ogContentType = "image/png";

// Self-hosted Inter (woff: the format next/og reads); nothing is fetched from the network.
const fontFile = (weight: 400 | 700) => path.join(process.cwd(), "node_modules/@fontsource/inter/files", `inter-latin-${weight}-normal.woff`);

async function fonts() {
  const [regular, bold] = await Promise.all([readFile(fontFile(400)), readFile(fontFile(700))]);
  return [
    { name: "Inter", data: regular, weight: 400 as const, style: "normal" as const },
    { name: "Inter", data: bold, weight: 700 as const, style: "normal" as const },
  ];
}

/** Reads a cover from public/ as a data URL; only local covers become og:image (remote hosts may vanish). */
async function localImage(publicPath: string): Promise<string | undefined> {
  if (!publicPath.startsWith("/")) return undefined;
  const file = path.join(process.cwd(), "public", path.normalize(publicPath).replace(/^([/\\])+/, ""));
  const type = { ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".webp": "image/webp" }[path.extname(file).toLowerCase()];
  if (!type) return undefined;
  try {
    return `data:${type};base64,${(await readFile(file)).toString("base64")}`;
  } catch {
    return undefined;
  }
}

type OgInput = { title: string; kicker?: string; cover?: { image: string } };

/** The branded share image: title, label or section, brand. A local cover replaces it entirely. */
export async function renderOgImage({ title, kicker, cover }: OgInput): Promise<ImageResponse> {
  const coverData = cover ? await localImage(cover.image) : undefined;
  if (coverData) {
    return new ImageResponse(
      <img src={coverData} alt="" width={ogSize.width} height={ogSize.height} style={{ objectFit: "cover", width: "100%", height: "100%" }} />,
      { ...ogSize },
    );
  }
  return new ImageResponse(
    <div
      style={{
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        width: "100%",
        height: "100%",
        padding: 72,
        background: "linear-gradient(135deg, #075954 0%, #04302e 100%)",
        color: "white",
        fontFamily: "Inter",
      }}
    >
      <div style={{ display: "flex", alignItems: "center", gap: 20, fontSize: 30, fontWeight: 700 }}>
        <div
          style={{
            display: "flex",
            alignItems: "center",
            justifyContent: "center",
            width: 64,
            height: 64,
            borderRadius: 14,
            background: "white",
            color: "#075954",
          }}
        >
          AI
        </div>
        {site.name}
      </div>
      <div style={{ display: "flex", flexDirection: "column", gap: 24 }}>
        {kicker ? (
          <div style={{ display: "flex", fontSize: 26, fontWeight: 700, letterSpacing: 2, color: "#f5b27a", textTransform: "uppercase" }}>{kicker}</div>
        ) : null}
        <div style={{ display: "flex", fontSize: title.length > 70 ? 52 : 64, fontWeight: 700, lineHeight: 1.15 }}>{title}</div>
      </div>
      <div style={{ display: "flex", fontSize: 24, color: "#a9d4d3" }}>Workshops · Lezingen · Pilots · Implementatie — Amsterdam en de Randstad</div>
    </div>,
    { ...ogSize, fonts: await fonts() },
  );
}

/** Where a page's generated share image is served (the opengraph-image route of its segment). */
export function ogImagePath(pagePath: string): string {
  return pagePath === "/" ? "/opengraph-image" : `${pagePath}/opengraph-image`;
}
