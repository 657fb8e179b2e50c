/** How a cover image can be shown, decided once at build (or revalidation) time. */
export type ResolvedCover =
  | { kind: "image"; src: string; alt: string; caption?: string }
  /** A remote image that could not be loaded: a branded cover that still carries alt and credit. */
  | { kind: "fallback"; alt: string; caption?: string; originalUrl: string };

type CoverInput = { image: string; alt: string; caption?: string };

const PROBE_TIMEOUT_MS = 2500;
/**
 * A probe's answer is reused for this long: one HEAD request per cover per build, not per page.
 * A failure is retried sooner, so one network blip does not keep the fallback until a restart.
 */
const REACHABLE_FOR_MS = 60 * 60_000;
const UNREACHABLE_FOR_MS = 5 * 60_000;
const probes = new Map<string, { until: number; reachable: Promise<boolean> }>();

/** Offline or failing hosts give `false`, never an error. */
function isReachable(url: string): Promise<boolean> {
  const cached = probes.get(url);
  if (cached && cached.until > Date.now()) return cached.reachable;
  const startedAt = Date.now();
  const reachable = fetch(url, { method: "HEAD", signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) })
    .then((response) => response.ok && (response.headers.get("content-type") ?? "").startsWith("image/"))
    .catch(() => false);
  probes.set(url, { until: startedAt + REACHABLE_FOR_MS, reachable });
  void reachable.then((ok) => {
    if (!ok) probes.set(url, { until: startedAt + UNREACHABLE_FOR_MS, reachable });
  });
  return reachable;
}

export async function resolveCover(cover: CoverInput): Promise<ResolvedCover> {
  const base = { alt: cover.alt, caption: cover.caption };
  if (cover.image.startsWith("/")) return { kind: "image", src: cover.image, ...base };
  return (await isReachable(cover.image)) ? { kind: "image", src: cover.image, ...base } : { kind: "fallback", originalUrl: cover.image, ...base };
}
