import Link from "next/link";
import type { ReactNode } from "react";
import { cn } from "@/lib/cn";

const variants = {
  primary: "bg-brand-700 text-white hover:bg-brand-800",
  secondary: "border border-brand-700 text-brand-800 hover:bg-brand-50",
  accent: "bg-accent-600 text-white hover:bg-orange-800",
} as const;

const base = "inline-flex min-h-11 items-center justify-center rounded-lg px-5 py-2.5 text-sm font-semibold transition-colors";

export function ButtonLink({ href, children, variant = "primary" }: { href: string; children: ReactNode; variant?: keyof typeof variants }) {
  return (
    <Link href={href} className={cn(base, variants[variant])}>
      {children}
    </Link>
  );
}
