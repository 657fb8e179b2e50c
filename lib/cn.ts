import { clsx, type ClassValue } from "clsx";
import { twMerge } from "tailwind-merge";

/** Class names joined, with later Tailwind utilities winning over earlier ones (`mt-4` over `mt-2`). */
export function cn(...classes: ClassValue[]): string {
  return twMerge(clsx(classes));
}
