import { pathToFileURL } from "node:url";
import path from "node:path";

const generatedIndex = pathToFileURL(path.resolve(".contentlayer/generated/index.mjs")).href;

export async function resolve(specifier, context, nextResolve) {
  if (specifier === "contentlayer/generated") return { url: generatedIndex, shortCircuit: true };
  return nextResolve(specifier, context);
}
