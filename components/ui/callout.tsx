import type { ReactNode } from "react";
import { cn } from "@/lib/cn";

const tones = {
  warning: "border-orange-200 bg-orange-50 text-orange-950",
  info: "border-brand-200 bg-brand-50 text-brand-900",
} as const;

/** A highlighted note in the reading flow, announced as a note to assistive technology. */
export function Callout({ children, tone = "info", className }: { children: ReactNode; tone?: keyof typeof tones; className?: string }) {
  return (
    <div role="note" className={cn("rounded-lg border p-4 text-sm leading-relaxed", tones[tone], className)}>
      {children}
    </div>
  );
}
