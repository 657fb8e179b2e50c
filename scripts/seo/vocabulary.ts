import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

/**
 * The schema.org vocabulary as schema-dts encodes it, read offline from its type declarations:
 * every type name and the properties it accepts (its own and inherited ones).
 */
export type Vocabulary = { types: Set<string>; propertiesOf(type: string): Set<string> | undefined };

let cached: Vocabulary | undefined;

export function loadVocabulary(): Vocabulary {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const declarations = readFileSync(require.resolve("schema-dts").replace(/schema\.js$/, "schema.d.ts"), "utf8");

  const bases = new Map<string, { parents: string[]; properties: string[] }>();
  for (const match of declarations.matchAll(/^interface (\w+Base) extends ([^{]+)\{([\s\S]*?)^\}/gm)) {
    const [, name, parents = "", body = ""] = match;
    if (!name) continue;
    bases.set(name, {
      parents: [...parents.matchAll(/(\w+Base)\b/g)].map((parent) => parent[1]!).filter((parent) => parent !== name),
      properties: [...body.matchAll(/^\s+"([^"]+)"\??:/gm)].map((property) => property[1]!),
    });
  }

  const leafBase = new Map<string, string>();
  const leafPatterns = [
    /^export interface \w+Leaf extends (\w+Base) \{\s*\n\s*"@type": "([^"]+)"/gm,
    /^export type \w+Leaf<[^=]*> = Omit<(\w+Base), [^>]*> & \{\s*\n\s*"@type": "([^"]+)"/gm,
  ];
  for (const pattern of leafPatterns) {
    for (const match of declarations.matchAll(pattern)) if (match[1] && match[2]) leafBase.set(match[2], match[1]);
  }

  const propertyCache = new Map<string, Set<string>>();
  function collect(base: string, into: Set<string>, seen: Set<string>) {
    if (seen.has(base)) return;
    seen.add(base);
    const entry = bases.get(base);
    if (!entry) return;
    entry.properties.forEach((property) => into.add(property));
    entry.parents.forEach((parent) => collect(parent, into, seen));
  }

  cached = {
    types: new Set(leafBase.keys()),
    propertiesOf(type) {
      const base = leafBase.get(type);
      if (!base) return undefined;
      let properties = propertyCache.get(type);
      if (!properties) {
        properties = new Set(["@type", "@id"]);
        collect(base, properties, new Set());
        propertyCache.set(type, properties);
      }
      return properties;
    },
  };
  return cached;
}
