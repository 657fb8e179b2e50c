import path from "node:path";
import { pathToFileURL } from "node:url";

// The generated collections of the unit tests' own fixture site (scripts/test/build-unit-content.ts),
// or wherever CONTENTLAYER_DIR points: the same variable next.config.ts reads.
const generatedIndex = pathToFileURL(path.resolve(process.env.CONTENTLAYER_DIR ?? ".", ".contentlayer/generated/index.mjs")).href;

export async function resolve(specifier, context, nextResolve) {
  if (specifier === "contentlayer/generated") return { url: generatedIndex, shortCircuit: true };
  return nextResolve(specifier, context);
}
