import { cn } from "@/lib/cn";

/** Renders sanitised HTML from the markdown pipeline (lib/markdown/pipeline.ts). */
export function Prose({ html, className }: { html: string; className?: string }) {
  return (
    <div
      className={cn(
        "prose prose-stone max-w-none prose-headings:scroll-mt-24 prose-headings:text-ink prose-a:text-brand-700 prose-a:underline-offset-2 hover:prose-a:text-brand-900",
        className,
      )}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
