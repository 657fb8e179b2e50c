import Image from "next/image";
import { resolveCover } from "@/lib/cover";

type Props = { cover: { image: string; alt: string; caption?: string }; title: string; label?: string };

/** A cover with its credit. Remote images that cannot be loaded become a branded cover, never a broken image. */
export async function Cover({ cover, title, label }: Props) {
  const resolved = await resolveCover(cover);
  return (
    <figure className="overflow-hidden rounded-(--radius-card) border border-line bg-white">
      {resolved.kind === "image" ? (
        // Remote hosts cannot be listed in advance for the image optimiser, so remote covers are
        // served as they are (unoptimized); the fixed size still avoids layout shift.
        <Image
          src={resolved.src}
          alt={resolved.alt}
          width={1200}
          height={630}
          sizes="(min-width: 768px) 720px, 100vw"
          priority
          unoptimized={!resolved.src.startsWith("/")}
          className="aspect-[1200/630] w-full object-cover"
        />
      ) : (
        <div
          role="img"
          aria-label={resolved.alt}
          className="relative flex aspect-[1200/630] w-full flex-col justify-end bg-gradient-to-br from-brand-700 via-brand-800 to-brand-900 p-6 text-white sm:p-10"
        >
          {label ? <span className="mb-3 w-fit rounded-full bg-white/15 px-3 py-1 text-xs font-semibold tracking-wide">{label}</span> : null}
          <span aria-hidden="true" className="max-w-2xl text-xl font-bold leading-tight sm:text-3xl">
            {title}
          </span>
        </div>
      )}
      {resolved.caption || resolved.kind === "fallback" ? (
        <figcaption className="px-4 py-2 text-xs text-muted">
          {resolved.kind === "fallback" ? <span>Beeld: {resolved.alt.replace(/[.!?]*$/, ".")} </span> : null}
          {resolved.caption}
        </figcaption>
      ) : null}
    </figure>
  );
}
