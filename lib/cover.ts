/** How a cover image can be shown, decided once at build (or revalidation) time. */
export type ResolvedCover =
  | { kind: "image"; src: string; alt: string; caption?: string }
  /** A remote image that could not be loaded: a branded cover that still carries alt and credit. */
  | { kind: "fallback"; alt: string; caption?: string; originalUrl: string };

type CoverInput = { image: string; alt: string; caption?: string };

const PROBE_TIMEOUT_MS = 2500;
const probes = new Map<string, Promise<boolean>>();

/** One HEAD request per remote URL per build; offline or failing hosts give `false`, never an error. */
function isReachable(url: string): Promise<boolean> {
  let probe = probes.get(url);
  if (!probe) {
    probe = fetch(url, { method: "HEAD", signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) })
      .then((response) => response.ok && (response.headers.get("content-type") ?? "").startsWith("image/"))
      .catch(() => false);
    probes.set(url, probe);
  }
  return probe;
}

export async function resolveCover(cover: CoverInput): Promise<ResolvedCover> {
  const base = { alt: cover.alt, caption: cover.caption };
  if (cover.image.startsWith("/")) return { kind: "image", src: cover.image, ...base };
  return (await isReachable(cover.image))
    ? { kind: "image", src: cover.image, ...base }
    : { kind: "fallback", originalUrl: cover.image, ...base };
}
