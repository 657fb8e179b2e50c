import type { ReactNode } from "react";
import { cn } from "@/lib/cn";

const tones = {
  brand: "bg-brand-100 text-brand-800",
  accent: "bg-orange-100 text-orange-900",
  neutral: "bg-stone-200 text-stone-800",
} as const;

export function Badge({ children, tone = "brand" }: { children: ReactNode; tone?: keyof typeof tones }) {
  return <span className={cn("inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold tracking-wide", tones[tone])}>{children}</span>;
}
