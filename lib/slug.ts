/**
 * Dutch kebab-case slug: "Wat kost een AI-workshop? (½ dag)" -> "wat-kost-een-ai-workshop-12-dag".
 * Diacritics are folded (geïntegreerde -> geintegreerde) so URLs stay plain ASCII.
 */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’'`]/g, "")
    .replace(/&/g, " en ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** A file name without folder and extension: "blog/2026/foo.md" -> "foo". */
export function fileStem(sourceFilePath: string): string {
  const name = sourceFilePath.split("/").pop() ?? sourceFilePath;
  return name.replace(/\.[^.]+$/, "");
}
