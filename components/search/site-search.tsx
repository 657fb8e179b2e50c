"use client";

import { useEffect, useId, useRef, useState, useSyncExternalStore } from "react";
import { searchEntries, type SearchEntry, type SearchHit } from "@/lib/search";

const QUERY_EVENT = "zoeken:q";

/** The query lives in ?q= (the header's plain GET form lands here with it): the URL is its only store. */
const queryStore = {
  subscribe(onChange: () => void) {
    window.addEventListener("popstate", onChange);
    window.addEventListener(QUERY_EVENT, onChange);
    return () => {
      window.removeEventListener("popstate", onChange);
      window.removeEventListener(QUERY_EVENT, onChange);
    };
  },
  read: () => new URLSearchParams(window.location.search).get("q") ?? "",
  // Prerendered without a query; the browser reads the real one on hydration.
  readOnServer: () => "",
  write(value: string) {
    const url = new URL(window.location.href);
    if (value) url.searchParams.set("q", value);
    else url.searchParams.delete("q");
    window.history.replaceState(null, "", url);
    window.dispatchEvent(new Event(QUERY_EVENT));
  },
};

/** Site search island: loads the static index (/zoekindex.json) once and searches in the browser. */
export function SiteSearch() {
  const inputId = useId();
  const query = useSyncExternalStore(queryStore.subscribe, queryStore.read, queryStore.readOnServer);
  const [entries, setEntries] = useState<SearchEntry[] | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  const loading = useRef(false);

  function loadIndex() {
    if (loading.current) return;
    loading.current = true;
    fetch("/zoekindex.json")
      .then((response) => (response.ok ? (response.json() as Promise<SearchEntry[]>) : Promise.reject(new Error(String(response.status)))))
      .then(setEntries)
      .catch(() => setFailed(true));
  }

  // A query that arrives in the URL (the header's search form) needs the index at once.
  useEffect(() => {
    if (query) loadIndex();
  }, [query]);

  function update(value: string) {
    queryStore.write(value);
    loadIndex();
  }

  const hits: SearchHit[] = entries && query ? searchEntries(entries, query) : [];
  const searching = query.trim().length > 1;
  const status = failed
    ? "De zoekindex kon niet worden geladen. Bekijk hieronder alle pagina's."
    : !searching
      ? ""
      : entries === undefined
        ? "Zoeken…"
        : hits.length === 0
          ? `Geen resultaten voor “${query}”.`
          : `${hits.length} ${hits.length === 1 ? "resultaat" : "resultaten"} voor “${query}”`;

  return (
    <div className="mt-6">
      <form role="search" action="/zoeken" onSubmit={(event) => event.preventDefault()} className="max-w-xl">
        <label htmlFor={inputId} className="block text-sm font-semibold text-ink">
          Waar ben je naar op zoek?
        </label>
        <input
          id={inputId}
          name="q"
          type="search"
          value={query}
          placeholder="Bijvoorbeeld: workshop kosten, RPA, Amsterdam"
          onFocus={loadIndex}
          onChange={(event) => update(event.target.value)}
          className="mt-2 w-full rounded-lg border border-line bg-white px-4 py-2.5 text-base shadow-sm focus:border-brand-600"
        />
      </form>
      <p aria-live="polite" className="mt-2 min-h-5 text-sm text-muted">
        {status}
      </p>
      {searching && hits.length > 0 ? (
        <ol className="mt-4 max-w-3xl divide-y divide-line rounded-(--radius-card) border border-line bg-white" aria-label="Zoekresultaten">
          {hits.map((hit) => (
            <li key={hit.url} className="p-4">
              <p className="text-xs font-semibold uppercase tracking-wide text-muted">{hit.kind}</p>
              <a href={hit.url} className="text-lg font-semibold text-brand-800 hover:underline">
                {hit.title}
              </a>
              <p className="mt-1 text-sm text-muted">{hit.description}</p>
            </li>
          ))}
        </ol>
      ) : null}
    </div>
  );
}
