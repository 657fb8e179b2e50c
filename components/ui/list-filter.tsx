"use client";

import { useId, useState } from "react";

/**
 * A small island that filters server-rendered items in place (no second copy of the content in
 * JavaScript). Without JavaScript the full list stays visible, so nothing is lost.
 */
export function ListFilter({ targetId, label, placeholder }: { targetId: string; label: string; placeholder?: string }) {
  const inputId = useId();
  const [visibleCount, setVisibleCount] = useState<number | undefined>(undefined);

  function filter(query: string) {
    const words = query.toLocaleLowerCase("nl").split(/\s+/).filter(Boolean);
    const items = document.getElementById(targetId)?.querySelectorAll<HTMLElement>("[data-filter-item]") ?? [];
    let shown = 0;
    for (const item of items) {
      const text = (item.textContent ?? "").toLocaleLowerCase("nl");
      const match = words.every((word) => text.includes(word));
      item.hidden = !match;
      if (match) shown++;
    }
    for (const group of document.getElementById(targetId)?.querySelectorAll<HTMLElement>("[data-filter-group]") ?? []) {
      group.hidden = group.querySelector("[data-filter-item]:not([hidden])") === null;
    }
    setVisibleCount(words.length > 0 ? shown : undefined);
  }

  return (
    <div className="mt-6 max-w-xl">
      <label htmlFor={inputId} className="block text-sm font-semibold text-ink">
        {label}
      </label>
      <input
        id={inputId}
        type="search"
        placeholder={placeholder}
        onChange={(event) => filter(event.target.value)}
        className="mt-2 w-full rounded-lg border border-line bg-white px-4 py-2.5 text-base shadow-sm focus:border-brand-600"
      />
      <p aria-live="polite" className="mt-2 min-h-5 text-sm text-muted">
        {visibleCount === undefined ? "" : visibleCount === 1 ? "1 resultaat" : `${visibleCount} resultaten`}
      </p>
    </div>
  );
}
